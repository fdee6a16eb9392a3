/**
 * Quotation extraction and attribution: the seed gold (required quotes found with the right
 * speaker, terms not returned, precision on the body) and the public PolNeAR-derived dev set,
 * scored by the shared `score-quotes.mjs` on the whole set and on its tune and check halves.
 */
import { join } from 'node:path';
import { extractQuotes } from '../../../src/quotes/index.js';
import type { Quote } from '../../../src/quotes/types.js';
import type { Fixture } from '../../helpers/fixtures.js';
import { foldRows, metricsOf } from '../folds.js';
import type { EvalContext, EvalRow, EvalTask } from '../types.js';

interface GoldDoc {
  readonly id: string;
  readonly text: string;
}

interface Prediction {
  readonly quote: string;
  readonly speaker: string | null;
  readonly cue?: string;
}

interface ScoreResult {
  readonly detection: { precision: number; recall: number; f1: number };
  readonly attribution: { accuracy: number };
  readonly end_to_end: { precision: number; recall: number; f1: number };
  readonly multi_paragraph_recall: number | null;
  readonly by_speaker_source: Record<
    string,
    { gold: number; recall: number; attribution_accuracy: number | null }
  >;
}

/**
 * The set's convention is one item per attributed statement: the pieces of a quotation split by
 * its attribution (`"…," Lewis said, "…"` or `"…," Lewis said. "…"`) are joined. The library
 * returns the pieces and marks each piece that carries on the statement before it
 * (`continues`), so those are joined here.
 */
export function toPredictions(quotes: readonly Quote[]): Prediction[] {
  const out: { quote: string; speaker: string | null; cue: string | undefined }[] = [];
  for (const q of quotes) {
    if (q.kind === 'nested') continue;
    const last = out[out.length - 1];
    if (last && q.continues) {
      last.quote += ` ${q.text}`;
      continue;
    }
    out.push({ quote: q.text, speaker: q.speaker?.name ?? null, cue: q.cue?.text });
  }
  return out.map(({ quote, speaker, cue }) =>
    cue === undefined ? { quote, speaker } : { quote, speaker, cue },
  );
}

/** Whether a quote's words lie on the body lines (content or either) of a seed. */
function onBody(fixture: Fixture, start: number): boolean {
  const line = fixture.text.slice(0, start).split('\n').length;
  return fixture.gold.content_lines.includes(line) || fixture.gold.either_lines.includes(line);
}

const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Token overlap of two quote texts over the longer one (the shared scorer's rule). */
export function overlap(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  const counts = new Map<string, number>();
  for (const w of wb) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of wa) {
    const c = counts.get(w) ?? 0;
    if (c > 0) {
      common++;
      counts.set(w, c - 1);
    }
  }
  const longer = Math.max(wa.length, wb.length);
  return longer === 0 ? 0 : common / longer;
}

function seedRows(context: EvalContext): EvalRow[] {
  let required = 0;
  let found = 0;
  let predicted = 0;
  let matched = 0;
  let termsReturned = 0;
  for (const fixture of context.fixtures) {
    const quotes = extractQuotes(fixture.text).filter((q) => onBody(fixture, q.start));
    predicted += quotes.length;
    for (const q of quotes) {
      if (fixture.gold.quotes.some((g) => overlap(g.quote, q.text) >= 0.5)) matched++;
      if (fixture.gold.not_quotes.some((n) => overlap(n, q.text) >= 0.5)) termsReturned++;
    }
    for (const g of fixture.gold.quotes) {
      if (g.optional) continue;
      required++;
      if (quotes.some((q) => overlap(g.quote, q.text) >= 0.5 && q.speaker?.name === g.speaker)) found++;
    }
  }
  return [
    { task: 'quotes', set: 'seeds', metric: 'required-found-with-speaker', value: found / required },
    { task: 'quotes', set: 'seeds', metric: 'precision', value: predicted === 0 ? 0 : matched / predicted },
    { task: 'quotes', set: 'seeds', metric: 'terms-not-returned', value: termsReturned === 0 ? 1 : 0 },
  ];
}

function scoreSet(context: EvalContext, set: string, docs: readonly GoldDoc[], goldPath: string): EvalRow[] {
  const predictions = docs.map((doc) => ({
    id: doc.id,
    quotes: toPredictions(extractQuotes(doc.text)),
  }));
  const predPath = context.writeJsonl(`quotes-${set}-pred.jsonl`, predictions);
  const result = context.score<ScoreResult>('score-quotes.mjs', [goldPath, predPath]);
  const rows: EvalRow[] = [
    { task: 'quotes', set, metric: 'detection-f1', value: result.detection.f1 },
    { task: 'quotes', set, metric: 'detection-precision', value: result.detection.precision, info: true },
    { task: 'quotes', set, metric: 'detection-recall', value: result.detection.recall, info: true },
    { task: 'quotes', set, metric: 'attribution', value: result.attribution.accuracy },
    { task: 'quotes', set, metric: 'end-to-end-f1', value: result.end_to_end.f1 },
    { task: 'quotes', set, metric: 'multi-paragraph-recall', value: result.multi_paragraph_recall },
  ];
  if (set === 'dev') {
    for (const [source, v] of Object.entries(result.by_speaker_source)) {
      rows.push({ task: 'quotes', set, metric: `recall-${source}`, value: v.recall, info: true });
      if (v.attribution_accuracy !== null) {
        rows.push({
          task: 'quotes',
          set,
          metric: `attribution-${source}`,
          value: v.attribution_accuracy,
          info: true,
        });
      }
    }
  }
  return rows;
}

export const task: EvalTask = {
  name: 'quotes',
  run(context) {
    const rows = seedRows(context);
    if (!context.evalDir) return rows;
    const goldPath = join(context.evalDir, 'quotes', 'dev.jsonl');
    const docs = context.readJsonl<GoldDoc & Record<string, unknown>>(goldPath);
    rows.push(...scoreSet(context, 'dev', docs, goldPath));
    for (const half of ['tune', 'check'] as const) {
      const part = docs.filter((doc) => context.half(doc.id) === half);
      const partGold = context.writeJsonl(`quotes-dev-${half}-gold.jsonl`, part);
      rows.push(...scoreSet(context, `dev-${half}`, part, partGold));
    }
    rows.push(
      ...foldRows(context, 'quotes', docs, (part, name) =>
        metricsOf(scoreSet(context, name, part, context.writeJsonl(`quotes-${name}-gold.jsonl`, part))),
      ),
    );
    return rows;
  },
};
