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
import { extendOverPosts } from './embedded.js';
import { type LineFeatures, measureLine } from './features.js';
import type { Line } from './lines.js';
import { extendOverList } from './list.js';
import { weighNumberedLists } from './numbered.js';
import { profilePage } from './page.js';
import { matchPhrase, normaliseLine, type PhraseMatch } from './phrases.js';
import { findPublished } from './published.js';
import { densestRegion } from './region.js';
import { isStrayHeadline } from './stray.js';
import { supplementHeading } from './supplements.js';
import { commentThreadStart } from './thread.js';
import { findTitle } from './title.js';
import { comparableKeys, findTableOfContents, MAX_REPEAT_LENGTH, repeatKey } from './toc.js';
import { type TopicWords, Vocabulary } from './topic.js';
import type { BlockKind, BlockReason } from './types.js';
import { regionWeights } from './weights.js';

/** A line with what can be measured on it alone (kept across passes). */
export interface MeasuredLine extends Line {
  /** Index of the line among the page's non-blank lines. */
  readonly index: number;
  readonly features: LineFeatures;
  readonly phrase: PhraseMatch | null;
  /** The line normalised for phrase matching ({@link normaliseLine}); '' for lines over {@link MAX_REPEAT_LENGTH} characters. */
  readonly normal: string;
  /** See {@link repeatKey}. */
  readonly key: string;
}

