/**
 * `npm run eval -- --folds K`: K-fold rows for a dev set. The capabilities are rule systems, so
 * nothing is fitted per fold: each fold is scored with the rules as they stand, giving one
 * out-of-fold score per fold and their mean. A rule or threshold is kept only when it helps the
 * mean and hurts no fold (the runner prints each fold's change against the previous run).
 */
import type { EvalContext, EvalRow } from './types.js';

/** The set name of fold `i` (1-based) and of the folds' mean. */
export const foldSet = (i: number): string => `dev-fold${i}`;
export const FOLDS_MEAN = 'dev-folds';
/** The fold count the floors on {@link FOLDS_MEAN} were measured with; other counts are info only. */
export const FLOORED_FOLDS = 5;

/**
 * Scores each fold of `items` with `score` (metric name → value) and returns one info row per
 * fold and metric, plus the mean over the folds as a row that carries a floor when the run has
 * {@link FLOORED_FOLDS} folds. No rows when the run was not asked for folds.
 */
export function foldRows<T extends { readonly id: string }>(
  context: EvalContext,
  task: string,
  items: readonly T[],
  score: (part: readonly T[], name: string) => Record<string, number | null>,
): EvalRow[] {
  if (context.folds < 2) return [];
  const rows: EvalRow[] = [];
  const sums = new Map<string, { total: number; n: number }>();
  for (let i = 0; i < context.folds; i++) {
    const part = items.filter((item) => context.fold(item.id) === i);
    for (const [metric, value] of Object.entries(score(part, `fold${i + 1}`))) {
      rows.push({ task, set: foldSet(i + 1), metric, value, info: true });
      const sum = sums.get(metric) ?? { total: 0, n: 0 };
      if (value !== null) sums.set(metric, { total: sum.total + value, n: sum.n + 1 });
      else sums.set(metric, sum);
    }
  }
  for (const [metric, { total, n }] of sums) {
    const value = n === context.folds ? total / n : null;
    const info = context.folds !== FLOORED_FOLDS;
    rows.push({ task, set: FOLDS_MEAN, metric, value, ...(info ? { info } : {}) });
  }
  return rows;
}

/** The floorable metrics of a set's rows, for {@link foldRows} from a task's own row builder. */
export function metricsOf(rows: readonly EvalRow[]): Record<string, number | null> {
  return Object.fromEntries(rows.filter((r) => !r.info).map((r) => [r.metric, r.value]));
}

/**
 * One line per task and metric that has folds: each fold's score (with its change against
 * `previous`, the rows of the last run, when that run had the same fold), the mean and the check
 * half, so a change that helps the mean but hurts a fold is seen at once.
 */
export function foldTable(rows: readonly EvalRow[], previous: readonly EvalRow[], folds: number): string[] {
  const key = (r: Pick<EvalRow, 'task' | 'set' | 'metric'>): string => `${r.task}/${r.set}/${r.metric}`;
  const value = new Map(rows.map((r) => [key(r), r.value]));
  const before = new Map(previous.map((r) => [key(r), r.value]));
  const cell = (task: string, set: string, metric: string): string => {
    const now = value.get(key({ task, set, metric }));
    if (now === undefined || now === null) return '-';
    const old = before.get(key({ task, set, metric }));
    const change =
      old === undefined || old === null ? '' : ` (${now - old >= 0 ? '+' : ''}${(now - old).toFixed(3)})`;
    return `${now.toFixed(3)}${change}`;
  };
  const header = [
    'task',
    'metric',
    ...Array.from({ length: folds }, (_, i) => `fold ${i + 1}`),
    'mean',
    'check half',
  ];
  const lines = rows
    .filter((r) => r.set === FOLDS_MEAN)
    .map((r) => [
      r.task,
      r.metric,
      ...Array.from({ length: folds }, (_, i) => cell(r.task, foldSet(i + 1), r.metric)),
      cell(r.task, FOLDS_MEAN, r.metric),
      cell(r.task, 'dev-check', r.metric),
    ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  return [header, ...lines].map((cells) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd(),
  );
}
