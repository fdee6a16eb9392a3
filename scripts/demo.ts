/**
 * `npm run demo`: runs every capability on the bundled fixtures and prints a readable report.
 * Each file in `scripts/demo/` exports `section`, one part of the report per fixture.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface DemoFixture {
  readonly id: string;
  readonly text: string;
}

export interface DemoSection {
  readonly title: string;
  /** Lines to print for one fixture. */
  perFixture?(fixture: DemoFixture): string[];
  /** Lines to print once, after every fixture (for comparisons across fixtures). */
  acrossFixtures?(fixtures: readonly DemoFixture[]): string[];
}

const here = dirname(fileURLToPath(import.meta.url));
const fixtureDir = join(here, '..', 'test', 'fixtures');
const fixtures: DemoFixture[] = readdirSync(fixtureDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ id: f.slice(0, -4), text: readFileSync(join(fixtureDir, f), 'utf8') }));

const sections: DemoSection[] = [];
for (const file of readdirSync(join(here, 'demo'))
  .filter((f) => f.endsWith('.ts'))
  .sort()) {
  const mod = (await import(pathToFileURL(join(here, 'demo', file)).href)) as { section?: DemoSection };
  if (mod.section) sections.push(mod.section);
}

const rule = '─'.repeat(78);
console.log(`copydesk demo: ${fixtures.length} fixture pages from test/fixtures\n`);
for (const fixture of fixtures) {
  console.log(rule);
  console.log(`${fixture.id}  (${fixture.text.length} characters)`);
  console.log(rule);
  for (const section of sections) {
    if (!section.perFixture) continue;
    console.log(`\n▸ ${section.title}`);
    for (const line of section.perFixture(fixture)) console.log(`  ${line}`);
  }
  console.log('');
}
for (const section of sections) {
  if (!section.acrossFixtures) continue;
  console.log(rule);
  console.log(section.title);
  console.log(rule);
  for (const line of section.acrossFixtures(fixtures)) console.log(`  ${line}`);
}
