/**
 * `npm run bench [-- --only SUITE] [-- --seconds N]`: times copydesk and its peers side by side,
 * in one process, on the same texts, after a warm-up, and prints MB/s and ratios. A row compared
 * with another on the same texts is timed in passes alternating with that row's (see
 * {@link measurePaired}).
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

/** Runs `row` once over `texts`; returns the milliseconds it took. */
function timePass(row: BenchRow, texts: readonly string[]): number {
  const started = performance.now();
  for (const text of texts) row.run(text);
  return performance.now() - started;
}

/**
 * Pairs a compared row is warmed up and timed for at least, within the time limits below: single
 * paired passes of `analyze` over the 120 quotes dev articles move by ±25% on a shared 2-core
 * machine, so the 4–5 pairs that 3 seconds hold gave ratios from 0.54× to 0.64× for the same
 * code, and `analyze` needs about five passes to reach its steady speed.
 */
const MIN_WARM_PAIRS = 8;
const MIN_TIMED_PAIRS = 16;
/** The longest a row's warm-up and its timing go on to reach those counts (slow rows stop earlier). */
const WARM_LIMIT_MS = 15_000;
const TIMED_LIMIT_MS = 30_000;

/**
 * Whether `pairs` passes in `elapsed` ms are enough: two at least, `seconds` at least, and
 * `minPairs` unless `limitMs` has passed.
 */
function isEnough(
  pairs: number,
  elapsed: number,
  seconds: number,
  minPairs: number,
  limitMs: number,
): boolean {
  return pairs >= 2 && elapsed >= seconds * 1000 && (pairs >= minPairs || elapsed >= limitMs);
}

/**
 * Times `row` against `base` in alternating passes over the same texts, for twice `seconds`
 * after as long a warm-up, and for {@link MIN_TIMED_PAIRS} pairs after {@link MIN_WARM_PAIRS} at
 * least while the time limits allow: both see the same moments of the machine, so the ratio holds
 * where two rows timed one after the other would each catch a different load (on a shared 2-core
 * machine, single rows moved by ±15% between runs). Returns the row's characters per second, the
 * ratio of the totals and the spread of the per-pass ratios.
 */
function measurePaired(
  row: BenchRow,
  base: BenchRow,
  texts: readonly string[],
): { mbPerSecond: number; ratio: number; low: number; high: number } {
  const chars = texts.reduce((n, t) => n + t.length, 0);
  const warming = performance.now();
  for (
    let warm = 0;
    !isEnough(warm, performance.now() - warming, seconds, MIN_WARM_PAIRS, WARM_LIMIT_MS);
    warm++
  ) {
    timePass(base, texts);
    timePass(row, texts);
  }
  let baseTime = 0;
  let rowTime = 0;
  const ratios: number[] = [];
  const started = performance.now();
  do {
    // Each goes first in every other pair: a pass that follows the other pays for the garbage
    // the other left and meets the caches it filled, and a fixed order would give that to the
    // same row every time.
    const baseFirst = ratios.length % 2 === 0;
    let b = baseFirst ? timePass(base, texts) : 0;
    const r = timePass(row, texts);
    if (!baseFirst) b = timePass(base, texts);
    baseTime += b;
    rowTime += r;
    ratios.push(b / r);
  } while (
    !isEnough(ratios.length, performance.now() - started, 2 * seconds, MIN_TIMED_PAIRS, TIMED_LIMIT_MS)
  );
  ratios.sort((x, y) => x - y);
  return {
    mbPerSecond: (chars * ratios.length) / (rowTime / 1000) / 1e6,
    ratio: baseTime / rowTime,
    low: ratios[Math.floor(ratios.length / 10)] ?? 0,
    high: ratios[Math.ceil((ratios.length * 9) / 10) - 1] ?? 0,
  };
}

async function main(): Promise<void> {
  const context: BenchContext = { pages: loadFixtures().map((f) => f.text), evalDir: evalDir() };
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
    const byName = new Map(rows.map((row) => [row.name, row]));
    const results = new Map<string, number>();
    const lines: string[][] = [];
    for (const row of rows) {
      const texts = row.texts ?? context.pages;
      const base = row.compareTo ? byName.get(row.compareTo) : undefined;
      if (base && (base.texts ?? context.pages) === texts) {
        const paired = measurePaired(row, base, texts);
        const spread = `${paired.low.toFixed(2)}–${paired.high.toFixed(2)}`;
        const ratio = `${paired.ratio.toFixed(2)}× ${row.compareTo} (paired passes, middle 80% ${spread})`;
        results.set(row.name, paired.mbPerSecond);
        lines.push([row.name, paired.mbPerSecond.toFixed(3), ratio]);
        continue;
      }
      const { mbPerSecond } = measure(row, texts);
      results.set(row.name, mbPerSecond);
      const baseRate = row.compareTo ? results.get(row.compareTo) : undefined;
      const ratio = baseRate ? `${(mbPerSecond / baseRate).toFixed(2)}× ${row.compareTo}` : '';
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
