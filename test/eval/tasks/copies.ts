/**
 * Copy detection: the seed pairs (relation, original, findCopies on the five), the public
 * duplicates dev pairs scored by the shared scorer (whole set, tune half, check half), and
 * findCopies over every dev document (recall of the gold copy pairs, precision against the
 * labelled pairs).
 */
import { join } from 'node:path';
import {
  compareDocuments,
  createCopyIndex,
  findCopies,
  prepareCopyDocument,
} from '../../../src/copies/index.js';
import { loadGoldPairs } from '../../helpers/fixtures.js';
import type { EvalContext, EvalRow, EvalTask } from '../types.js';

interface GoldPair {
  readonly a: string;
  readonly b: string;
  readonly relation: 'retranslation' | 'translation' | 'unrelated';
  readonly kind: string;
  readonly xling: boolean;
}

interface ClassScore {
  readonly precision?: number;
  readonly recall?: number;
  readonly f1?: number;
  readonly auc?: number;
  readonly typedCorrectly?: number;
}

const key = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

function seedRows(context: EvalContext): EvalRow[] {
  const byId = new Map(context.fixtures.map((f) => [f.id, f.text]));
  const gold = loadGoldPairs();
  let relationHits = 0;
  let copyHits = 0;
  let originalHits = 0;
  let originals = 0;
  for (const pair of gold) {
    const result = compareDocuments(byId.get(pair.a) ?? '', byId.get(pair.b) ?? '');
    const accepted = Array.isArray(pair.relation) ? pair.relation : [pair.relation];
    if (accepted.includes(result.relation)) relationHits++;
    if (result.isCopy === pair.copy) copyHits++;
    if (pair.original) {
      originals++;
      const said = result.original === 'a' ? pair.a : result.original === 'b' ? pair.b : null;
      if (said === pair.original) originalHits++;
    }
  }
  const found = findCopies(context.fixtures.map((f) => ({ id: f.id, text: f.text })));
  const expected = gold.filter((p) => p.copy).map((p) => key(p.a, p.b));
  const exact =
    found.length === expected.length && found.every((p) => expected.includes(key(p.a, p.b))) ? 1 : 0;
  return [
    { task: 'copies', set: 'seeds', metric: 'relation-accuracy', value: relationHits / gold.length },
    { task: 'copies', set: 'seeds', metric: 'copy-accuracy', value: copyHits / gold.length },
    {
      task: 'copies',
      set: 'seeds',
      metric: 'original-accuracy',
      value: originals ? originalHits / originals : null,
    },
    { task: 'copies', set: 'seeds', metric: 'findCopies-exact', value: exact },
  ];
}

function scoreRows(
  context: EvalContext,
  set: string,
  gold: readonly GoldPair[],
  predictions: readonly unknown[],
): EvalRow[] {
  const goldPath = context.writeJsonl(`copies-gold-${set}.jsonl`, gold);
  const predPath = context.writeJsonl(`copies-pred-${set}.jsonl`, predictions);
  const scored = context.score<{ classes?: Record<string, ClassScore> } & Record<string, unknown>>(
    'score-duplicates.mjs',
    [goldPath, predPath],
  );
  const classes = (scored.classes ?? scored) as Record<string, ClassScore>;
  const rows: EvalRow[] = [];
  for (const cls of ['retranslation', 'translation'] as const) {
    const s = classes[cls] ?? {};
    rows.push({ task: 'copies', set, metric: `${cls}-f1`, value: s.f1 ?? null });
    rows.push({ task: 'copies', set, metric: `${cls}-auc`, value: s.auc ?? null });
    rows.push({ task: 'copies', set, metric: `${cls}-precision`, value: s.precision ?? null, info: true });
    rows.push({ task: 'copies', set, metric: `${cls}-recall`, value: s.recall ?? null, info: true });
    if (s.typedCorrectly !== undefined) {
      rows.push({ task: 'copies', set, metric: `${cls}-typed`, value: s.typedCorrectly, info: true });
    }
  }
  return rows;
}

interface GroupScores {
  readonly bcubed: { readonly precision: number; readonly recall: number; readonly f1: number };
  readonly pairs: { readonly precision: number; readonly recall: number };
  readonly largestGroup: number;
}

/** The collection as groups, scored by score-copy-groups.mjs against the stories of the set. */
function groupRows(
  context: EvalContext,
  docsPath: string,
  pairsPath: string,
  predictions: readonly unknown[],
): EvalRow[] {
  const predPath = context.writeJsonl('copies-groups.jsonl', predictions);
  const s = context.score<GroupScores>('score-copy-groups.mjs', [docsPath, pairsPath, predPath]);
  const set = 'dev-groups';
  return [
    { task: 'copies', set, metric: 'bcubed-f1', value: s.bcubed.f1 },
    { task: 'copies', set, metric: 'bcubed-precision', value: s.bcubed.precision, info: true },
    { task: 'copies', set, metric: 'bcubed-recall', value: s.bcubed.recall, info: true },
    { task: 'copies', set, metric: 'pair-precision', value: s.pairs.precision },
    { task: 'copies', set, metric: 'pair-recall', value: s.pairs.recall },
    // Smaller is better: floored as the share of the collection *not* in the largest group.
    { task: 'copies', set, metric: 'largest-group', value: s.largestGroup, info: true },
  ];
}

