/**
 * MinHash signatures, layout version 1: a plain array of unsigned 32-bit integers.
 *
 * | index | content |
 * |---|---|
 * | 0 | layout version, `1` |
 * | 1 | number of distinct word features (content stems, CJK bigrams, numbers, URLs) |
 * | 2 | number of distinct anchor features (numbers of two or more digits, names, URLs) |
 * | 3 … 130 | 128 word-channel minima |
 * | 131 … 162 | 32 anchor-channel minima |
 *
 * Minimum `i` of a channel is `min over features f of mix32(f XOR SEEDS[i])` (see `hash.ts`), or
 * `0xFFFFFFFF` when the channel is empty. The share of equal minima between two signatures
 * estimates the Jaccard similarity of the two feature sets. Banding for LSH: 32 bands of 4 word
 * minima, and 32 bands of 1 anchor minimum.
 *
 * @module
 * @internal
 */
import { mix32 } from './hash.js';

/** The layout version written at index 0. */
export const SIGNATURE_VERSION = 1;
/** Minima in the word channel. */
export const WORD_MINIMA = 128;
/** Minima in the anchor channel. */
export const ANCHOR_MINIMA = 32;
/** Where the word minima start. */
export const WORD_OFFSET = 3;
/** Where the anchor minima start. */
export const ANCHOR_OFFSET: number = WORD_OFFSET + WORD_MINIMA;
/** Total length of a version-1 signature. */
export const SIGNATURE_LENGTH: number = ANCHOR_OFFSET + ANCHOR_MINIMA;
/** Rows per band in the word channel. */
export const WORD_ROWS = 4;
/** Rows per band in the anchor channel. */
export const ANCHOR_ROWS = 1;
/**
 * The candidate search's bucket rule, shared by the index and the SQL of `candidate-sql.ts`: a
 * bucket of more than the bucket limit pairs each member with its first `BUCKET_LEADERS` members;
 * one of more than the hub limit pairs nothing.
 */
export const BUCKET_LEADERS = 4;
export const DEFAULT_BUCKET_LIMIT = 64;
export const DEFAULT_HUB_LIMIT = 20_000;

const EMPTY = 0xffffffff;

/** Per-minimum seeds: fixed, derived from a counter by mix32, so the layout is reproducible. */
const SEEDS: Uint32Array = (() => {
  const seeds = new Uint32Array(WORD_MINIMA + ANCHOR_MINIMA);
  for (let i = 0; i < seeds.length; i++) seeds[i] = mix32(0x9e3779b9 + i * 0x632be5ab);
  return seeds;
})();

function fill(out: number[], offset: number, count: number, seedOffset: number, features: Uint32Array): void {
  const minima = new Uint32Array(count).fill(EMPTY);
  const seeds = SEEDS;
  for (let f = 0; f < features.length; f++) {
    const feature = features[f]!;
    for (let i = 0; i < count; i++) {
      // mix32(feature ^ seed), inlined: this is the signature's inner loop.
      let h = (feature ^ seeds[seedOffset + i]!) >>> 0;
      h ^= h >>> 16;
      h = Math.imul(h, 0x85ebca6b);
      h ^= h >>> 13;
      h = Math.imul(h, 0xc2b2ae35);
      h ^= h >>> 16;
      h >>>= 0;
      if (h < minima[i]!) minima[i] = h;
    }
  }
  for (let i = 0; i < count; i++) out[offset + i] = minima[i]!;
}

/** The version-1 signature of two feature sets. */
export function signatureOf(words: Uint32Array, anchors: Uint32Array): number[] {
  const out = new Array<number>(SIGNATURE_LENGTH).fill(0);
  out[0] = SIGNATURE_VERSION;
  out[1] = words.length;
  out[2] = anchors.length;
  fill(out, WORD_OFFSET, WORD_MINIMA, 0, words);
  fill(out, ANCHOR_OFFSET, ANCHOR_MINIMA, WORD_MINIMA, anchors);
  return out;
}

/**
 * The estimated Jaccard similarity of one channel of two signatures (0 when either is empty); the
 * signatures start at `at` in `a` and `bt` in `b` (the index keeps many in one block).
 */
export function estimateJaccard(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  channel: 'words' | 'anchors',
  at = 0,
  bt = 0,
): number {
  const offset = channel === 'words' ? WORD_OFFSET : ANCHOR_OFFSET;
  const count = channel === 'words' ? WORD_MINIMA : ANCHOR_MINIMA;
  const size = channel === 'words' ? 1 : 2;
  if ((a[at + size] ?? 0) === 0 || (b[bt + size] ?? 0) === 0) return 0;
  let equal = 0;
  for (let i = offset; i < offset + count; i++) if (a[at + i] === b[bt + i]) equal++;
  return equal / count;
}

/** Whether `value` is a version-1 signature. */
export function isSignature(value: unknown): value is number[] {
  return (
    Array.isArray(value) &&
    value.length === SIGNATURE_LENGTH &&
    value[0] === SIGNATURE_VERSION &&
    value.every((v) => Number.isInteger(v) && v >= 0 && v <= EMPTY)
  );
}
