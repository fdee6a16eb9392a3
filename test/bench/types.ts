/**
 * The plug-in shape of `npm run bench`. Each file in `test/bench/suites/` exports `suite`, a
 * {@link BenchSuite}; the runner times every row on the same texts in one process, after a
 * warm-up, and prints throughput with the ratio to the row it is compared with.
 */

export interface BenchContext {
  /** Page texts to time on: the seed fixtures, as users would pass them. */
  readonly pages: readonly string[];
  /** The folder of public evaluation sets, or null (for suites that time on larger texts). */
  readonly evalDir: string | null;
}

export interface BenchRow {
  /** Row label, e.g. `parseText` or `compromise (peer)`. */
  readonly name: string;
  /** Runs the measured work on one text. */
  readonly run: (text: string) => unknown;
  /** Name of the row to divide by: the printed ratio is this row's MB/s over that row's. */
  readonly compareTo?: string;
  /** Texts to time on instead of `context.pages`. */
  readonly texts?: readonly string[];
}

/** A free-form table a suite prints after the rows (scale runs, memory growth…). */
export interface BenchTable {
  readonly title: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

export interface BenchSuite {
  /** Group name printed before the suite's rows. */
  readonly name: string;
  /** The rows to time. */
  rows(context: BenchContext): BenchRow[] | Promise<BenchRow[]>;
  /** Optional extra measurements that do not fit a throughput row. */
  tables?(context: BenchContext): BenchTable[] | Promise<BenchTable[]>;
}
