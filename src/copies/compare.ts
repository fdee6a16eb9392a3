/**
 * The comparison of two profiles, top to bottom: exact and near duplicates by word sequence,
 * the sentence alignment, the signals and score, the relation, the changes between aligned
 * sentences, and which side is the original.
 *
 * @module
 * @internal
 */
import type { Span } from '../types.js';
import { alignedShareBound, alignSentences, type Bead } from './align.js';
import { artefactWeight, findArtefacts, ORIGINAL_MARGIN } from './artefacts.js';
import { findChanges } from './changes.js';
import { type Profile, remember } from './features.js';
import { hashLowerCase } from './hash.js';
import { isCrossLingual } from './language.js';
import { findQuotes } from './quotes.js';
import { measureReuse, type TextReuse } from './reuse.js';
import { ALIGNED_SIMILARITY, anchorsInPlace, measureSignals, sharedValues } from './signals.js';
import { CHAR, NUMBER, WORD } from './tokens.js';
import type { AlignedSentences, CompareOptions, CopyComparison, CopyRelation, CopySignals } from './types.js';

/** Default score at or above which a pair is a copy. */
export const DEFAULT_THRESHOLD = 0.5;
/** Default score at or above which a non-copy is `related`. */
export const DEFAULT_RELATED_THRESHOLD = 0.1;
/**
 * An edited copy: at least this share of one text's words (outside quotations) stand in sentences
 * it keeps from the other (see `reuse.ts`), and at least this many words.
 */
const EDITED_COPY_KEPT = 0.4;
const EDITED_COPY_WORDS = 20;
/**
 * …and at least this share of all its words, quotations included, stand in sentences it keeps: a
 * text made mostly of quotations that shares a sentence or two of its own with another is not a
 * copy of it. A little under `EDITED_COPY_KEPT`, since an edit often rewrites a quotation's
 * sentence around it (one edited reprint of the 659 English dev pages keeps 0.38; the pages of a
 * million-document bench run that shared one sentence by chance kept 0.31–0.35, one 0.40).
 */
const EDITED_COPY_KEPT_WITH_QUOTES = 0.35;
/** Shown as aligned between texts that are not copies only when this alike. */
const NON_COPY_ALIGNMENT = 0.5;
/** A shared quote must have at least this many words to make two texts `related`. */
const SHARED_QUOTE_WORDS = 5;
/**
 * Anchor containment (shared names and numbers over the smaller set plus two) from which two
 * texts that are not copies report the same story: `related`.
 */
const SAME_STORY_ANCHORS = 0.4;
/**
 * A translation must have its shared anchors in place (see `anchorsInPlace`): in at least this
 * many sentences, and for at least this share of the shared anchors. Shared names and numbers
 * alone are what every report of one story, in any language, has in common.
 */
const TRANSLATION_ANCHOR_SENTENCES = 2;
const TRANSLATION_ANCHORS_IN_PLACE = 0.5;
/** A retranslation aligns at least this share of sentences and shares this share of content words. */
const RETRANSLATION_ALIGNED = 0.6;
const RETRANSLATION_CONTAINED = 0.3;
/** A cross-lingual score from which the anchors' places are not checked (it is never reached by chance). */
const TRANSLATION_SURE = 0.9;

/** Lower-cased word, number and CJK tokens, hashed, in order: the text's word sequence. */
function wordSequence(profile: Profile): Uint32Array {
  const out: number[] = [];
  for (const t of profile.tokens) {
    if (t.kind === WORD || t.kind === NUMBER || t.kind === CHAR) {
      out.push(hashLowerCase(profile.text, t.start, t.end));
    }
  }
  return Uint32Array.from(out);
}

