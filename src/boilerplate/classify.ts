/**
 * The verdict on one line taken alone, jusText-style: `good` (a paragraph of prose), `near`
 * (a shorter sentence), `short` (a heading, a list item, a caption, a menu entry: context
 * decides) or `bad` (furniture by its wording, its script or its shape), with a score 0..1.
 *
 * @module
 * @internal
 */
import type { LineFeatures } from './features.js';
import type { PageProfile } from './page.js';
import type { PhraseMatch } from './phrases.js';
import { findDate } from './published.js';
import { isForeignLine } from './script-family.js';
import type { BlockReason } from './types.js';

/** The class of a line on its own. */
export type LineClass = 'good' | 'near' | 'short' | 'bad';

/** The verdict on one line. */
export interface LineVerdict {
  readonly lineClass: LineClass;
  readonly score: number;
  /** Why a `bad` line is bad; for a `short` line, what it would be dropped as. */
  readonly reason: BlockReason;
  /** Whether the line is a whole-line "comments" or "related" heading (ends the article). */
  readonly ending: boolean;
}

/** Words (CJK: character pairs) a line needs to count as a paragraph of prose. */
export const GOOD_WORDS = 10;
/** Words a sentence-like line needs to count as `near`. */
export const NEAR_WORDS = 5;

/** Headings over a list of the article's tags (by hand). */
const TAG_HEADINGS: ReadonlySet<string> = new Set([
  'tags',
  'tags:',
  'topics',
  'topics:',
  'filed under',
  'filed under:',
]);

function isTagHeading(text: string): boolean {
  return text.length <= 12 && TAG_HEADINGS.has(text.toLowerCase());
}

/** How article-like a line is on its own, 0..1. */
export function lineScore(f: LineFeatures, page: PageProfile): number {
  const lengthPart = Math.min(1, f.words / 30);
  const densityPart =
    page.stopDensity > 0 && f.cjkLetters === 0
      ? f.letterWords === 0
        ? 0
        : Math.min(1, f.stopWords / f.letterWords / (0.75 * page.stopDensity))
      : Math.min(1, (f.sentenceMarks + f.commas) / 2);
  const punctuationPart = f.endsSentence ? 1 : f.sentenceMarks > 0 ? 0.6 : 0.2;
  return Math.round((0.45 * lengthPart + 0.35 * densityPart + 0.2 * punctuationPart) * 1000) / 1000;
}

/** Classifies one line from its features, its text and the page profile. */
export function classifyLine(
  text: string,
  f: LineFeatures,
  phrase: PhraseMatch | null,
  page: PageProfile,
): LineVerdict {
  const score = lineScore(f, page);
  if (phrase) {
    // A one-word "More" or "Related" may be a menu entry or an inline box: only longer
    // "related" headings ("Popular posts from this blog") and comment headings end the article.
    // A "Tags" heading comes after the article's last line.
    const ending =
      phrase.whole &&
      (phrase.reason === 'comments' || (phrase.reason === 'related' && f.words >= 2) || isTagHeading(text));
    return { lineClass: 'bad', score: Math.min(score, 0.1), reason: phrase.reason, ending };
  }
  if (f.letters >= 2 && isForeignLine(f.script, f.scripts, page.script)) {
    return { lineClass: 'bad', score: Math.min(score, 0.1), reason: 'foreign-script', ending: false };
  }
  if (f.separators >= 2 && f.words < 4 * f.separators && !f.endsSentence) {
    return { lineClass: 'bad', score: Math.min(score, 0.2), reason: 'navigation', ending: false };
  }
  // A short line that is mostly a date or a time, or a dateline ("New Delhi | Updated : 7
  // March 2021, 08:12 AM"): a timestamp.
  if (f.words <= 8 && f.digits >= 4 && f.digits >= f.letters / 3) {
    return { lineClass: 'bad', score: Math.min(score, 0.1), reason: 'metadata', ending: false };
  }
  // (An embedded post's attribution, "— Jane Doe (@jane) November 18, 2019", is article.)
  const first = text.charCodeAt(0);
  const attribution = first === 0x2014 || first === 0x2013 || first === 0x2d;
  if (f.words <= 14 && f.digits >= 4 && !f.endsSentence && !attribution && findDate(text) !== null) {
    return { lineClass: 'bad', score: Math.min(score, 0.1), reason: 'metadata', ending: false };
  }
  const density = f.letterWords > 0 ? f.stopWords / f.letterWords : 0;
  const densityOk =
    page.stopDensity === 0 || f.cjkLetters > f.letters / 2 || density >= 0.5 * page.stopDensity;
  const densityFair =
    page.stopDensity === 0 || f.cjkLetters > f.letters / 2 || density >= 0.3 * page.stopDensity;
  const sentenceLike = f.endsSentence || f.sentenceMarks + f.commas >= 2;
  if (f.words >= GOOD_WORDS && densityOk && (sentenceLike || f.words >= 25)) {
    return { lineClass: 'good', score, reason: 'outside', ending: false };
  }
  if (f.words >= NEAR_WORDS && densityFair && (f.endsSentence || f.words >= GOOD_WORDS)) {
    return { lineClass: 'near', score, reason: 'outside', ending: false };
  }
  return { lineClass: 'short', score, reason: 'short', ending: false };
}
