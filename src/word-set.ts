/**
 * A set of words for look-ups that nearly always miss: every lexeme or token of a text is tested
 * against a few short word lists, and most words are in none of them. A bitmap of the words'
 * first characters, last characters and lengths rules most misses out with two character reads,
 * before the set hashes and compares the string. A word of the set always passes the bitmap, so
 * every answer is the set's own.
 *
 * @module
 * @internal
 */

/** Words longer than this are looked up in the set without the bitmap test. */
const LONGEST_IN_BITMAP = 31;

/** Where a word's first and last characters (five bits of each) put it in the bitmap. */
function slotOf(word: string): number {
  return ((word.charCodeAt(0) & 31) << 5) | (word.charCodeAt(word.length - 1) & 31);
}

/** A read-only set of words with a quick test for the words it does not hold. */
export class WordSet {
  private readonly words: ReadonlySet<string>;
  /** One bit per length (up to {@link LONGEST_IN_BITMAP}) of the words in each slot. */
  private readonly lengths = new Uint32Array(1024);

  constructor(words: Iterable<string>) {
    this.words = new Set(words);
    for (const word of this.words) {
      if (word.length > LONGEST_IN_BITMAP) continue;
      const slot = slotOf(word);
      this.lengths[slot] = (this.lengths[slot] as number) | (1 << word.length);
    }
  }

  /**
   * Whether the set may hold a word of ASCII letters read straight from the text: its first and
   * last UTF-16 units (in any case: the bitmap reads five bits of each, the same for a letter's
   * two cases) and its length. False means the lower-cased word is not in the set; true calls
   * for {@link has}.
   */
  mayHold(first: number, last: number, length: number): boolean {
    if (length > LONGEST_IN_BITMAP) return true;
    return ((this.lengths[((first & 31) << 5) | (last & 31)] as number) & (1 << length)) !== 0;
  }

  /** Whether the set holds `word`. */
  has(word: string): boolean {
    if (word.length > LONGEST_IN_BITMAP) return this.words.has(word);
    return ((this.lengths[slotOf(word)] as number) & (1 << word.length)) !== 0 && this.words.has(word);
  }
}
