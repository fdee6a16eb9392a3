/**
 * One pass of boilerplate stripping over a page's lines, top to bottom:
 *
 * 1. measure every line and the page (script, function-word density of its long lines);
 * 2. classify each line alone (furniture phrases, foreign script, menus, prose or short);
 * 3. mark tables of contents and lines repeated from earlier on the page;
 * 4. weigh the lines and keep the densest region of article text;
 * 5. inside it keep prose, headings and list items, drop furniture, unrelated headlines and
 *    (on request) template supplements; outside it drop everything;
 * 6. find the title before the region and the date near its top.
 *
 * @module
 * @internal
 */
import { classifyLine, type LineVerdict } from './classify.js';
import { type LineFeatures, measureLine } from './features.js';
import type { Line } from './lines.js';
import { profilePage } from './page.js';
import { matchPhrase, normaliseLine, type PhraseMatch } from './phrases.js';
import { findDate, metadataPrefixLength } from './published.js';
import { densestRegion } from './region.js';
import { supplementHeading } from './supplements.js';
import { findTitle } from './title.js';
import { findTableOfContents, repeatKey } from './toc.js';
import { topicOverlap } from './topic.js';
import type { BlockKind, BlockReason } from './types.js';

/** A line with what can be measured on it alone (kept across passes). */
export interface MeasuredLine extends Line {
  /** Index of the line among the page's non-blank lines. */
  readonly index: number;
  readonly features: LineFeatures;
  readonly phrase: PhraseMatch | null;
  /** See {@link repeatKey}. */
  readonly key: string;
}

/** Measures one line. */
export function measure(text: string, start: number, end: number, index: number): MeasuredLine {
  const features = measureLine(text);
  const normalised = text.length <= 160 ? normaliseLine(text) : '';
  return {
    text,
    start,
    end,
    index,
    features,
    phrase: matchPhrase(text, features.words, normalised),
    key: repeatKey(text, normalised),
  };
}

/** The decision on one line. */
export interface LineDecision {
  readonly kind: BlockKind;
  readonly reason?: BlockReason;
  readonly score: number;
}

/** The decisions of one pass. */
export interface PassResult {
  readonly decisions: LineDecision[];
  /** Index of the title line, or -1. */
  readonly title: number;
  /** ISO date, or null. */
  readonly published: string | null;
  /** Line index → length of a metadata prefix cut from its start. */
  readonly prefixes: ReadonlyMap<number, number>;
}

/** Resolved options. */
export interface PassOptions {
  readonly keepFaq: boolean;
  readonly keepKeyPoints: boolean;
  readonly minScore: number;
}

/** Region weight of a whole-line comments heading: the region never crosses it. */
const COMMENTS_WEIGHT = -1e9;
/** Region weight of a whole-line "related" heading: crossed when article text lies on both sides (an inline "Read more" box). */
const RELATED_WEIGHT = -600;

/** The share of the page's lines counted as its tail. */
const TAIL_SHARE = 0.1;
/** What prose in the tail weighs, relative to elsewhere. */
const TAIL_FACTOR = 0.5;

