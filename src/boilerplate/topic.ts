/**
 * Topical overlap: how many of a line's topic words (lower-cased, cut to six letters, hashed) occur in
 * the article's paragraphs. A real section heading names what its section talks about; the
 * headline of another story dropped between two paragraphs does not.
 *
 * @module
 * @internal
 */

/** What {@link topicOverlap} asks of the article's vocabulary. */
export interface TopicWords {
  has(word: number): boolean;
}

/** Share of `words` found in `vocabulary` (1 when `words` is empty). */
export function topicOverlap(words: readonly number[], vocabulary: TopicWords): number {
  if (words.length === 0) return 1;
  let found = 0;
  for (const word of words) if (vocabulary.has(word)) found++;
  return found / words.length;
}

/**
 * The article's vocabulary: a set of topic-word hashes (non-negative thirty-bit integers) in
 * one open-addressing table. Every word of the article's prose goes in on every pass, which a
 * general-purpose `Set` made a measurable share of the stripping time.
 */
export class Vocabulary implements TopicWords {
  /** Each slot holds a word plus one (0: empty). */
  #slots = new Int32Array(1 << INITIAL_BITS);
  /** 32 minus the table's bits: a word's home slot is the top bits of its scrambled value. */
  #shift = 32 - INITIAL_BITS;
  #size = 0;

  add(word: number): void {
    if (this.#size * 2 >= this.#slots.length) this.#grow();
    if (this.#insert(this.#slots, this.#shift, word)) this.#size++;
  }

  has(word: number): boolean {
    const slots = this.#slots;
    const mask = slots.length - 1;
    for (let slot = home(word, this.#shift); ; slot = (slot + 1) & mask) {
      const held = slots[slot] as number;
      if (held === 0) return false;
      if (held === word + 1) return true;
    }
  }

  /** Puts `word` in `slots`; false when it was there already. */
  #insert(slots: Int32Array, shift: number, word: number): boolean {
    const mask = slots.length - 1;
    for (let slot = home(word, shift); ; slot = (slot + 1) & mask) {
      const held = slots[slot] as number;
      if (held === word + 1) return false;
      if (held === 0) {
        slots[slot] = word + 1;
        return true;
      }
    }
  }

  #grow(): void {
    const old = this.#slots;
    const slots = new Int32Array(old.length * 2);
    const shift = this.#shift - 1;
    for (const held of old) if (held !== 0) this.#insert(slots, shift, held - 1);
    this.#slots = slots;
    this.#shift = shift;
  }
}

const INITIAL_BITS = 10;

/**
 * A word's home slot: the top bits of the word times the golden ratio (Fibonacci hashing), so
 * that words whose hashes share their low bits do not pile up in one run of the table.
 */
function home(word: number, shift: number): number {
  return Math.imul(word, 0x9e3779b1) >>> shift;
}
