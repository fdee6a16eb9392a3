/**
 * Sentence alignment in the manner of Gale & Church (1993): dynamic programming over the two
 * sentence sequences with 1–1, 1–0, 0–1, 2–1 and 1–2 beads, each costed by how far the
 * sentence lengths stray from the texts' overall length ratio, minus a bonus for shared
 * features (stems in one language, numbers and names across languages). The search is confined
 * to a band around the diagonal, so time is linear in the number of sentences.
 *
 * @module
 * @internal
 */
import { type Profile, remember } from './features.js';
import { HashSet32, hashString } from './hash.js';
import { sharedValues } from './signals.js';
import { NUMBER, URL } from './tokens.js';

/** One bead of the alignment: sentence ranges `[aStart, aEnd)` and `[bStart, bEnd)`. */
export interface Bead {
  readonly aStart: number;
  readonly aEnd: number;
  readonly bStart: number;
  readonly bEnd: number;
  /** Similarity of the two sides, 0..1. */
  readonly similarity: number;
  /** How well the lengths agree with the texts' length ratio, 0..1. */
  readonly lengthAgreement: number;
  /** Dice of the language-independent anchors (names, numbers, URLs) of the two sides, 0..1. */
  readonly anchorSimilarity: number;
  /** Whether either side has an anchor at all. */
  readonly anchored: boolean;
}

/** Half-width of the band around the diagonal, in sentences. */
const BAND = 12;
/** Cells of the dynamic programme above which the band narrows (about 0.2 s of work). */
const CELL_BUDGET = 400_000;
/** Sentence pairs up to which `alignedShareBound` counts shared keys for every pair. */
const WHOLE_MATRIX_CELLS = 1 << 16;
/** Gale & Church's variance of the length difference per character. */
const VARIANCE = 6.8;
/** Bead penalties: -log of Gale & Church's bead priors (1–1 0.89, 1–0 0.0099, 2–1 0.089). */
const PENALTY_ONE_ONE = 0;
const PENALTY_INSERT = 4.5;
const PENALTY_MERGE = 2.3;
/** Weight of the shared-feature bonus against the length cost. */
const SIMILARITY_WEIGHT = 6;

/**
 * The features of each sentence as a sorted array of distinct key hashes: content stems, names,
 * numbers of two or more digits and URLs. Stems of different languages rarely collide, so the
 * same keys serve monolingual and cross-lingual pairs (names and numbers carry the latter).
 */
export function sentenceKeys(profile: Profile, anchorsOnly = false): Int32Array[] {
  const lists: number[][] = profile.sentences.map(() => []);
  for (const t of profile.tokens) {
    if (!t.content && !t.name) continue;
    if (t.kind === NUMBER && t.key.length < 2) continue;
    if (anchorsOnly && !t.name && t.kind !== NUMBER && t.kind !== URL) continue;
    lists[t.sentence]?.push(hashString(t.key, t.kind === NUMBER ? 0x4e : 0x57));
  }
  return lists.map(sortedDistinct);
}

function sortedDistinct(values: readonly number[]): Int32Array {
  const sorted = Int32Array.from(values).sort();
  let w = 0;
  for (let r = 0; r < sorted.length; r++)
    if (r === 0 || sorted[r] !== sorted[r - 1]) sorted[w++] = sorted[r]!;
  return sorted.slice(0, w);
}

/** Dice coefficient of two sorted distinct key arrays. */
export function keyDice(a: Int32Array, b: Int32Array): number {
  if (a.length === 0 || b.length === 0) return 0;
  return (2 * sharedValues(a, b)) / (a.length + b.length);
}

/**
 * Postings of a text's sentence keys: the sentences holding key `k` of `index` (in order) are
 * `sentences[from[k]]` … `sentences[from[k + 1] - 1]`. Typed arrays, since they are read once per
 * key of the other text for every pair the copy search bounds.
 */
interface KeyPostings {
  readonly index: HashSet32;
  readonly from: Int32Array;
  readonly sentences: Int32Array;
}

