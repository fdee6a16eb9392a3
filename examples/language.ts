/**
 * Language and script of each fixture page, and of its first line.
 * Run with `npx tsx examples/language.ts`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectLanguage, detectScript } from '../src/index.js';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'fixtures');
for (const name of readdirSync(fixtures)
  .filter((f) => f.endsWith('.txt'))
  .sort()) {
  const page = readFileSync(join(fixtures, name), 'utf8');
  const { language, confidence, script } = detectLanguage(page);
  const firstLine = page.split('\n')[0] ?? '';
  const lineScript = detectScript(firstLine);
  console.log(
    `${name}: ${language} (confidence ${confidence}, ${script}); first line in ${lineScript.script}: ${JSON.stringify(firstLine.slice(0, 40))}`,
  );
}
