/**
 * A set of words that answers for a word inside a longer string, by its offsets, without
 * cutting it out: look-ups run for every word of a page, and allocating each word was the
 * main cost of the scans that make them.
 *
 * @module
 * @internal
 */

/**
 * The bits of a running hash that {@link hashOf} keeps: thirty, a small integer to the engine
 * (stored and hashed without boxing). Scans that hash a word as they read it (`h = (Math.imul(h,
 * 31) + code) | 0` from 0) keep these bits to get the same value.
 */
export const HASH_BITS = 0x3fffffff;

/** Hash of `text[start, end)`. */
export function hashOf(text: string, start: number, end: number): number {
  let h = 0;
  for (let i = start; i < end; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  return h & HASH_BITS;
}

/** An open-addressing hash table of words: each slot's hash and word (undefined: empty). */
export class WordTable {
  /** Length of the longest word, in UTF-16 units: longer words need no look-up. */
  readonly longest: number;
  readonly #hashes: Int32Array;
  readonly #words: (string | undefined)[];
  readonly #mask: number;

  constructor(words: Iterable<string>) {
    const list = [...words];
    // A quarter full at most: a miss, the usual answer, then ends at the first probe or so.
    let size = 16;
    while (size < list.length * 4) size *= 2;
    this.#hashes = new Int32Array(size);
    this.#words = new Array<string | undefined>(size).fill(undefined);
    this.#mask = size - 1;
    let longest = 0;
    for (const word of list) {
      const h = hashOf(word, 0, word.length);
      let slot = h & this.#mask;
      while (this.#words[slot] !== undefined) slot = (slot + 1) & this.#mask;
      this.#hashes[slot] = h;
      this.#words[slot] = word;
      if (word.length > longest) longest = word.length;
    }
    this.longest = longest;
  }

  /** Whether `text[start, end)` is one of the words (`h`: its {@link hashOf}, when the caller has it). */
  hasAt(text: string, start: number, end: number, hash?: number): boolean {
    const length = end - start;
    if (length > this.longest) return false;
    const h = hash ?? hashOf(text, start, end);
    const hashes = this.#hashes;
    const words = this.#words;
    const mask = this.#mask;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const word = words[slot];
      if (word === undefined) return false;
      if (hashes[slot] === h && word.length === length && sameAt(text, start, word)) return true;
    }
  }
}

/** Whether `text` holds `word` at `start` (a loop the engine inlines, where `startsWith` is a call). */
function sameAt(text: string, start: number, word: string): boolean {
  for (let i = 0; i < word.length; i++) if (text.charCodeAt(start + i) !== word.charCodeAt(i)) return false;
  return true;
}
