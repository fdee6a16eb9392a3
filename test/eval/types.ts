/**
 * The plug-in shape of `npm run eval`. Each file in `test/eval/tasks/` exports `task`, an
 * {@link EvalTask}; the runner imports them all, runs them, prints one table and checks floors.
 */
import type { Fixture } from '../helpers/fixtures.js';

/** One measured number. Its floor key is `${task}/${set}/${metric}`. */
export interface EvalRow {
  readonly task: string;
  readonly set: string;
  readonly metric: string;
  /** The score; null when it could not be computed (counts as below any floor). */
  readonly value: number | null;
  /** Reported but never floored (breakdowns, peer scores shown side by side). */
  readonly info?: boolean;
}

export interface EvalContext {
  /** The folder of public evaluation sets (`../shared/eval` or `COPYDESK_EVAL_DIR`), or null. */
  readonly evalDir: string | null;
  /** The seed fixtures with their gold. */
  readonly fixtures: readonly Fixture[];
  /** A scratch folder, emptied before the run and git-ignored, for prediction files. */
  readonly tmpDir: string;
  /** Reads a JSONL file into objects. */
  readJsonl<T = Record<string, unknown>>(path: string): T[];
  /** Writes objects as a JSONL file and returns its path (relative names go under tmpDir). */
  writeJsonl(name: string, rows: readonly unknown[]): string;
  /**
   * Runs one of the shared scorers (`score-quotes.mjs`…) with `--json` added and returns its
   * parsed output.
   */
  score<T = Record<string, unknown>>(scorer: string, args: readonly string[]): T;
  /**
   * Which half of a set an item belongs to, by a stable hash of its id: `'tune'` items are the
   * ones rules may be tuned on, `'check'` items are held out to confirm they generalise.
   */
  half(id: string): 'tune' | 'check';
  /** How many folds `--folds K` asked for; 0 when the run reports no folds. */
  readonly folds: number;
  /** Which fold (0 to `folds - 1`) an item belongs to, by a stable hash of its id. */
  fold(id: string): number;
}

export interface EvalTask {
  /** Task name: the first part of every row's floor key (`boilerplate`, `quotes`…). */
  readonly name: string;
  /** Runs the capability over its sets and returns the rows. May skip sets when evalDir is null. */
  run(context: EvalContext): EvalRow[] | Promise<EvalRow[]>;
}