function keyPostings(keys: readonly Int32Array[]): KeyPostings {
  const all: number[] = [];
  for (const sentence of keys) for (const key of sentence) all.push(key);
  const index = new HashSet32(all);
  // Count each key's sentences, lay the lists out one after another, then fill them in order.
  const from = new Int32Array(index.size + 1);
  for (const key of all) from[index.indexOf(key) + 1]!++;
  for (let k = 0; k < index.size; k++) from[k + 1]! += from[k]!;
  const next = from.slice(0, index.size);
  const sentences = new Int32Array(all.length);
  keys.forEach((sentence, j) => {
    for (const key of sentence) sentences[next[index.indexOf(key)]!++] = j;
  });
  return { index, from, sentences };
}

/** The keys of sentences `i` and `i + 1` together, for 2–1 beads; computed once per sentence. */
function pairKeys(keys: readonly Int32Array[]): Int32Array[] {
  const out: Int32Array[] = [];
  for (let i = 0; i + 1 < keys.length; i++) out.push(sortedDistinct([...keys[i]!, ...keys[i + 1]!]));
  return out;
}

/** The alignment of a profile with itself: every sentence with itself. */
function identity(profile: Profile): Bead[] {
  const anchors = sentenceKeys(profile, true);
  return profile.sentences.map((_, i) => ({
    aStart: i,
    aEnd: i + 1,
    bStart: i,
    bEnd: i + 1,
    similarity: 1,
    lengthAgreement: 1,
    anchorSimilarity: anchors[i]!.length > 0 ? 1 : 0,
    anchored: anchors[i]!.length > 0,
  }));
}

/** Two-sided tail of the standard normal: 2 (1 − Φ(|z|)), by the Abramowitz–Stegun formula. */
function normalTail(z: number): number {
  const x = Math.abs(z);
  const t = 1 / (1 + 0.2316419 * x);
  const d = 0.3989423 * Math.exp((-x * x) / 2);
  const p = d * t * (0.3193815 + t * (-0.3565638 + t * (1.781478 + t * (-1.821256 + t * 1.330274))));
  return Math.max(2 * p, 1e-12);
}

/**
 * Aligns the sentences of two profiles.
 */