function sameSequence(a: Uint32Array, b: Uint32Array): boolean {
  if (a.length !== b.length || a.length === 0) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Whether the texts share a quote of at least {@link SHARED_QUOTE_WORDS} words, word for word. */
function shareQuote(a: Profile, b: Profile): boolean {
  const keyOf = (profile: Profile): Set<string> => {
    const keys = new Set<string>();
    let k = 0;
    for (const q of remember(profile, 'quotes', () => findQuotes(profile.text))) {
      while (k < profile.tokens.length && profile.tokens[k]!.start < q.start) k++;
      const words: string[] = [];
      for (let j = k; j < profile.tokens.length && profile.tokens[j]!.start < q.end; j++) {
        const t = profile.tokens[j]!;
        if (t.kind !== WORD && t.kind !== NUMBER) continue;
        words.push(profile.text.slice(t.start, t.end).toLowerCase());
      }
      if (words.length >= SHARED_QUOTE_WORDS) keys.add(words.join(' '));
    }
    return keys;
  };
  const inA = keyOf(a);
  if (inA.size === 0) return false;
  for (const key of keyOf(b)) if (inA.has(key)) return true;
  return false;
}

/**
 * A retranslation says the same thing nearly sentence by sentence: most sentences of both texts
 * align with a partner that shares their content, and most content words are shared. Two reports
 * of one event share the event's words but align only here and there.
 */
function rewordedSentenceBySentence(signals: CopySignals): boolean {
  return signals.alignedShare >= RETRANSLATION_ALIGNED && signals.wordContainment >= RETRANSLATION_CONTAINED;
}

function translationAnchorsAgree(a: Profile, b: Profile, score: number): boolean {
  if (score >= TRANSLATION_SURE) return true;
  const placed = anchorsInPlace(a, b);
  return placed.sentences >= TRANSLATION_ANCHOR_SENTENCES && placed.share >= TRANSLATION_ANCHORS_IN_PLACE;
}

function sideSpan(profile: Profile, from: number, to: number): Span {
  const start = profile.sentences[from]?.start ?? 0;
  const end = profile.sentences[to - 1]?.end ?? start;
  return { text: profile.text.slice(start, end), start, end };
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

/**
 * What a comparison measures before the sentence alignment, the same whichever text comes first:
 * whether the texts are one word sequence, and how many sentences one keeps from the other.
 */
export interface Preliminaries {
  readonly duplicate: boolean;
  readonly reuse: TextReuse;
}

/** The {@link Preliminaries} of a pair, shared by {@link couldBeCopy} and {@link compareProfiles}. */
export function preliminaries(a: Profile, b: Profile): Preliminaries {
  const sequenceA = remember(a, 'word-sequence', () => wordSequence(a));
  const sequenceB = remember(b, 'word-sequence', () => wordSequence(b));
  return { duplicate: sameSequence(sequenceA, sequenceB), reuse: measureReuse(a, b) };
}

/**
 * Whether a pair can come out a copy at all, decided without the sentence alignment: a duplicate or
 * a pair that keeps sentences can; across languages anything may; within one language a pair can
 * only be a retranslation, which needs 30% of content words shared and 60% of sentences alignable
 * (an upper bound, see `alignedShareBound`). The copy index asks this before the full comparison,
 * whose alignment is most of its cost, and hands the same preliminaries on to it.
 */
export function couldBeCopy(a: Profile, b: Profile, pre: Preliminaries = preliminaries(a, b)): boolean {
  if (a.tokens.length === 0 || b.tokens.length === 0) return false;
  if (pre.duplicate || pre.reuse.kept >= EDITED_COPY_KEPT) return true;
  const shared = sharedValues(a.words, b.words);
  const union = a.words.length + b.words.length - shared;
  if (isCrossLingual(a, b, union > 0 ? shared / union : 0)) return true;
  if (shared / Math.max(1, Math.min(a.words.length, b.words.length)) < RETRANSLATION_CONTAINED) return false;
  return alignedShareBound(a, b, ALIGNED_SIMILARITY, RETRANSLATION_ALIGNED) >= RETRANSLATION_ALIGNED;
}

/**
 * Compares two profiles. Callers pass them in a canonical order (see `compareDocuments`) so the
 * score does not depend on argument order.
 */
export function compareProfiles(
  a: Profile,
  b: Profile,
  options: CompareOptions = {},
  pre: Preliminaries = preliminaries(a, b),
): CopyComparison {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const relatedThreshold = options.relatedThreshold ?? DEFAULT_RELATED_THRESHOLD;
  const { duplicate, reuse } = pre;
  // An edited copy keeps sentences word for word: cut, trimmed, extended or reordered, it is a
  // near-duplicate, however it scores; a rewording (retranslation) keeps few sentences whole.
  // Quotations are left out of what is kept (two reporters share a speaker's words, not each
  // other's text) but not out of the text's size: a text made mostly of quotations keeps little
  // of itself when it shares one sentence of its own.
  const keepsSentences =
    !duplicate && reuse.kept >= EDITED_COPY_KEPT && reuse.keptWithQuotes >= EDITED_COPY_KEPT_WITH_QUOTES;
  let nearDuplicate = keepsSentences && reuse.keptWords >= EDITED_COPY_WORDS;

  const beads: Bead[] = alignSentences(a, b);
  const provisional = measureSignals(a, b, beads, false);
  const crossLingual =
    !duplicate &&
    !nearDuplicate &&
    a.tokens.length > 0 &&
    b.tokens.length > 0 &&
    isCrossLingual(a, b, provisional.wordJaccard);
  const signals = { ...provisional, crossLingual };
  // Anchors are shared by every report of one story, so they only decide across languages.
  let score = crossLingual ? signals.crossLingualScore : signals.monolingualScore;
  // A text with nothing to compare (empty, blank, punctuation only) is a copy of nothing.
  if (a.tokens.length === 0 || b.tokens.length === 0) score = 0;
  if (duplicate) score = 1;
  else if (nearDuplicate) score = Math.max(score, threshold, 0.5 + reuse.kept / 2);
  score = round(Math.min(1, Math.max(0, score)));

  // A copy by its score that keeps sentences word for word is an edited copy, however short.
  if (keepsSentences && !crossLingual && score >= threshold) nearDuplicate = true;
  let relation: CopyRelation;
  if (duplicate) relation = 'duplicate';
  else if (nearDuplicate) relation = 'near-duplicate';
  else if (score >= threshold && crossLingual && !translationAnchorsAgree(a, b, score)) relation = 'related';
  else if (score >= threshold && !crossLingual && !rewordedSentenceBySentence(signals)) relation = 'related';
  else if (score >= threshold) relation = crossLingual ? 'translation' : 'retranslation';
  else if (score >= relatedThreshold || signals.anchorContainment >= SAME_STORY_ANCHORS || shareQuote(a, b)) {
    relation = 'related';
  } else relation = 'unrelated';
  const isCopy = relation !== 'related' && relation !== 'unrelated';

  const shown = beads.filter((bead) =>
    isCopy ? bead.similarity > 0 || bead.lengthAgreement >= 0.05 : bead.similarity >= NON_COPY_ALIGNMENT,
  );
  const alignment: AlignedSentences[] = shown.map((bead) => ({
    a: sideSpan(a, bead.aStart, bead.aEnd),
    b: sideSpan(b, bead.bStart, bead.bEnd),
    similarity: round(bead.similarity),
  }));
  const sameLanguage = !crossLingual;
  const changes =
    relation === 'duplicate' || relation === 'unrelated' ? [] : findChanges(a, b, shown, sameLanguage);

  let original: 'a' | 'b' | null = null;
  let evidence: CopyComparison['evidence'] = { a: [], b: [] };
  if (isCopy) {
    evidence = { a: findArtefacts(a, b, sameLanguage), b: findArtefacts(b, a, sameLanguage) };
    const weightA = artefactWeight(evidence.a);
    const weightB = artefactWeight(evidence.b);
    if (weightA >= weightB + ORIGINAL_MARGIN) original = 'b';
    else if (weightB >= weightA + ORIGINAL_MARGIN) original = 'a';
  }
  return {
    relation,
    isCopy,
    score,
    original,
    evidence,
    alignment,
    changes,
    signals: {
      ...signals,
      wordJaccard: round(signals.wordJaccard),
      wordContainment: round(signals.wordContainment),
      anchorJaccard: round(signals.anchorJaccard),
      anchorContainment: round(signals.anchorContainment),
      alignedShare: round(signals.alignedShare),
      lengthAgreement: round(signals.lengthAgreement),
      anchoredShare: round(signals.anchoredShare),
      monolingualScore: round(signals.monolingualScore),
      crossLingualScore: round(signals.crossLingualScore),
    },
  };
}

/**
 * Compares two profiles in the canonical order (by text), so the score is the same whichever comes
 * first, and returns the sides in argument order. `pre` must have been measured in that order.
 */
export function compareInOrder(
  a: Profile,
  b: Profile,
  options: CompareOptions = {},
  pre?: Preliminaries,
): CopyComparison {
  return a.text <= b.text
    ? compareProfiles(a, b, options, pre)
    : swapSides(compareProfiles(b, a, options, pre));
}

/** The same comparison with every `a` and `b` swapped, for callers who passed the texts the other way. */
export function swapSides(result: CopyComparison): CopyComparison {
  return {
    ...result,
    original: result.original === 'a' ? 'b' : result.original === 'b' ? 'a' : null,
    evidence: { a: result.evidence.b, b: result.evidence.a },
    alignment: result.alignment.map((p) => ({ a: p.b, b: p.a, similarity: p.similarity })),
    changes: result.changes.map((c) => ({ kind: c.kind, a: c.b, b: c.a })),
  };
}