export const task: EvalTask = {
  name: 'copies',
  run(context) {
    const rows = seedRows(context);
    if (!context.evalDir) return rows;
    const dir = join(context.evalDir, 'duplicates');
    const docs = context.readJsonl<{ id: string; text: string; lang: string }>(join(dir, 'dev-docs.jsonl'));
    const gold = context.readJsonl<GoldPair>(join(dir, 'dev-pairs.jsonl'));
    const text = new Map(docs.map((d) => [d.id, d.text]));

    const started = performance.now();
    const predictions = gold.map((pair) => {
      const result = compareDocuments(text.get(pair.a) ?? '', text.get(pair.b) ?? '');
      return {
        a: pair.a,
        b: pair.b,
        relation: result.isCopy ? result.relation : 'unrelated',
        score: result.score,
      };
    });
    const perPair = (performance.now() - started) / Math.max(1, gold.length);
    // Halves by a stable hash of the (unordered) pair, so a pair is either tuned on or held out.
    const halfOf = (pair: GoldPair): 'tune' | 'check' =>
      context.half(key(pair.a, pair.b).replace('\u0000', '~'));
    rows.push(...scoreRows(context, 'dev', gold, predictions));
    for (const half of ['tune', 'check'] as const) {
      const keep = gold.map((pair) => halfOf(pair) === half);
      rows.push(
        ...scoreRows(
          context,
          `dev-${half}`,
          gold.filter((_, i) => keep[i]),
          predictions.filter((_, i) => keep[i]),
        ),
      );
    }
    rows.push({ task: 'copies', set: 'dev', metric: 'ms-per-pair', value: perPair, info: true });

    // findCopies over every dev document. Recall: gold copy pairs returned. Precision: among the
    // returned pairs that the gold labels at all (copy or unrelated), the share that are copies;
    // returned pairs the gold does not label (e.g. two documents of one story that were never
    // paired) cannot be judged and are only counted.
    const findStarted = performance.now();
    const index = createCopyIndex();
    for (const d of docs) index.add(d.id, d.text);
    const found = index.copyPairs();
    const families = index.families();
    const findSeconds = (performance.now() - findStarted) / 1000;
    // The compact index, as a large collection is built: documents prepared apart (as in worker
    // threads), no text kept, texts asked for by id. It must find exactly the same pairs.
    const texts = new Map(docs.map((d) => [d.id, d.text]));
    const compact = createCopyIndex({ getText: (id) => texts.get(id) ?? '' });
    for (const d of docs) compact.addPrepared(d.id, prepareCopyDocument(d.text));
    const pairKey = (p: { a: string; b: string; relation: string; score: number }): string =>
      `${p.a}|${p.b}|${p.relation}|${p.score}`;
    const compactKeys = compact.copyPairs().map(pairKey).sort();
    const fullKeys = found.map(pairKey).sort();
    const sameAsCompact =
      compactKeys.length === fullKeys.length && compactKeys.every((k, i) => k === fullKeys[i]);
    const labels = new Map(gold.map((pair) => [key(pair.a, pair.b), pair.relation]));
    const positives = gold.filter((pair) => pair.relation !== 'unrelated');
    const foundKeys = new Set(found.map((p) => key(p.a, p.b)));
    const recalled = positives.filter((pair) => foundKeys.has(key(pair.a, pair.b))).length;
    const labelled = found.filter((p) => labels.has(key(p.a, p.b)));
    const correct = labelled.filter((p) => labels.get(key(p.a, p.b)) !== 'unrelated').length;
    const recallOf = (relation: string): number => {
      const of = positives.filter((pair) => pair.relation === relation);
      return of.filter((pair) => foundKeys.has(key(pair.a, pair.b))).length / Math.max(1, of.length);
    };
    rows.push(
      {
        task: 'copies',
        set: 'dev-findCopies',
        metric: 'recall',
        value: recalled / Math.max(1, positives.length),
      },
      {
        task: 'copies',
        set: 'dev-findCopies',
        metric: 'precision',
        value: labelled.length ? correct / labelled.length : null,
      },
      {
        task: 'copies',
        set: 'dev-findCopies',
        metric: 'recall-retranslation',
        value: recallOf('retranslation'),
        info: true,
      },
      {
        task: 'copies',
        set: 'dev-findCopies',
        metric: 'recall-translation',
        value: recallOf('translation'),
        info: true,
      },
      { task: 'copies', set: 'dev-findCopies', metric: 'pairs-returned', value: found.length, info: true },
      {
        task: 'copies',
        set: 'dev-findCopies',
        metric: 'pairs-unlabelled',
        value: found.length - labelled.length,
        info: true,
      },
      { task: 'copies', set: 'dev-findCopies', metric: 'seconds', value: findSeconds, info: true },
      {
        task: 'copies',
        set: 'dev-findCopies',
        metric: 'compact-index-same-pairs',
        value: sameAsCompact ? 1 : 0,
      },
    );
    rows.push(
      ...groupRows(
        context,
        join(dir, 'dev-docs.jsonl'),
        join(dir, 'dev-pairs.jsonl'),
        families.map((f) => ({ ids: f.ids })),
      ),
    );
    return rows;
  },
};
