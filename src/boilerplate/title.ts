/**
 * The headline: among the lines shortly before the article, the headline-shaped one whose
 * words the article talks about most (a page's top lines also hold the site name, menus and
 * banners, which share few words with the article). A line repeated there counts for more:
 * pages print the headline in the page header, the article header and under a video.
 *
 * @module
 * @internal
 */
import type { LineFeatures } from './features.js';
import { type TopicWords, topicOverlap } from './topic.js';

/** How many lines before the article are searched. */
const TITLE_WINDOW = 40;

/** Whether a line is shaped like a headline: a few words, no sentence-final full stop. */
function headlineShaped(text: string, f: LineFeatures): boolean {
  if (f.words < 3 || f.words > 30 || f.length > 250) return false;
  const last = text.charCodeAt(text.length - 1);
  // "…in the U.S." ends in an abbreviation, not a sentence: full stops only count after a
  // lower-case letter (see features.ts).
  if (last === 0x2e && f.sentenceMarks > 0) return false;
  return last !== 0x3a && last !== 0x2c && last !== 0x7c;
}

/**
 * Index of the title line among `candidates` (indices of lines before the article, in page
 * order, already cleared of furniture), or -1.
 */
export function findTitle(
  lines: readonly string[],
  features: readonly LineFeatures[],
  candidates: readonly number[],
  repeats: readonly number[],
  vocabulary: TopicWords,
  articleStart: number,
): number {
  let best = -1;
  let bestScore = 0;
  for (const i of candidates) {
    if (i < articleStart - TITLE_WINDOW) continue;
    const f = features[i] as LineFeatures;
    if (!headlineShaped(lines[i] as string, f)) continue;
    const overlap = topicOverlap(f.topicWords, vocabulary);
    if (f.topicWords.length === 0 || overlap < 0.3) continue;
    const closeness = 1 - (articleStart - i) / (TITLE_WINDOW + 1);
    const score = overlap + 0.3 * Math.min(2, (repeats[i] ?? 1) - 1) + 0.2 * closeness;
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  return best;
}
