/**
 * Result and option types of copy detection.
 *
 * @module
 */
import type { Span } from '../types.js';

/**
 * How two texts relate:
 * - `duplicate`: the same body (same words in the same order; spacing, case and punctuation aside);
 * - `near-duplicate`: an edited copy (most word 5-grams shared);
 * - `retranslation`: the same text in the same language with different wording (a copy laundered
 *   through machine translation, or two translations of one source);
 * - `translation`: the same text in two languages;
 * - `related`: not a copy, but the same story or shared quotes (independent text);
 * - `unrelated`: nothing in common worth reporting.
 *
 * @example
 * ```ts
 * const relation: CopyRelation = 'retranslation';
 * ```
 */
export type CopyRelation =
  | 'duplicate'
  | 'near-duplicate'
  | 'retranslation'
  | 'translation'
  | 'related'
  | 'unrelated';

/**
 * A range of the caller's text to compare (half-open UTF-16 offsets), as returned by
 * {@link CompareOptions.body}.
 *
 * @example
 * ```ts
 * const range: TextRange = { start: 120, end: 4_200 };
 * ```
 */
export interface TextRange {
  /** Offset of the first UTF-16 code unit (inclusive). */
  readonly start: number;
  /** Offset after the last UTF-16 code unit (exclusive). */
  readonly end: number;
}

/**
 * Options of {@link compareDocuments}.
 *
 * @example
 * ```ts
 * compareDocuments(a, b, { threshold: 0.6 });
 * ```
 */
export interface CompareOptions {
  /**
   * The parts of a text to compare. Called once per text; the ranges must lie inside the text
   * (they are clamped and sorted). Offsets in the result stay offsets into the full text. By
   * default pages are compared by their articles: the blocks `stripBoilerplate` keeps (see
   * `articleRanges`). Pass `null` to compare whole texts (faster, for texts that are already
   * article bodies), or a function of your own.
   * @default articleRanges
   */
  readonly body?: ((text: string) => readonly TextRange[]) | null;
  /**
   * The score at or above which a pair is a copy. The default was tuned on public
   * translation data so that precision and recall balance.
   * @default 0.5
   */
  readonly threshold?: number;
  /**
   * The score at or above which a pair that is not a copy is `related` rather than `unrelated`
   * (a pair that shares a quote is `related` whatever its score).
   * @default 0.1
   */
  readonly relatedThreshold?: number;
}

/**
 * One pair of aligned sentences (or of one sentence and two, when a sentence was split or merged).
 * The `a` span is in the first text, the `b` span in the second.
 *
 * @example
 * ```ts
 * const pair: AlignedSentences = {
 *   a: { text: 'Money works as a charm.', start: 10, end: 33 },
 *   b: { text: 'Money works like a charm.', start: 12, end: 37 },
 *   similarity: 0.67,
 * };
 * ```
 */
export interface AlignedSentences {
  /** The sentence(s) of text `a`. */
  readonly a: Span;
  /** The sentence(s) of text `b`. */
  readonly b: Span;
  /**
   * How alike the two sides are, 0..1: the Dice overlap of their content stems, names and numbers
   * (of names and numbers only when the texts are in different languages).
   */
  readonly similarity: number;
}

/**
 * Something that differs between two aligned sentences: a number, a name or a quote present
 * on one side and different or missing on the other. `a` or `b` is null when the item has no
 * counterpart on that side.
 *
 * @example
 * ```ts
 * const change: CopyChange = {
 *   kind: 'number',
 *   a: { text: '800,000', start: 40, end: 47 },
 *   b: { text: '80,000', start: 38, end: 44 },
 * };
 * ```
 */
export interface CopyChange {
  /** What changed. */
  readonly kind: 'number' | 'name' | 'quote';
  /** The item in text `a`, or null when `a` has none here. */
  readonly a: Span | null;
  /** The item in text `b`, or null when `b` has none here. */
  readonly b: Span | null;
}

