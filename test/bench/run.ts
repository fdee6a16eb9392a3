/**
 * `npm run bench [-- --only SUITE] [-- --seconds N]`: times copydesk and its peers side by side,
 * in one process, on the same texts, after a warm-up, and prints MB/s and ratios.
 */
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { loadFixtures } from '../helpers/fixtures.js';
import type { BenchContext, BenchRow, BenchSuite } from './types.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const { values: flags } = parseArgs({
  options: { only: { type: 'string', multiple: true }, seconds: { type: 'string', default: '1.5' } },
});
const seconds = Number(flags.seconds);

function evalDir(): string | null {
  const candidate = process.env.COPYDESK_EVAL_DIR
    ? resolve(process.env.COPYDESK_EVAL_DIR)
    : resolve(root, '..', 'shared', 'eval');
  return existsSync(candidate) ? candidate : null;
}

/**
 * Runs `row` over its texts until `seconds` have passed; returns characters per second. Every row
 * first runs as long again (two passes at least) without being timed: code as large as `analyze`
 * takes V8 about ten passes over 120 articles to compile to its steady speed, and a day's scrape
 * runs at that speed, not at the first passes'.
 */
function measure(row: BenchRow, texts: readonly string[]): { mbPerSecond: number; passes: number } {
  const chars = texts.reduce((n, t) => n + t.length, 0);
  const warming = performance.now();
  for (let warm = 0; warm < 2 || performance.now() - warming < seconds * 1000; warm++)
    for (const text of texts) row.run(text);
  let passes = 0;
  const started = performance.now();
  let elapsed = 0;
  do {
    for (const text of texts) row.run(text);
    passes++;
    elapsed = (performance.now() - started) / 1000;
  } while (elapsed < seconds);
  return { mbPerSecond: (chars * passes) / elapsed / 1e6, passes };
}

async function main(): Promise<void> {
  const context: BenchContext = { pages: loadFixtures().map((f) => f.text), evalDir: evalDir(), root };
  const dir = join(here, 'suites');
  const suites: BenchSuite[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .sort()) {
    const mod = (await import(pathToFileURL(join(dir, file)).href)) as { suite?: BenchSuite };
    if (!mod.suite) throw new Error(`test/bench/suites/${file} does not export a suite`);
    if (!flags.only || flags.only.includes(mod.suite.name)) suites.push(mod.suite);
  }

  const pageChars = context.pages.reduce((n, t) => n + t.length, 0);
  console.log(
    `copydesk bench: node ${process.version}, ${context.pages.length} fixture pages (${pageChars} chars), ` +
      `${seconds} s a row after as long a warm-up`,
  );
  for (const suite of suites) {
    const rows = await suite.rows(context);
    const results = new Map<string, number>();
    const lines: string[][] = [];
    for (const row of rows) {
      const { mbPerSecond } = measure(row, row.texts ?? context.pages);
      results.set(row.name, mbPerSecond);
      const base = row.compareTo ? results.get(row.compareTo) : undefined;
      const ratio = base ? `${(mbPerSecond / base).toFixed(2)}× ${row.compareTo}` : '';
      lines.push([row.name, mbPerSecond.toFixed(3), ratio]);
    }
    printTable(`\n## ${suite.name}`, ['row', 'MB/s', 'ratio'], lines);
    for (const table of (await suite.tables?.(context)) ?? []) {
      printTable(`\n## ${suite.name}: ${table.title}`, table.header, table.rows);
    }
  }
}

function printTable(title: string, header: readonly string[], rows: readonly (readonly string[])[]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  console.log(title);
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}

await main();
