/**
 * 32-bit hashing for features and MinHash: FNV-1a over UTF-16 units, and the MurmurHash3
 * finaliser to derive independent hash functions from one feature hash. Both are exact integer
 * arithmetic (`Math.imul`), so every platform computes the same signature.
 *
 * @module
 * @internal
 */

/** FNV-1a of `text`, seeded with `seed` (used as a namespace: word, name, number…). */
export function hashString(text: string, seed = 0): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** MurmurHash3's 32-bit finaliser: a bijection that mixes every input bit into every output bit. */
export function mix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
