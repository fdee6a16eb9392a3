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

/**
 * A set of 32-bit hashes in one typed array (open addressing, linear probing): built once per
 * text, then asked about another text's hashes for every pair a collection compares, where a
 * `Set` of numbers costs several times more per look-up.
 */
export class HashSet32 {
  readonly #slots: Uint32Array;
  readonly #used: Uint8Array;
  readonly #mask: number;

  /** A set of the given hashes (duplicates allowed). */
  constructor(hashes: Readonly<ArrayLike<number>>) {
    let size = 16;
    while (size < 2 * hashes.length) size *= 2;
    this.#slots = new Uint32Array(size);
    this.#used = new Uint8Array(size);
    this.#mask = size - 1;
    for (let i = 0; i < hashes.length; i++) {
      const hash = hashes[i]! >>> 0;
      const slot = this.#slotOf(hash);
      this.#used[slot] = 1;
      this.#slots[slot] = hash;
    }
  }

  #slotOf(hash: number): number {
    let slot = Math.imul(hash ^ (hash >>> 16), 0x45d9f3b) & this.#mask;
    while (this.#used[slot] === 1 && this.#slots[slot] !== hash) slot = (slot + 1) & this.#mask;
    return slot;
  }

  /** Whether the set holds `hash`. */
  has(hash: number): boolean {
    return this.#used[this.#slotOf(hash >>> 0)] === 1;
  }
}
