/**
 * The copy-scale bench at a small size, on every test run: a generated collection of real
 * sentences in story clusters with 5% planted copies, prepared in a worker thread and this
 * thread, indexed without texts (`getText`). The large sizes are run by hand (docs/scale.md).
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

interface ScaleRun {
  readonly size: number;
  readonly recall: number;
  readonly planted: number;
  readonly found: number;
  readonly unexpected: number;
  readonly hubBuckets: number;
}

/** Runs the bench suite's worker in a child process and parses its last line. */
function runWorker<T>(args: readonly string[]): T {
  const suite = fileURLToPath(new URL('./suites/50-copies.ts', import.meta.url));
  const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', suite, ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(out.trim().split('\n').pop()!) as T;
}

describe('copy search on a generated collection (bench, 3,000 documents)', () => {
  it('finds the planted copies, and no pair that was not planted', () => {
    const run = runWorker<ScaleRun>(['--copies-scale-worker', '3000', '2']);
    expect(run.size).toBe(3000);
    expect(run.planted).toBe(150);
    expect(run.recall).toBeGreaterThanOrEqual(0.99);
    expect(run.unexpected).toBe(0);
    expect(run.hubBuckets).toBe(0);
  }, 180_000);

  it('through the DuckDB path (SQL candidate join, pairs verified by the index), the same pairs', () => {
    const run = runWorker<ScaleRun & { samePairs: boolean; candidatePairs: number }>([
      '--copies-duckdb-worker',
      '3000',
      '2',
      '--check',
    ]);
    expect(run.samePairs).toBe(true);
    expect(run.candidatePairs).toBeGreaterThan(0);
    expect(run.recall).toBeGreaterThanOrEqual(0.99);
    expect(run.unexpected).toBe(0);
  }, 180_000);
});
