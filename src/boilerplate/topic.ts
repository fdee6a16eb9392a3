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
  #slots = new Int32Array(1024);
  #size = 0;

  add(word: number): void {
    if (this.#size * 2 >= this.#slots.length) this.#grow();
    if (this.#insert(this.#slots, word)) this.#size++;
  }

  has(word: number): boolean {
    const slots = this.#slots;
    const mask = slots.length - 1;
    for (let slot = word & mask; ; slot = (slot + 1) & mask) {
      const held = slots[slot] as number;
      if (held === 0) return false;
      if (held === word + 1) return true;
    }
  }

  /** Puts `word` in `slots`; false when it was there already. */
  #insert(slots: Int32Array, word: number): boolean {
    const mask = slots.length - 1;
    for (let slot = word & mask; ; slot = (slot + 1) & mask) {
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
    for (const held of old) if (held !== 0) this.#insert(slots, held - 1);
    this.#slots = slots;
  }
}
