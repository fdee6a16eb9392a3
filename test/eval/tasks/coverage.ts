/**
 * Copies against independent coverage of the same event: the public coverage dev pairs (wire
 * reprints, edited reprints, and other outlets' own articles on the same event), each compared
 * with `compareDocuments` and scored by score-coverage.mjs, on the whole set and on each half.
 */
import { join } from 'node:path';
import { compareDocuments } from '../../../src/copies/index.js';
import type { EvalContext, EvalRow, EvalTask } from '../types.js';

interface GoldPair {
  readonly a: string;
  readonly b: string;
  readonly relation: 'copy' | 'related' | 'unrelated' | 'uncertain';
  readonly kind: string;
  readonly source: string;
}

interface Share {
  readonly n: number;
  readonly rate: number | null;
}

interface CoverageReport {
  readonly copiesFound: { readonly all: Share; readonly byKind: Record<string, Share> };
  readonly relatedCalledCopy: { readonly all: Share; readonly bySource: Record<string, Share> };
  readonly unrelatedCalledCopy: { readonly all: Share };
  readonly auc: { readonly copyVsRelated: number | null };
  readonly relationsByKind: Record<string, Record<string, number>>;
}

const key = (a: string, b: string): string => (a < b ? `${a}~${b}` : `${b}~${a}`);

function rowsOf(
  context: EvalContext,
  set: string,
  gold: readonly GoldPair[],
  predictions: readonly unknown[],
) {
  const goldPath = context.writeJsonl(`coverage-gold-${set}.jsonl`, gold);
  const predPath = context.writeJsonl(`coverage-pred-${set}.jsonl`, predictions);
  const report = context.score<CoverageReport>('score-coverage.mjs', [goldPath, predPath]);
  const edited = report.relationsByKind['copy/edited-reprint'] ?? {};
  const row = (metric: string, value: number | null | undefined, info = false): EvalRow => ({
    task: 'coverage',
    set,
    metric,
    value: value ?? null,
    ...(info ? { info } : {}),
  });
  // Lower is better for the false-alarm rates, so they are floored as 1 - rate ("kept apart").
  const apart = (share: Share | undefined): number | null =>
    share?.rate === null || share?.rate === undefined ? null : 1 - share.rate;
  return [
    row('copies-found', report.copiesFound.all.rate),
    row('reprints-found', report.copiesFound.byKind.reprint?.rate),
    row('edited-reprints-found', report.copiesFound.byKind['edited-reprint']?.rate),
    row('basil-related-kept-apart', apart(report.relatedCalledCopy.bySource.basil)),
    row('helsinki-related-kept-apart', apart(report.relatedCalledCopy.bySource.helsinki)),
    row('unrelated-kept-apart', apart(report.unrelatedCalledCopy.all)),
    row('edited-not-retranslation', edited.n ? 1 - (edited.retranslation ?? 0) / (edited.n ?? 1) : null),
    row('auc-copy-vs-related', report.auc.copyVsRelated, true),
  ];
}

export const task: EvalTask = {
  name: 'coverage',
  run(context) {
    if (!context.evalDir) return [];
    const dir = join(context.evalDir, 'coverage');
    const docs = context.readJsonl<{ id: string; text: string }>(join(dir, 'dev-docs.jsonl'));
    const gold = context.readJsonl<GoldPair>(join(dir, 'dev-pairs.jsonl'));
    const text = new Map(docs.map((d) => [d.id, d.text]));
    const started = performance.now();
    const predictions = gold.map((pair) => {
      const result = compareDocuments(text.get(pair.a) ?? '', text.get(pair.b) ?? '');
      return { a: pair.a, b: pair.b, relation: result.relation, score: result.score };
    });
    const perPair = (performance.now() - started) / Math.max(1, gold.length);
    const rows: EvalRow[] = [...rowsOf(context, 'dev', gold, predictions)];
    for (const half of ['tune', 'check'] as const) {
      const keep = gold.map((pair) => context.half(key(pair.a, pair.b)) === half);
      rows.push(
        ...rowsOf(
          context,
          `dev-${half}`,
          gold.filter((_, i) => keep[i]),
          predictions.filter((_, i) => keep[i]),
        ),
      );
    }
    rows.push({ task: 'coverage', set: 'dev', metric: 'ms-per-pair', value: perPair, info: true });
    return rows;
  },
};