function weightOf(verdict: LineVerdict, f: LineFeatures): number {
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

/** Runs one pass over `lines`. */
export function decideLines(
  lines: readonly MeasuredLine[],
  options: PassOptions,
  findMeta: boolean,
): PassResult {
  const texts = lines.map((line) => line.text);
  const features = lines.map((line) => line.features);
  const page = profilePage(features);
  const verdicts = lines.map((line) => classifyLine(line.text, line.features, line.phrase, page));

  // Tables of contents, then repeats of earlier lines.
  const keys = lines.map((line) => line.key);
  const toc = findTableOfContents(
    keys,
    features.map((f) => f.letterWords),
    verdicts.map((v) => v.lineClass === 'good' || v.lineClass === 'near'),
  );
  const seen = new Map<string, number>();
  const repeated: boolean[] = [];
  const repeats = new Array<number>(lines.length).fill(1);
  for (let i = 0; i < lines.length; i++) {
    const key = keys[i] as string;
    const earlier = key === '' ? undefined : seen.get(key);
    // A sentence printed twice (a standfirst repeated as the first paragraph) stays: only
    // headline-like lines and long paragraphs printed twice (notices) count as repeats.
    const f = features[i] as LineFeatures;
    const sentence = f.words >= 8 && f.length <= 160 && (texts[i] as string).endsWith('.');
    repeated.push(earlier !== undefined && !toc[earlier] && !sentence);
    if (key === '') continue;
    if (earlier === undefined) seen.set(key, i);
    else repeats[earlier] = (repeats[earlier] ?? 1) + 1;
  }
  const adjusted: LineVerdict[] = verdicts.map((v, i) => {
    if (toc[i]) return { lineClass: 'bad', score: Math.min(v.score, 0.1), reason: 'toc', ending: false };
    if (repeated[i] && v.lineClass !== 'bad') {
      return { lineClass: 'bad', score: Math.min(v.score, 0.1), reason: 'repeated', ending: false };
    }
    return v;
  });

  const weights = adjusted.map((v, i) => weightOf(v, features[i] as LineFeatures));
  // Text in the page's last tenth is more often a footer, a bio or a notice than the article:
  // it weighs half.
  const tailStart = Math.floor(lines.length * (1 - TAIL_SHARE));
  for (let i = tailStart; i < lines.length; i++) {
    if ((weights[i] as number) > 0) weights[i] = (weights[i] as number) * TAIL_FACTOR;
  }
  const region = extendOverList(densestRegion(weights), lines, adjusted);

  // The article's vocabulary: topic words of its prose.
  const vocabulary = new Set<string>();
  for (let i = region.first; i < region.end; i++) {
    const v = adjusted[i] as LineVerdict;
    const prose =
      (v.lineClass === 'good' || v.lineClass === 'near') && (features[i] as LineFeatures).endsSentence;
    if (prose) for (const w of (features[i] as LineFeatures).topicWords) vocabulary.add(w);
  }

  const decisions: LineDecision[] = [];
  let supplement = false;
  let teasers = false;
  let inList = false;
  for (let i = 0; i < lines.length; i++) {
    const v = adjusted[i] as LineVerdict;
    const f = features[i] as LineFeatures;
    const text = texts[i] as string;
    if (i < region.first || i >= region.end) {
      decisions.push({ kind: 'boilerplate', reason: v.reason, score: v.score });
      continue;
    }
    // Items of a list the article introduces with a colon are not stray headlines.
    if (v.lineClass === 'good' || v.lineClass === 'bad') inList = false;
    if (text.endsWith(':')) inList = true;
    const opens = supplementHeading(text);
    if (opens === 'faq') supplement = !options.keepFaq;
    else if (opens === 'key-points') supplement = !options.keepKeyPoints;
    if (supplement) {
      decisions.push({ kind: 'boilerplate', reason: 'supplement', score: v.score });
      continue;
    }
    if (v.lineClass === 'bad') {
      // A "related" heading inside the region opens a list of teaser headlines.
      if (v.reason === 'related') teasers = true;
      decisions.push({ kind: 'boilerplate', reason: v.reason, score: v.score });
      continue;
    }
    // Teaser headlines may end in a question mark; the article resumes with a paragraph.
    if (teasers && !(v.lineClass === 'good' && f.endsSentence)) {
      decisions.push({ kind: 'boilerplate', reason: 'related', score: v.score });
      continue;
    }
    teasers = false;
    if (v.lineClass === 'short') {
      if (f.letters === 0) {
        decisions.push({ kind: 'boilerplate', reason: 'short', score: v.score });
        continue;
      }
      if (!inList && isStrayHeadline(f, vocabulary)) {
        decisions.push({ kind: 'boilerplate', reason: 'related', score: v.score });
        continue;
      }
      const heading = !f.endsSentence && f.words <= 20;
      decisions.push({ kind: heading ? 'heading' : 'content', score: v.score });
      continue;
    }
    if (!inList && !f.endsSentence && isStrayHeadline(f, vocabulary)) {
      decisions.push({ kind: 'boilerplate', reason: 'related', score: v.score });
      continue;
    }
    if (v.score < options.minScore) {
      decisions.push({ kind: 'boilerplate', reason: 'low-score', score: v.score });
      continue;
    }
    decisions.push({ kind: 'content', score: v.score });
  }

  let title = -1;
  let published: string | null = null;
  const prefixes = new Map<number, number>();
  if (findMeta && region.end > region.first) {
    const candidates: number[] = [];
    for (let i = 0; i < region.first; i++) {
      const v = adjusted[i] as LineVerdict;
      if (v.lineClass !== 'bad') candidates.push(i);
    }
    title = findTitle(texts, features, candidates, repeats, vocabulary, region.first);
    if (title >= 0) {
      decisions[title] = { kind: 'title', score: (decisions[title] as LineDecision).score };
      // Later copies of the title are repeats, wherever they stand.
      const key = keys[title] as string;
      for (let i = title + 1; i < lines.length; i++) {
        if (keys[i] === key && key !== '')
          decisions[i] = { kind: 'boilerplate', reason: 'repeated', score: 0 };
      }
    }
    published = findPublished(texts, features, decisions, region.first, prefixes);
  }
  return { decisions, title, published, prefixes };
}

/** Longest list taken in after a colon. */
const MAX_LIST_ITEMS = 60;

/**
 * A list the article introduces with a colon ("The tour dates:") right at the region's end is
 * part of the article: its short lines pull the region's weight down, so Kadane stops before
 * them. Extends the region over the short lines that follow such a line, up to the first
 * furniture line or paragraph of prose (prose would already be in the region if it belonged).
 */
function extendOverList(
  region: { first: number; end: number },
  lines: readonly MeasuredLine[],
  verdicts: readonly LineVerdict[],
): { first: number; end: number } {
  if (region.end <= region.first) return region;
  // The introducing line: the region's last line or one of the three after it.
  let intro = -1;
  for (let i = region.end - 1; i < Math.min(lines.length, region.end + 3); i++) {
    const text = (lines[i] as MeasuredLine).text;
    const v = verdicts[i] as LineVerdict;
    if (v.lineClass === 'bad') break;
    if (text.endsWith(':')) {
      intro = i;
      break;
    }
  }
  if (intro < 0) return region;
  let end = intro + 1;
  while (end < lines.length && end <= intro + MAX_LIST_ITEMS) {
    const v = verdicts[end] as LineVerdict;
    if (v.lineClass === 'bad' || v.lineClass === 'good') break;
    end++;
  }
  return end > region.end ? { first: region.first, end } : region;
}

/**
 * A short capitalised line of six words or more inside the article whose words the article
 * does not use: another story's headline (a "read also" link without its label).
 */
function isStrayHeadline(f: LineFeatures, vocabulary: ReadonlySet<string>): boolean {
  if (f.endsSentence || f.letterWords < 6 || f.capitalised < 0.5 * f.letterWords) return false;
  return topicOverlap(f.topicWords, vocabulary) < 0.5;
}

/** Lines before the article searched for its date. */
const DATE_WINDOW = 12;

/**
 * The date on a metadata line just before the article (or in a prefix of its first
 * paragraph, which is then cut from the body).
 */
function findPublished(
  texts: readonly string[],
  features: readonly LineFeatures[],
  decisions: LineDecision[],
  first: number,
  prefixes: Map<number, number>,
): string | null {
  const firstKept = decisions.findIndex(
    (d, i) => i >= first && (d.kind === 'content' || d.kind === 'heading'),
  );
  if (firstKept >= 0) {
    const text = texts[firstKept] as string;
    const cut = metadataPrefixLength(text);
    if (cut > 0) {
      prefixes.set(firstKept, cut);
      return findDate(text, cut)?.iso ?? null;
    }
  }
  for (let i = first - 1; i >= 0 && i >= first - DATE_WINDOW; i--) {
    const f = features[i] as LineFeatures;
    if (f.words > 16 || (decisions[i] as LineDecision).kind === 'title') continue;
    const found = findDate(texts[i] as string);
    if (found) {
      decisions[i] = { kind: 'boilerplate', reason: 'metadata', score: (decisions[i] as LineDecision).score };
      return found.iso;
    }
  }
  return null;
}
