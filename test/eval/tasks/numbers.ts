/**
 * Numbers: the seed gold (body lines only) and the public number-recognition set (Microsoft
 * Recognizers-Text English specs, dev part) scored by `score-numbers.mjs`, over the whole set and
 * its tune and check halves; compromise's `.numbers()` on the same cases as info rows.
 */
import { join } from 'node:path';
import nlp from 'compromise';
import { extractNumbers, type NumbersOptions } from '../../../src/numbers/index.js';
import { scoreSeed } from '../../numbers/seed-score.js';
import { foldRows, metricsOf } from '../folds.js';
import type { EvalContext, EvalRow, EvalTask } from '../types.js';

interface Case {
  readonly id: string;
  readonly text: string;
}
interface Prediction {
  readonly id: string;
  readonly numbers: readonly {
    text: string;
    value: number | null;
    start: number;
    end: number;
    unit?: string | null;
  }[];
}
interface Scores {
  readonly overall: {
    recall: number;
    precision: number;
    f1: number;
    valueAccuracy: number | null;
    valueAccuracyOfAllGold: number | null;
    exactSpanF1: number;
  };
  readonly exhaustiveSubset: { precision: number; recall: number; f1: number };
  readonly byGoldKind: Record<string, { recall: number; valueAccuracyOfAllGold: number | null }>;
}

function ours(cases: readonly Case[], options: NumbersOptions = {}): Prediction[] {
  return cases.map((c) => ({
    id: c.id,
    numbers: extractNumbers(c.text, options).map((q) => ({
      text: q.text,
      value: q.value,
      start: q.start,
      end: q.end,
      unit: q.unit,
    })),
  }));
}

interface CompromiseNumber {
  text: string;
  offset: { start: number; length: number };
  number?: { num?: number };
}

function compromise(cases: readonly Case[]): Prediction[] {
  return cases.map((c) => ({
    id: c.id,
    numbers: (nlp(c.text).numbers().json({ offset: true }) as CompromiseNumber[]).map((n) => ({
      text: c.text.slice(n.offset.start, n.offset.start + n.offset.length),
      value: typeof n.number?.num === 'number' ? n.number.num : null,
      start: n.offset.start,
      end: n.offset.start + n.offset.length,
    })),
  }));
}

function rowsFor(
  context: EvalContext,
  set: string,
  goldPath: string,
  preds: Prediction[],
  name: string,
  info: boolean,
): EvalRow[] {
  const scores = context.score<Scores>('score-numbers.mjs', [
    goldPath,
    context.writeJsonl(`numbers-${name}-${set}.jsonl`, preds),
  ]);
  // Rows of a peer or option run are information only; ours carry floors.
  const row = (metric: string, value: number | null, alwaysInfo = false): EvalRow => ({
    task: 'numbers',
    set,
    metric: info ? `${metric} (${name})` : metric,
    value,
    ...(info || alwaysInfo ? { info: true } : {}),
  });
  return [
    row('recall', scores.overall.recall),
    row('f1-exhaustive', scores.exhaustiveSubset.f1),
    row('precision-exhaustive', scores.exhaustiveSubset.precision, true),
    row('value-accuracy', scores.overall.valueAccuracy),
    row('value-accuracy-end-to-end', scores.overall.valueAccuracyOfAllGold),
    row('f1-strict', scores.overall.f1, true),
    ...(info
      ? []
      : Object.entries(scores.byGoldKind).flatMap(([kind, k]) => [
          row(`recall-${kind}`, k.recall, true),
          row(`value-end-to-end-${kind}`, k.valueAccuracyOfAllGold, true),
        ])),
  ];
}

export const task: EvalTask = {
  name: 'numbers',
  run(context) {
    const rows: EvalRow[] = [];
    let required = 0;
    let found = 0;
    let notNumbers = 0;
    let inBody = 0;
    let extra = 0;
    for (const fixture of context.fixtures) {
      const score = scoreSeed(fixture, extractNumbers(fixture.text));
      required += score.found.length + score.missed.length;
      found += score.found.length;
      notNumbers += score.notNumbers.length;
      inBody += score.inBody.length;
      extra += score.extra.length;
    }
    rows.push({
      task: 'numbers',
      set: 'seeds',
      metric: 'required-found-with-value',
      value: required ? found / required : 1,
    });
    rows.push({
      task: 'numbers',
      set: 'seeds',
      metric: 'not-numbers-returned',
      value: notNumbers,
      info: true,
    });
    rows.push({
      task: 'numbers',
      set: 'seeds',
      metric: 'share-of-body-quantities-in-gold',
      value: inBody ? (inBody - extra) / inBody : 1,
      info: true,
    });
    if (!context.evalDir) return rows;

    const goldPath = join(context.evalDir, 'numbers', 'dev.jsonl');
    const gold = context.readJsonl<Case & Record<string, unknown>>(goldPath);
    const halves = {
      dev: gold,
      'dev-tune': gold.filter((c) => context.half(c.id) === 'tune'),
      'dev-check': gold.filter((c) => context.half(c.id) === 'check'),
    };
    for (const [set, cases] of Object.entries(halves)) {
      const path = set === 'dev' ? goldPath : context.writeJsonl(`numbers-gold-${set}.jsonl`, cases);
      rows.push(...rowsFor(context, set, path, ours(cases), 'ours', false));
      rows.push(...rowsFor(context, set, path, compromise(cases), 'compromise', true));
      // The same with units named without a number returned too (the set counts them).
      rows.push(
        ...rowsFor(context, set, path, ours(cases, { bareUnits: true }), 'bareUnits', true).filter(
          (row) => row.metric.startsWith('recall') || row.metric.startsWith('f1-exhaustive'),
        ),
      );
    }
    rows.push(
      ...foldRows(context, 'numbers', gold, (part, name) => {
        const path = context.writeJsonl(`numbers-gold-${name}.jsonl`, part);
        return metricsOf(rowsFor(context, name, path, ours(part), 'ours', false));
      }),
    );
    return rows;
  },
};
