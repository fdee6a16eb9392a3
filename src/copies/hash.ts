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

/**
 * `hashString(text.slice(start, end).toLowerCase())`, without making either string when the range
 * is ASCII (most words of most pages): copy detection hashes every word of every page so.
 */
export function hashLowerCase(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    // Beyond ASCII, lower-casing may change the length (İ → i̇): leave it to the string's method.
    if (code >= 0x80) return hashString(text.slice(start, end).toLowerCase());
    h ^= code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
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
 * A set of 32-bit hashes in typed arrays (open addressing, linear probing), each with its index in
 * the order it was first given: built once per text, then asked about another text's hashes for
 * every pair a collection compares, where a `Set` or `Map` costs several times more per look-up.
 */
export class HashSet32 {
  readonly #slots: Uint32Array;
  /** The index of the hash in each slot, -1 for an empty slot. */
  readonly #indices: Int32Array;
  readonly #mask: number;
  /** How many distinct hashes the set holds. */
  readonly size: number;

  /** A set of the given hashes (duplicates allowed). */
  constructor(hashes: Readonly<ArrayLike<number>>) {
    let capacity = 16;
    while (capacity < 2 * hashes.length) capacity *= 2;
    this.#slots = new Uint32Array(capacity);
    this.#indices = new Int32Array(capacity).fill(-1);
    this.#mask = capacity - 1;
    let size = 0;
    for (let i = 0; i < hashes.length; i++) {
      const hash = hashes[i]! >>> 0;
      const slot = this.#slotOf(hash);
      if (this.#indices[slot] !== -1) continue;
      this.#slots[slot] = hash;
      this.#indices[slot] = size++;
    }
    this.size = size;
  }

  #slotOf(hash: number): number {
    let slot = Math.imul(hash ^ (hash >>> 16), 0x45d9f3b) & this.#mask;
    while (this.#indices[slot] !== -1 && this.#slots[slot] !== hash) slot = (slot + 1) & this.#mask;
    return slot;
  }

  /** The index of `hash` (its rank among the distinct hashes in the order given), or -1. */
  indexOf(hash: number): number {
    return this.#indices[this.#slotOf(hash >>> 0)]!;
  }

  /** Whether the set holds `hash`. */
  has(hash: number): boolean {
    return this.indexOf(hash) !== -1;
  }
}