export function alignSentences(a: Profile, b: Profile): Bead[] {
  const n = a.sentences.length;
  const m = b.sentences.length;
  if (n === 0 || m === 0) return [];
  if (a.text === b.text && n === m) return identity(a);
  const keysA = remember(a, 'sentence-keys', () => sentenceKeys(a));
  const keysB = remember(b, 'sentence-keys', () => sentenceKeys(b));
  const pairsA = remember(a, 'sentence-pair-keys', () => pairKeys(keysA));
  const pairsB = remember(b, 'sentence-pair-keys', () => pairKeys(keysB));
  const keysOf = (keys: Int32Array[], pairs: Int32Array[], from: number, to: number): Int32Array =>
    (to - from === 2 ? pairs[from] : keys[from]) ?? new Int32Array(0);
  let totalA = 0;
  let totalB = 0;
  for (const s of a.sentences) totalA += s.length;
  for (const s of b.sentences) totalB += s.length;
  const ratio = totalA > 0 ? totalB / totalA : 1;
  const lengthOf = (profile: Profile, from: number, to: number): number => {
    let sum = 0;
    for (let i = from; i < to; i++) sum += profile.sentences[i]?.length ?? 0;
    return sum;
  };
  const agreement = (la: number, lb: number): number => {
    if (la === 0 && lb === 0) return 1;
    const expected = la * ratio;
    const z = (lb - expected) / Math.sqrt(Math.max(1, la) * VARIANCE * Math.max(ratio, 0.05));
    return normalTail(z);
  };

  // Band limits for row i: columns within `band` of the diagonal i * m / n. Very long texts get a
  // narrower band so that the work stays under a fixed budget of cells per sentence.
  const band = Math.max(2, Math.min(BAND, Math.floor(CELL_BUDGET / (2 * (n + 1)))));
  const width = 2 * band + 1;
  const lo = (i: number): number => Math.max(0, Math.round((i * m) / n) - band);
  const cost = new Float64Array((n + 1) * width).fill(Number.POSITIVE_INFINITY);
  const move = new Uint8Array((n + 1) * width);
  const at = (i: number, j: number): number => {
    const k = j - lo(i);
    return k >= 0 && k < width && j <= m ? i * width + k : -1;
  };
  const get = (i: number, j: number): number => {
    if (i < 0 || j < 0) return Number.POSITIVE_INFINITY;
    const k = at(i, j);
    return k < 0 ? Number.POSITIVE_INFINITY : cost[k]!;
  };
  const start = at(0, 0);
  if (start >= 0) cost[start] = 0;
  const MOVES: readonly (readonly [number, number, number])[] = [
    [1, 1, PENALTY_ONE_ONE],
    [1, 0, PENALTY_INSERT],
    [0, 1, PENALTY_INSERT],
    [2, 1, PENALTY_MERGE],
    [1, 2, PENALTY_MERGE],
  ];
  const beadCost = (i: number, j: number, di: number, dj: number, penalty: number): number => {
    if (di === 0 || dj === 0) return penalty;
    const la = lengthOf(a, i - di, i);
    const lb = lengthOf(b, j - dj, j);
    const similarity = keyDice(keysOf(keysA, pairsA, i - di, i), keysOf(keysB, pairsB, j - dj, j));
    return penalty - Math.log(agreement(la, lb)) - SIMILARITY_WEIGHT * similarity;
  };
  for (let i = 0; i <= n; i++) {
    const first = lo(i);
    const last = Math.min(m, first + width - 1);
    for (let j = first; j <= last; j++) {
      if (i === 0 && j === 0) continue;
      let best = Number.POSITIVE_INFINITY;
      let bestMove = 0;
      for (let k = 0; k < MOVES.length; k++) {
        const [di, dj, penalty] = MOVES[k]!;
        const before = get(i - di, j - dj);
        if (before === Number.POSITIVE_INFINITY) continue;
        const total = before + beadCost(i, j, di, dj, penalty);
        if (total < best) {
          best = total;
          bestMove = k;
        }
      }
      const index = at(i, j);
      if (index >= 0) {
        cost[index] = best;
        move[index] = bestMove;
      }
    }
  }
  // Walk back from (n, m); if the band missed the corner, start from the best cell of row n.
  let i = n;
  let j = m;
  if (at(n, m) < 0 || cost[at(n, m)]! === Number.POSITIVE_INFINITY) {
    let best = Number.POSITIVE_INFINITY;
    for (let c = lo(n); c <= Math.min(m, lo(n) + width - 1); c++) {
      if (get(n, c) < best) {
        best = get(n, c);
        j = c;
      }
    }
  }
  const anchorsA = remember(a, 'sentence-anchors', () => sentenceKeys(a, true));
  const anchorsB = remember(b, 'sentence-anchors', () => sentenceKeys(b, true));
  const anchorPairsA = remember(a, 'sentence-pair-anchors', () => pairKeys(anchorsA));
  const anchorPairsB = remember(b, 'sentence-pair-anchors', () => pairKeys(anchorsB));
  const beads: Bead[] = [];
  while (i > 0 || j > 0) {
    const index = at(i, j);
    if (index < 0 || cost[index] === Number.POSITIVE_INFINITY) break;
    const [di, dj] = MOVES[move[index]!]!;
    if (di > 0 && dj > 0) {
      const la = lengthOf(a, i - di, i);
      const lb = lengthOf(b, j - dj, j);
      beads.push({
        aStart: i - di,
        aEnd: i,
        bStart: j - dj,
        bEnd: j,
        similarity: keyDice(keysOf(keysA, pairsA, i - di, i), keysOf(keysB, pairsB, j - dj, j)),
        lengthAgreement: agreement(la, lb),
        anchorSimilarity: keyDice(
          keysOf(anchorsA, anchorPairsA, i - di, i),
          keysOf(anchorsB, anchorPairsB, j - dj, j),
        ),
        anchored:
          keysOf(anchorsA, anchorPairsA, i - di, i).length +
            keysOf(anchorsB, anchorPairsB, j - dj, j).length >
          0,
      });
    }
    i -= di;
    j -= dj;
  }
  return beads.reverse();
}

