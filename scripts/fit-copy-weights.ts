/**
 * Fits the two logistic models of `src/copies/data/weights.ts` on the 'tune' half of the public
 * duplicates dev pairs (the half `npm run eval` calls 'tune': FNV-1a of `a~b`, ids sorted, even).
 *
 *   npx tsx scripts/fit-copy-weights.ts [path/to/eval/duplicates]
 *
 * The monolingual model learns retranslations vs same-language unrelated pairs, the cross-lingual
 * model translations vs cross-language unrelated pairs. Gradient descent on the log loss with a
 * small L2 penalty; weights are clipped at zero so every signal can only raise the score. Prints
 * the weights to paste into the data file; only these numbers are taken from the set.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { alignSentences } from '../src/copies/align.js';
import { profileText } from '../src/copies/features.js';
import { measureSignals } from '../src/copies/signals.js';

const dir = resolve(process.argv[2] ?? join('..', 'shared', 'eval', 'duplicates'));
const readJsonl = <T>(name: string): T[] =>
  readFileSync(join(dir, name), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);

function fnv(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const docs = new Map(readJsonl<{ id: string; text: string }>('dev-docs.jsonl').map((d) => [d.id, d.text]));
const pairs = readJsonl<{ a: string; b: string; relation: string; xling: boolean }>('dev-pairs.jsonl');
const profiles = new Map([...docs].map(([id, text]) => [id, profileText(text)]));

const MONOLINGUAL = ['wordJaccard', 'wordContainment', 'alignedShare', 'lengthAgreement'] as const;
const CROSS_LINGUAL = ['anchorJaccard', 'anchorContainment', 'anchoredShare', 'lengthAgreement'] as const;
const rows: { x: Record<string, number>; y: number; xling: boolean }[] = [];
for (const pair of pairs) {
  const [first, second] = pair.a < pair.b ? [pair.a, pair.b] : [pair.b, pair.a];
  if (fnv(`${first}~${second}`) % 2 !== 0) continue;
  const a = profiles.get(pair.a);
  const b = profiles.get(pair.b);
  if (!a || !b) continue;
  const signals = measureSignals(a, b, alignSentences(a, b), pair.xling);
  rows.push({
    x: signals as unknown as Record<string, number>,
    y: pair.relation === 'unrelated' ? 0 : 1,
    xling: pair.xling,
  });
}

function fitLogistic(subset: typeof rows, features: readonly string[]): Record<string, number> {
  const w = features.map(() => 0);
  let bias = 0;
  for (let iteration = 0; iteration < 30_000; iteration++) {
    const gradient = features.map(() => 0);
    let gradientBias = 0;
    for (const row of subset) {
      const z = bias + features.reduce((sum, f, i) => sum + (w[i] ?? 0) * (row.x[f] ?? 0), 0);
      const error = 1 / (1 + Math.exp(-z)) - row.y;
      features.forEach((f, i) => {
        gradient[i] = (gradient[i] ?? 0) + error * (row.x[f] ?? 0);
      });
      gradientBias += error;
    }
    features.forEach((_, i) => {
      w[i] = Math.max(0, (w[i] ?? 0) - ((gradient[i] ?? 0) / subset.length + 1e-3 * (w[i] ?? 0)));
    });
    bias -= gradientBias / subset.length;
  }
  return Object.fromEntries([
    ...features.map((f, i) => [f, Number((w[i] ?? 0).toFixed(3))]),
    ['bias', Number(bias.toFixed(3))],
  ]);
}

console.log(
  'MONOLINGUAL_WEIGHTS',
  fitLogistic(
    rows.filter((r) => !r.xling),
    MONOLINGUAL,
  ),
);
console.log(
  'CROSS_LINGUAL_WEIGHTS',
  fitLogistic(
    rows.filter((r) => r.xling),
    CROSS_LINGUAL,
  ),
);
