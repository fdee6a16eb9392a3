/**
 * The measurements a comparison rests on, and the score they make: overlap of the feature sets,
 * and three shares read off the sentence alignment. See `CopySignals` for each field.
 *
 * @module
 * @internal
 */
import type { Bead } from './align.js';
import { CROSS_LINGUAL_WEIGHTS, MONOLINGUAL_WEIGHTS } from './data/weights.js';
import { type Profile, remember } from './features.js';
import { NUMBER, URL } from './tokens.js';
import type { CopySignals } from './types.js';

/** A bead is aligned when its sides share at least this much. */
export const ALIGNED_SIMILARITY = 0.3;
/** A bead's lengths agree when Gale & Church's two-sided tail probability is above this. */
export const LENGTH_AGREEMENT = 0.2;
/** A bead's anchors agree when their Dice overlap reaches this. */
export const ANCHOR_AGREEMENT = 0.5;

/** Shared anchors stand in place when their first mentions are this close (share of the text). */
const IN_PLACE = 0.15;

/**
 * Where each anchor (name, number of two or more digits, URL) is first mentioned, as the share of
 * the text's sentences before it (0..1), keyed by kind and normalised form.
 */
function anchorPlaces(profile: Profile): Map<string, number> {
  const places = new Map<string, number>();
  const sentences = Math.max(1, profile.sentences.length);
  for (const t of profile.tokens) {
    const anchor = t.name ? t.key.length >= 2 : t.kind === NUMBER ? t.key.length >= 2 : t.kind === URL;
    if (!anchor) continue;
    const key = `${t.kind}:${t.key}`;
    if (!places.has(key)) places.set(key, t.sentence / sentences);
  }
  return places;
}

/**
 * How the shared anchors sit in the two texts: in a translation they come in the same order, at
 * the same places; in two reports of one story, or two stories with the names of one country,
 * they are scattered. Returns the number of distinct sentences of `a` whose shared anchors stand
 * in place in `b`, and the share of shared anchors that do.
 */
export function anchorsInPlace(a: Profile, b: Profile): { sentences: number; share: number } {
  const placesB = remember(b, 'anchor-places', () => anchorPlaces(b));
  const sentences = new Set<number>();
  let shared = 0;
  let inPlace = 0;
  for (const [key, place] of remember(a, 'anchor-places', () => anchorPlaces(a))) {
    const other = placesB.get(key);
    if (other === undefined) continue;
    shared++;
    if (Math.abs(place - other) <= IN_PLACE) {
      inPlace++;
      sentences.add(place);
    }
  }
  return { sentences: sentences.size, share: shared > 0 ? inPlace / shared : 0 };
}

/** Distinct values shared by two sorted distinct arrays (one merge pass). */
export function sharedValues(a: Readonly<ArrayLike<number>>, b: Readonly<ArrayLike<number>>): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared;
}

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** The signals and both model scores of an aligned pair. */
export function measureSignals(
  a: Profile,
  b: Profile,
  beads: readonly Bead[],
  crossLingual: boolean,
): CopySignals {
  const sharedWords = sharedValues(a.words, b.words);
  const wordUnion = a.words.length + b.words.length - sharedWords;
  const sharedAnchors = sharedValues(a.anchors, b.anchors);
  const anchorUnion = a.anchors.length + b.anchors.length - sharedAnchors;
  const sentences = a.sentences.length + b.sentences.length;
  let aligned = 0;
  let agreeing = 0;
  let anchored = 0;
  let anchorsAgree = 0;
  for (const bead of beads) {
    const size = bead.aEnd - bead.aStart + (bead.bEnd - bead.bStart);
    if (bead.similarity >= ALIGNED_SIMILARITY) aligned += size;
    if (bead.lengthAgreement > LENGTH_AGREEMENT) agreeing += size;
    if (bead.anchored) {
      anchored++;
      if (bead.anchorSimilarity >= ANCHOR_AGREEMENT) anchorsAgree++;
    }
  }
  const wordJaccard = wordUnion > 0 ? sharedWords / wordUnion : 0;
  const wordContainment = sharedWords / Math.max(1, Math.min(a.words.length, b.words.length));
  const anchorJaccard = anchorUnion > 0 ? sharedAnchors / anchorUnion : 0;
  const anchorContainment = sharedAnchors / (Math.min(a.anchors.length, b.anchors.length) + 2);
  const alignedShare = sentences > 0 ? aligned / sentences : 0;
  const lengthAgreement = sentences > 0 ? agreeing / sentences : 0;
  const anchoredShare = anchored > 0 ? anchorsAgree / anchored : 0;
  const m = MONOLINGUAL_WEIGHTS;
  const x = CROSS_LINGUAL_WEIGHTS;
  const monolingualScore = sigmoid(
    m.bias +
      m.wordJaccard * wordJaccard +
      m.wordContainment * wordContainment +
      m.alignedShare * alignedShare +
      m.lengthAgreement * lengthAgreement,
  );
  const crossLingualScore = sigmoid(
    x.bias +
      x.anchorJaccard * anchorJaccard +
      x.anchorContainment * anchorContainment +
      x.anchoredShare * anchoredShare +
      x.lengthAgreement * lengthAgreement,
  );
  return {
    wordJaccard,
    wordContainment,
    anchorJaccard,
    anchorContainment,
    alignedShare,
    lengthAgreement,
    anchoredShare,
    crossLingual,
    monolingualScore,
    crossLingualScore,
  };
}

/** Word Jaccard from which a candidate pair is verified in full… */
const GATE_WORD_JACCARD = 0.2;
/**
 * …or word containment (shared over the smaller set), for excerpts and cut copies. Within one
 * language this is the only gate: a retranslation needs 0.3 (`compare.ts`), and an edited copy
 * that keeps 40% of a text's sentences shares at least about that share of its stems; two reports
 * of one story, which share its names, numbers and quotes, stay below it (on a generated
 * collection of story clusters, 95% of them at or below 0.32).
 */
const GATE_WORD_CONTAINMENT = 0.35;
/** …or, across languages, anchor containment (shrunk, as in the signals). */
const GATE_ANCHOR_CONTAINMENT = 0.2;

/**
 * A cheap exact gate before the full comparison of a candidate pair: enough shared words, or, for
 * texts that may be in two languages, enough shared anchors. On the public dev pairs, 99% of
 * retranslations have word Jaccard above 0.33 (word containment above 0.39), and 98% of
 * translations anchor containment of at least 0.2. Two texts in one language that share names and
 * numbers but few words are reports of one story, not copies, and are not compared in full.
 */
export function worthAligning(
  a: { readonly words: Readonly<ArrayLike<number>>; readonly anchors: Readonly<ArrayLike<number>> },
  b: { readonly words: Readonly<ArrayLike<number>>; readonly anchors: Readonly<ArrayLike<number>> },
  sameLanguage = false,
): boolean {
  const sharedWords = sharedValues(a.words, b.words);
  const union = a.words.length + b.words.length - sharedWords;
  if (union > 0 && sharedWords / union >= GATE_WORD_JACCARD) return true;
  if (sharedWords / Math.max(1, Math.min(a.words.length, b.words.length)) >= GATE_WORD_CONTAINMENT)
    return true;
  if (sameLanguage) return false;
  const sharedAnchors = sharedValues(a.anchors, b.anchors);
  return sharedAnchors / (Math.min(a.anchors.length, b.anchors.length) + 2) >= GATE_ANCHOR_CONTAINMENT;
}
