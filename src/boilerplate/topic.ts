/**
 * Topical overlap: how many of a line's topic words (lower-cased, cut to six letters, hashed) occur in
 * the article's paragraphs. A real section heading names what its section talks about; the
 * headline of another story dropped between two paragraphs does not.
 *
 * @module
 * @internal
 */

/** Share of `words` found in `vocabulary` (1 when `words` is empty). */
export function topicOverlap(words: readonly number[], vocabulary: ReadonlySet<number>): number {
  if (words.length === 0) return 1;
  let found = 0;
  for (const word of words) if (vocabulary.has(word)) found++;
  return found / words.length;
}