/** Measures one line. */
export function measure(text: string, start: number, end: number, index: number): MeasuredLine {
  const lower = text.toLowerCase();
  const features = measureLine(text, lower);
  // Normalised once: phrase matching, repeat keys and supplement headings all read it (none of
  // them a paragraph's normal form).
  // (Up to the length of a repeat key: matchPhrase normalises a longer line itself, and only
  // when it needs to.)
  const normal = text.length <= MAX_REPEAT_LENGTH ? normaliseLine(text, lower) : '';
  return {
    text,
    start,
    end,
    index,
    features,
    phrase: matchPhrase(text, features.words, normal, lower),
    normal,
    key: repeatKey(text, normal),
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

/**
 * Whether line `i` stands between two paragraphs (the nearest lines that are not furniture on
 * both sides are prose): where a stray headline is dropped, as opposed to a question-and-answer
 * list or a run of headings.
 */
function betweenParagraphs(verdicts: readonly LineVerdict[], i: number): boolean {
  return proseFrom(verdicts, i - 1, -1) && proseFrom(verdicts, i + 1, 1);
}

/**
 * Whether the nearest line from `k` on, in direction `step`, that is not furniture is prose. (A
 * module function, not a closure: a closure would be made at every call.)
 */
function proseFrom(verdicts: readonly LineVerdict[], k: number, step: number): boolean {
  let at = k;
  while (at >= 0 && at < verdicts.length && (verdicts[at] as LineVerdict).lineClass === 'bad') at += step;
  return (verdicts[at] as LineVerdict | undefined)?.lineClass === 'good';
}

/** Words of the paragraph that ends a teaser list (teaser headlines are shorter). */
const PARAGRAPH_WORDS = 15;

/** Lines after a kept line within which a copy of it marks a teaser card. */
const CARD_GAP = 2;
/** Words of a teaser card's summary at most (one sentence). */
const SUMMARY_WORDS = 40;

/**
 * A teaser card for another story, set inside the article, prints its headline twice (under the
 * picture's link and as the text link), with at most a section label between: a kept line that
 * is repeated right after itself is such a headline, not the article's text.
 */
function markTeaserCards(
  decisions: LineDecision[],
  features: readonly LineFeatures[],
  keys: readonly string[],
  repeated: readonly boolean[],
  first: number,
  end: number,
): void {
  for (let i = first; i < end; i++) {
    const decision = decisions[i] as LineDecision;
    if ((decision.kind !== 'content' && decision.kind !== 'heading') || keys[i] === '') continue;
    for (let j = i + 1; j <= i + CARD_GAP && j < decisions.length; j++) {
      if (repeated[j] && keys[j] === keys[i]) {
        decisions[i] = { kind: 'boilerplate', reason: 'related', score: decision.score };
        // The card's one-sentence summary, right under the headline's copy.
        const summary = decisions[j + 1];
        const f = features[j + 1];
        if (
          summary !== undefined &&
          f !== undefined &&
          (summary.kind === 'content' || summary.kind === 'heading') &&
          f.words <= SUMMARY_WORDS &&
          f.sentenceMarks <= 1
        ) {
          decisions[j + 1] = { kind: 'boilerplate', reason: 'related', score: summary.score };
        }
        break;
      }
      const next = decisions[j] as LineDecision;
      if (next.kind === 'content' || next.kind === 'heading') break;
    }
  }
}

/**
 * The densest region of article text, never among the comments of a comment thread when the
 * page has article text before it: readers' comments are prose too, often more of it than the
 * article.
 */
function articleRegion(
  weights: number[],
  lines: readonly MeasuredLine[],
  features: readonly LineFeatures[],
  verdicts: readonly LineVerdict[],
): { first: number; end: number } {
  const thread = commentThreadStart(
    lines,
    features.map((f) => f.words),
    verdicts,
  );
  if (thread < 0) return densestRegion(weights);
  const beforeThread = densestRegion(weights.slice(0, thread));
  return beforeThread.end > beforeThread.first ? beforeThread : densestRegion(weights);
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
  const keys = comparableKeys(lines.map((line) => line.key));
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

  const weights = regionWeights(adjusted, features);
  weighNumberedLists(weights, lines, features, adjusted);
  const region = extendOverPosts(
    extendOverList(articleRegion(weights, lines, features, adjusted), lines, adjusted),
    lines,
    adjusted,
  );

  // The article's vocabulary: topic words of its prose. Built when first asked: only stray
  // headlines and title candidates are, and most passes over an article meet neither.
  let built: Vocabulary | null = null;
  const buildVocabulary = (): Vocabulary => {
    const words = new Vocabulary();
    for (let i = region.first; i < region.end; i++) {
      const v = adjusted[i] as LineVerdict;
      const prose =
        (v.lineClass === 'good' || v.lineClass === 'near') && (features[i] as LineFeatures).endsSentence;
      if (prose) for (const w of (features[i] as LineFeatures).topicWords) words.add(w);
    }
    return words;
  };
  const vocabulary: TopicWords = {
    has: (word) => {
      built ??= buildVocabulary();
      return built.has(word);
    },
  };

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
    const opens = supplementHeading(text, (lines[i] as MeasuredLine).normal);
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
    if (teasers && !(v.lineClass === 'good' && f.endsSentence && f.words >= PARAGRAPH_WORDS)) {
      decisions.push({ kind: 'boilerplate', reason: 'related', score: v.score });
      continue;
    }
    teasers = false;
    if (v.lineClass === 'short') {
      if (f.letters === 0) {
        decisions.push({ kind: 'boilerplate', reason: 'short', score: v.score });
        continue;
      }
      if (!inList && betweenParagraphs(adjusted, i) && isStrayHeadline(f, vocabulary)) {
        decisions.push({ kind: 'boilerplate', reason: 'related', score: v.score });
        continue;
      }
      const heading = !f.endsSentence && f.words <= 20;
      decisions.push({ kind: heading ? 'heading' : 'content', score: v.score });
      continue;
    }
    if (!inList && !f.endsSentence && betweenParagraphs(adjusted, i) && isStrayHeadline(f, vocabulary)) {
      decisions.push({ kind: 'boilerplate', reason: 'related', score: v.score });
      continue;
    }
    if (v.score < options.minScore) {
      decisions.push({ kind: 'boilerplate', reason: 'low-score', score: v.score });
      continue;
    }
    decisions.push({ kind: 'content', score: v.score });
  }

  markTeaserCards(decisions, features, keys, repeated, region.first, region.end);

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