/**
 * A trace a copying step leaves in a text, used to tell the copy from the original:
 * - `broken-quote`: a quotation mark facing the wrong way or left unclosed (translation systems
 *   mangle quotation marks);
 * - `lowercased-name`: a word the other text capitalises inside sentences (a name) written in
 *   lower case here ("60 minutes" for "60 Minutes");
 * - `mangled-name`: a name the other text writes in title case written in capitals here ("XI" for "Xi");
 * - `lost-link-text`: an article followed directly by punctuation or another function word, or two
 *   words glued together ("from the, which", "reviewWho"): a link's text went missing when the page
 *   was scraped. Weak evidence: scrapers lose link texts from originals too.
 *
 * @example
 * ```ts
 * const artefact: CopyArtefact = { kind: 'mangled-name', text: 'XI', start: 1210, end: 1212 };
 * ```
 */
export interface CopyArtefact extends Span {
  /** Which kind of trace. */
  readonly kind: 'broken-quote' | 'lowercased-name' | 'mangled-name' | 'lost-link-text';
}

/**
 * The numbers behind a comparison's score, for users who want to apply their own thresholds.
 *
 * @example
 * ```ts
 * const signals: CopySignals = {
 *   wordJaccard: 0.55, wordContainment: 0.7, anchorJaccard: 0.6, anchorContainment: 0.8,
 *   alignedShare: 0.9, lengthAgreement: 1, anchoredShare: 0.8, crossLingual: false,
 *   monolingualScore: 0.99, crossLingualScore: 0.98,
 * };
 * ```
 */
export interface CopySignals {
  /** Jaccard similarity of the two sets of content stems, CJK bigrams and numbers. */
  readonly wordJaccard: number;
  /** The same overlap divided by the smaller set's size. */
  readonly wordContainment: number;
  /** Jaccard similarity of the two sets of anchors (numbers, names, URLs). */
  readonly anchorJaccard: number;
  /** Shared anchors divided by the smaller anchor set's size plus two (small sets count for less). */
  readonly anchorContainment: number;
  /** Share of sentences (both texts) in aligned pairs whose similarity is at least 0.3. */
  readonly alignedShare: number;
  /** Share of sentences (both texts) in aligned pairs whose lengths agree (Gale & Church). */
  readonly lengthAgreement: number;
  /** Among aligned pairs holding anchors, the share whose anchors mostly agree. */
  readonly anchoredShare: number;
  /** Whether the texts are in different languages (or scripts). */
  readonly crossLingual: boolean;
  /** The score from word overlap and alignment alone. */
  readonly monolingualScore: number;
  /** The score from language-independent anchors and sentence lengths alone. */
  readonly crossLingualScore: number;
}

/**
 * What {@link compareDocuments} found.
 *
 * @example
 * ```ts
 * const result = compareDocuments(copy, original);
 * result.relation; // 'retranslation'
 * result.original; // 'b'
 * ```
 */
export interface CopyComparison {
  /** How the texts relate. */
  readonly relation: CopyRelation;
  /** Whether one text is a copy of the other (`duplicate`, `near-duplicate`, `retranslation`, `translation`). */
  readonly isCopy: boolean;
  /** 0..1, higher = more likely a copy; the same whichever text is passed first. */
  readonly score: number;
  /**
   * Which text is the original, when the evidence says so: the one with clearly fewer copying
   * artefacts (see {@link CopyArtefact}). Null when it cannot be told (and always for non-copies,
   * duplicates and translations).
   */
  readonly original: 'a' | 'b' | null;
  /** The copying artefacts found in each text (only computed for copies). */
  readonly evidence: {
    /** Artefacts found in text `a` (spans index `a`). */
    readonly a: readonly CopyArtefact[];
    /** Artefacts found in text `b` (spans index `b`). */
    readonly b: readonly CopyArtefact[];
  };
  /** The aligned sentence pairs, in text order (for non-copies, only pairs that are clearly alike). */
  readonly alignment: readonly AlignedSentences[];
  /** Numbers, names and quotes that differ between aligned sentences. */
  readonly changes: readonly CopyChange[];
  /** The measurements behind the score. */
  readonly signals: CopySignals;
}
