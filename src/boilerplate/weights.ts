/**
 * Region weights: how much each line pulls the article's region towards itself. Paragraphs
 * weigh their length, sentences a third of it, short lines a little below zero, furniture well
 * below, a comment section's heading so much that the region never crosses it, and prose in the
 * page's last tenth (footers, bios, notices) half as much.
 *
 * @module
 * @internal
 */
import type { LineVerdict } from './classify.js';
import type { LineFeatures } from './features.js';

/** Region weight of a whole-line comments heading: the region never crosses it. */
const COMMENTS_WEIGHT = -1e9;
/** Region weight of a whole-line "related" heading: crossed when article text lies on both sides (an inline "Read more" box). */
const RELATED_WEIGHT = -600;

/** The share of the page's lines counted as its tail. */
const TAIL_SHARE = 0.1;
/** What prose in the tail weighs, relative to elsewhere. */
const TAIL_FACTOR = 0.5;

export function weightOf(verdict: LineVerdict, f: LineFeatures): number {
  if (verdict.ending) return verdict.reason === 'comments' ? COMMENTS_WEIGHT : RELATED_WEIGHT;
  const length = f.cjkLetters > 0 ? f.length * 2 : f.length;
  switch (verdict.lineClass) {
    case 'good':
      return length;
    case 'near':
      // Headline lists are ten-word lines without a full stop: no pull on the region.
      return f.endsSentence ? 0.3 * length : -10;
    case 'short':
      return -30;
    default:
      // A table of contents or a repeated line may sit inside the article: it must not split it.
      if (verdict.reason === 'toc' || verdict.reason === 'repeated') return -30;
      // Furniture weighs heavily: a menu or a share bar between two texts separates them.
      return -(150 + Math.min(length, 200));
  }
}

/** The most a run of consecutive furniture lines weighs against the region, in total. */
const FURNITURE_RUN_CAP = 400;

/** The most a run of consecutive short lines weighs against the region, in total. */
const SHORT_RUN_CAP = 400;

/** The weight of every line of a page, the tail discount applied. */
export function regionWeights(verdicts: readonly LineVerdict[], features: readonly LineFeatures[]): number[] {
  const weights = verdicts.map((v, i) => weightOf(v, features[i] as LineFeatures));
  // Text in the page's last tenth is more often a footer, a bio or a notice than the article:
  // it weighs half.
  const tailStart = Math.floor(weights.length * (1 - TAIL_SHARE));
  for (let i = tailStart; i < weights.length; i++) {
    if ((weights[i] as number) > 0) weights[i] = (weights[i] as number) * TAIL_FACTOR;
  }
  // A run of furniture lines counts once, up to a cap: an inline newsletter box of three lines
  // between the lead and the rest must not outweigh the lead, while a long menu is no more of a
  // barrier than a short one (the article's text is on one side of it only).
  let run = 0;
  for (let i = 0; i < weights.length; i++) {
    const v = verdicts[i] as LineVerdict;
    if (v.lineClass !== 'bad' || v.ending) {
      run = 0;
      continue;
    }
    if (run + (weights[i] as number) < -FURNITURE_RUN_CAP) weights[i] = Math.min(0, -FURNITURE_RUN_CAP - run);
    run += weights[i] as number;
  }
  // A run of short lines (a table's cells, a list of features) likewise counts once, up to its
  // own cap: a table between two paragraphs of the article must not split it, while a menu of
  // any length still outweighs a stray line of text next to it.
  let shortRun = 0;
  for (let i = 0; i < weights.length; i++) {
    const v = verdicts[i] as LineVerdict;
    const w = weights[i] as number;
    const isShortLike =
      w < 0 &&
      (v.lineClass === 'short' || v.lineClass === 'near' || v.reason === 'toc' || v.reason === 'repeated');
    if (!isShortLike) {
      shortRun = 0;
      continue;
    }
    if (shortRun + w < -SHORT_RUN_CAP) weights[i] = Math.min(0, -SHORT_RUN_CAP - shortRun);
    shortRun += weights[i] as number;
  }
  return weights;
}
