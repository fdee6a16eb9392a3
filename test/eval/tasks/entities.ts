/**
 * Entities: the seed fixtures (body lines only) and CoNLL-2003 English dev, scored with the
 * shared scorer on PER, ORG and LOC, overall, per type and on the tune and check halves; the
 * peer compromise is run on the same documents and reported beside it.
 */
import { join } from 'node:path';
import nlp from 'compromise';
import { type Entity, extractEntities } from '../../../src/entities/index.js';
import { SCORED_TYPES, scoreSeed } from '../../entities/seeds.js';
import { foldRows, metricsOf } from '../folds.js';
import type { EvalContext, EvalRow, EvalTask } from '../types.js';

interface Doc {
  readonly id: string;
  readonly text: string;
}
interface Prediction {
  readonly text: string;
  readonly type: string;
  readonly start: number;
  readonly end: number;
}
interface Scores {
  overall: { precision: number; recall: number; f1: number };
  perType: Record<string, { precision: number; recall: number; f1: number }>;
  spanOnly: { f1: number };
}

/** Every mention of a PER/ORG/LOC entity, as the scorer reads predictions. */
function ours(doc: Doc): Prediction[] {
  return extractEntities(doc.text, { types: ['PERSON', 'ORGANIZATION', 'LOCATION'] }).flatMap((e: Entity) =>
    e.mentions.map((m) => ({ text: m.text, type: e.type, start: m.start, end: m.end })),
  );
}

interface CompromiseMatch {
  readonly offset?: { start: number; length: number };
}

/** compromise's people, organisations and places, trimmed of the punctuation its offsets include. */
function peer(doc: Doc): Prediction[] {
  const parsed = nlp(doc.text);
  const out: Prediction[] = [];
  const add = (matches: CompromiseMatch[], type: string): void => {
    for (const m of matches) {
      if (!m.offset) continue;
      let start = m.offset.start;
      let end = start + m.offset.length;
      while (start < end && !/[\p{L}\p{N}]/u.test(doc.text.charAt(start))) start++;
      while (end > start && !/[\p{L}\p{N}]/u.test(doc.text.charAt(end - 1))) end--;
      if (end > start) out.push({ text: doc.text.slice(start, end), type, start, end });
    }
  };
  add(parsed.people().json({ offset: true }) as CompromiseMatch[], 'PER');
  add(parsed.organizations().json({ offset: true }) as CompromiseMatch[], 'ORG');
  add(parsed.places().json({ offset: true }) as CompromiseMatch[], 'LOC');
  return out;
}

function scoreSet(
  context: EvalContext,
  docs: readonly Doc[],
  predictions: ReadonlyMap<string, Prediction[]>,
  name: string,
): Scores {
  const gold = context.writeJsonl(`entities-gold-${name}.jsonl`, docs);
  const pred = context.writeJsonl(
    `entities-pred-${name}.jsonl`,
    docs.map((d) => ({ id: d.id, entities: predictions.get(d.id) ?? [] })),
  );
  return context.score<Scores>('score-entities.mjs', [gold, pred, '--types', 'PER,ORG,LOC']);
}

function rows(set: string, scores: Scores, info: boolean, prefix = ''): EvalRow[] {
  const out: EvalRow[] = [
    { task: 'entities', set, metric: `${prefix}f1`, value: scores.overall.f1, ...(info ? { info } : {}) },
    { task: 'entities', set, metric: `${prefix}precision`, value: scores.overall.precision, info: true },
    { task: 'entities', set, metric: `${prefix}recall`, value: scores.overall.recall, info: true },
  ];
  for (const type of ['PER', 'ORG', 'LOC']) {
    const t = scores.perType[type];
    if (t)
      out.push({
        task: 'entities',
        set,
        metric: `${prefix}f1-${type}`,
        value: t.f1,
        ...(info ? { info } : {}),
      });
  }
  out.push({ task: 'entities', set, metric: `${prefix}span-f1`, value: scores.spanOnly.f1, info: true });
  return out;
}

export const task: EvalTask = {
  name: 'entities',
  run(context) {
    const out: EvalRow[] = [];
    let found = 0;
    let required = 0;
    let correct = 0;
    let predicted = 0;
    for (const fixture of context.fixtures) {
      const score = scoreSeed(fixture, extractEntities(fixture.text));
      found += score.found;
      required += score.required;
      correct += score.correct;
      predicted += score.correct + score.wrong.length;
    }
    void SCORED_TYPES;
    out.push({ task: 'entities', set: 'seeds', metric: 'recall', value: required ? found / required : 1 });
    out.push({
      task: 'entities',
      set: 'seeds',
      metric: 'precision',
      value: predicted ? correct / predicted : 1,
    });
    if (!context.evalDir) return out;

    const docs = context.readJsonl<Doc>(join(context.evalDir, 'entities', 'dev.jsonl'));
    const mine = new Map(docs.map((d) => [d.id, ours(d)]));
    const theirs = new Map(docs.map((d) => [d.id, peer(d)]));
    const tune = docs.filter((d) => context.half(d.id) === 'tune');
    const check = docs.filter((d) => context.half(d.id) === 'check');
    out.push(...rows('dev', scoreSet(context, docs, mine, 'dev'), false));
    out.push(...rows('dev-tune', scoreSet(context, tune, mine, 'tune'), false));
    out.push(...rows('dev-check', scoreSet(context, check, mine, 'check'), false));
    out.push(
      ...foldRows(context, 'entities', docs, (part, name) =>
        metricsOf(rows(name, scoreSet(context, part, mine, name), false)),
      ),
    );
    out.push(...rows('dev', scoreSet(context, docs, theirs, 'dev-peer'), true, 'compromise-'));
    out.push(...rows('dev-check', scoreSet(context, check, theirs, 'check-peer'), true, 'compromise-'));
    return out;
  },
};