/**
 * An upper bound of the share of sentences (of both texts) that {@link alignSentences} can put in
 * beads of similarity `threshold` or more, without the dynamic programme: a sentence counts when,
 * within the band around the diagonal (two sentences wider than the programme's), some 1–1, 2–1 or
 * 1–2 bead it could belong to reaches the threshold when the shared keys of its sentence pairs are
 * added up (which never undercounts what two merged sentences share). Used to skip the alignment of
 * pairs that cannot be retranslations. Linear in the keys times the band's postings.
 *
 * With `enough`, a looser bound comes first: the share of sentences in any bead that reaches the
 * threshold, whatever path, found from the sentence pairs that share a key at all (few, for two
 * reports of one story). When that share is below `enough`, it is returned without the path.
 */
export function alignedShareBound(a: Profile, b: Profile, threshold: number, enough = 0): number {
  const n = a.sentences.length;
  const m = b.sentences.length;
  if (n === 0 || m === 0) return 0;
  const keysA = remember(a, 'sentence-keys', () => sentenceKeys(a));
  const keysB = remember(b, 'sentence-keys', () => sentenceKeys(b));
  const pairsA = remember(a, 'sentence-pair-keys', () => pairKeys(keysA));
  const pairsB = remember(b, 'sentence-pair-keys', () => pairKeys(keysB));
  const stored = Math.max(2, Math.min(BAND, Math.floor(CELL_BUDGET / (2 * (n + 1))))) + 2;
  const lo = (i: number): number => Math.max(0, Math.round((i * m) / n) - stored);
  // Most articles are short enough to count every pair of sentences, so that the cells next to a
  // row's band (where a neighbouring row's band lies) need no exact count of their own.
  const whole = n * m <= WHOLE_MATRIX_CELLS;
  const width = whole ? m : 2 * stored + 1;
  const from = whole ? (): number => 0 : lo;
  const postings = remember(b, 'sentence-postings', () => keyPostings(keysB));
  // shared[i][j - from(i)]: keys sentence i of A shares with sentence j of B, inside the band.
  const shared = new Uint16Array(n * width);
  // The lattice band of `alignSentences`, in which beads are counted: row i from rowLo[i].
  const beadBand = Math.max(2, Math.min(BAND, Math.floor(CELL_BUDGET / (2 * (n + 1)))));
  const beadWidth = 2 * beadBand + 1;
  const rowLo = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) rowLo[i] = Math.max(0, Math.round((i * m) / n) - beadBand);
  const band: LatticeBand = { rowLo, width: beadWidth };
  if (whole && enough > 0) {
    // Most pairs of one story stop here, often before every row is counted.
    const share = coveredShare(keysA, keysB, pairsA, pairsB, postings, shared, band, threshold, enough);
    if (share < enough) return share;
  } else {
    for (let i = 0; i < n; i++) countRow(keysA[i]!, postings, shared, i * width, from(i), width, null, 0, 0);
  }
  const at = (i: number, j: number): number => {
    if (i < 0 || i >= n || j < 0 || j >= m) return 0;
    const k = j - from(i);
    // Outside row i's stored band (a neighbour's band is shifted), count exactly.
    return k >= 0 && k < width ? shared[i * width + k]! : sharedValues(keysA[i]!, keysB[j]!);
  };
  const dice = (common: number, sizeA: number, sizeB: number): number =>
    sizeA + sizeB > 0 ? (2 * Math.min(common, sizeA, sizeB)) / (sizeA + sizeB) : 0;
  // The most sentences a monotone path of beads can align, over the lattice band of
  // `alignSentences` (the alignment is one such path, so this never undercounts it). A bead counts
  // when it can reach the threshold: its sentences' shared keys are added up, which never
  // undercounts what two merged sentences share.
  // best[i][j - rowLo[i]]: the most sentences aligned on a path to lattice cell (i, j); -1 unreached.
  const best = new Int32Array((n + 1) * beadWidth).fill(-1);
  const reached = (i: number, j: number): number => {
    if (i < 0 || j < 0) return -1;
    const k = j - rowLo[i]!;
    return k >= 0 && k < beadWidth ? best[i * beadWidth + k]! : -1;
  };
  best[0] = rowLo[0] === 0 ? 0 : -1;
  for (let i = 0; i <= n; i++) {
    const first = rowLo[i]!;
    const last = Math.min(m, first + beadWidth - 1);
    for (let j = first; j <= last; j++) {
      if (i === 0 && j === 0) continue;
      // Beads end here and cover sentences i − di … i − 1 of A and j − dj … j − 1 of B.
      let most = Math.max(reached(i - 1, j), reached(i, j - 1));
      if (i >= 1 && j >= 1) {
        const before = reached(i - 1, j - 1);
        if (before >= 0) {
          const one = dice(at(i - 1, j - 1), keysA[i - 1]!.length, keysB[j - 1]!.length) >= threshold;
          most = Math.max(most, before + (one ? 2 : 0));
        }
      }
      if (i >= 2 && j >= 1) {
        const before = reached(i - 2, j - 1);
        if (before >= 0) {
          const common = at(i - 2, j - 1) + at(i - 1, j - 1);
          const two = dice(common, pairsA[i - 2]!.length, keysB[j - 1]!.length) >= threshold;
          most = Math.max(most, before + (two ? 3 : 0));
        }
      }
      if (i >= 1 && j >= 2) {
        const before = reached(i - 1, j - 2);
        if (before >= 0) {
          const common = at(i - 1, j - 2) + at(i - 1, j - 1);
          const two = dice(common, keysA[i - 1]!.length, pairsB[j - 2]!.length) >= threshold;
          most = Math.max(most, before + (two ? 3 : 0));
        }
      }
      best[i * beadWidth + (j - first)] = most;
    }
  }
  let count = 0;
  for (let j = rowLo[n]!; j <= Math.min(m, rowLo[n]! + beadWidth - 1); j++)
    count = Math.max(count, reached(n, j));
  return count / (n + m);
}

