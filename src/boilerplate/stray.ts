/**
 * Stray headlines: another story's headline dropped between two paragraphs of the article (a
 * "read also" link without its label). It is capitalised like a headline and its words are not
 * the article's words, where a real section heading names what its section talks about.
 *
 * @module
 * @internal
 */
import type { LineFeatures } from './features.js';
import { type TopicWords, topicOverlap } from './topic.js';

/**
 * A short capitalised line of six words or more inside the article whose words the article
 * does not use: another story's headline (a "read also" link without its label).
 */
export function isStrayHeadline(f: LineFeatures, vocabulary: TopicWords): boolean {
  if (f.endsSentence || f.letterWords < 6 || f.capitalised < 0.5 * f.letterWords) return false;
  return topicOverlap(f.topicWords, vocabulary) < 0.5;
}