/** The lattice band of `alignSentences`: row i's lattice points are rowLo[i] … rowLo[i] + width − 1. */
interface LatticeBand {
  readonly rowLo: Int32Array;
  readonly width: number;
}

/**
 * Adds the keys one sentence of A (`keys`) shares with each sentence of B to its row of `shared`
 * (`row` its start, `first` the column of its first cell, `width` its cells). With `touched`, the
 * columns of cells that share a first key and lie in [lowest, beyond) are added to it.
 */
function countRow(
  keys: Int32Array,
  postings: KeyPostings,
  shared: Uint16Array,
  row: number,
  first: number,
  width: number,
  touched: number[] | null,
  lowest: number,
  beyond: number,
): void {
  const { index, from, sentences } = postings;
  for (let q = 0; q < keys.length; q++) {
    const k = index.indexOf(keys[q]!);
    if (k === -1) continue;
    const end = from[k + 1]!;
    for (let p = from[k]!; p < end; p++) {
      const column = sentences[p]! - first;
      if (column < 0 || column >= width) continue;
      if (shared[row + column]!++ === 0 && touched && column >= lowest && column < beyond)
        touched.push(column);
    }
  }
}

/**
 * The share of sentences (of both texts) in some 1–1, 2–1 or 1–2 bead of the band that reaches
 * `threshold`, whatever path (or three times those of the side with fewer, if less): no path of
 * beads covers more, so it bounds the path's share. Every
 * such bead holds a sentence pair that shares a key, so only those cells are looked at, each bead
 * from its first such cell. Rows of the whole matrix `shared` are counted one at a time, and the
 * beads that start in a row looked at once the row below is counted; the count stops as soon as
 * the sentences covered, with every sentence the remaining rows could still reach, fall short of
 * `enough` (then `shared` is left part counted). Called for every pair of one story the copy
 * search bounds, so it is written as flat loops.
 */
function coveredShare(
  keysA: readonly Int32Array[],
  keysB: readonly Int32Array[],
  pairsA: readonly Int32Array[],
  pairsB: readonly Int32Array[],
  postings: KeyPostings,
  shared: Uint16Array,
  band: LatticeBand,
  threshold: number,
  enough: number,
): number {
  const n = keysA.length;
  const m = keysB.length;
  const { rowLo, width } = band;
  const coveredA = new Uint8Array(n);
  const coveredB = new Uint8Array(m);
  let ofA = 0;
  let ofB = 0;
  // A bead that reaches the threshold covers A's sentences [i, i + di) and B's [j, j + dj).
  const cover = (i: number, di: number, j: number, dj: number): void => {
    for (let x = i; x < i + di; x++) {
      ofA += 1 - coveredA[x]!;
      coveredA[x] = 1;
    }
    for (let y = j; y < j + dj; y++) {
      ofB += 1 - coveredB[y]!;
      coveredB[y] = 1;
    }
  };
  // A bead reaches the threshold when 2 · min(common, sizeA, sizeB) ≥ threshold · (sizeA + sizeB).
  const reaches = (common: number, sizeA: number, sizeB: number): boolean =>
    2 * Math.min(common, sizeA, sizeB) >= threshold * (sizeA + sizeB) && sizeA + sizeB > 0;
  // Lattice point (i, j) lies in the band of row i.
  const inBand = (i: number, j: number): boolean => j >= rowLo[i]! && j < rowLo[i]! + width;
  const need = enough * (n + m);
  // Columns of the cells that share a key and can lie in a bead of the band (which starts at most a
  // row above a cell and ends at most two below), in the row above and in this row.
  let above: number[] = [];
  for (let i = 0; i <= n; i++) {
    const here: number[] = [];
    if (i < n)
      countRow(
        keysA[i]!,
        postings,
        shared,
        i * m,
        0,
        m,
        here,
        rowLo[Math.max(0, i - 1)]!,
        rowLo[Math.min(n, i + 2)]! + width,
      );
    if (i === 0) {
      above = here;
      continue;
    }
    // The beads whose first sentence of A is t = i − 1.
    const t = i - 1;
    const sizeA = keysA[t]!.length;
    for (const j of above) {
      const cell = t * m + j;
      const common = shared[cell]!;
      const sizeB = keysB[j]!.length;
      const start = inBand(t, j);
      if (start && inBand(t + 1, j + 1) && reaches(common, sizeA, sizeB)) {
        cover(t, 1, j, 1);
      }
      // 2–1: sentences t, t + 1 with j.
      if (
        start &&
        t + 1 < n &&
        inBand(t + 2, j + 1) &&
        reaches(common + shared[cell + m]!, pairsA[t]!.length, sizeB)
      ) {
        cover(t, 2, j, 1);
      }
      // 1–2: sentence t with j, j + 1; and with j − 1, j when j − 1 shares nothing.
      if (
        start &&
        j + 1 < m &&
        inBand(t + 1, j + 2) &&
        reaches(common + shared[cell + 1]!, sizeA, pairsB[j]!.length)
      ) {
        cover(t, 1, j, 2);
      }
      if (j >= 1 && shared[cell - 1] === 0 && inBand(t, j - 1) && inBand(t + 1, j + 1)) {
        if (reaches(common, sizeA, pairsB[j - 1]!.length)) {
          cover(t, 1, j - 1, 2);
        }
      }
    }
    // 2–1 beads of t, t + 1 whose cell in row t shares nothing.
    if (i < n) {
      for (const j of here) {
        if (shared[t * m + j] !== 0 || !inBand(t, j) || !inBand(t + 2, j + 1)) continue;
        if (reaches(shared[i * m + j]!, pairsA[t]!.length, keysB[j]!.length)) {
          cover(t, 2, j, 1);
        }
      }
    }
    // Beads still to come start in row i or below: at most rows i … n − 1 and columns from rowLo[i].
    const reachable = ofA + ofB + (n - i) + (m - rowLo[i]!);
    if (reachable < need) return reachable / (n + m);
    above = here;
  }
  // A path's beads each hold one to two sentences of either side, all of them covered: there are
  // no more beads than covered sentences on the side with fewer, and each holds at most three.
  return Math.min(ofA + ofB, 3 * Math.min(ofA, ofB)) / (n + m);
}
