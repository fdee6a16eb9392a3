/**
 * Copy detection: is one news text a copy of another (verbatim, edited, laundered through
 * machine translation, or translated), which sentences align, what changed, and which text is
 * the original; and, at scale, every copy in a collection.
 *
 * Works on any language and script with its own light tokenizer (no wink): features are
 * content-word stems, CJK character bigrams, and the language-independent anchors that survive
 * translation (numbers, names, URLs). See `docs/copies.md`.
 *
 * @module
 */
import { assertOptions, assertText } from '../input.js';
import { compareInOrder } from './compare.js';
import { bandKeys, CopyIndex } from './copy-index.js';
import type { CopyDocument, CopyIndexOptions, CopyPair, FindCopiesOptions } from './index-types.js';
import { profileOf } from './profile.js';
import { isSignature, signatureOf } from './signature.js';
import type { CompareOptions, CopyComparison } from './types.js';

export { articleRanges } from './article.js';

export type { CandidateSql, CandidateSqlOptions } from './candidate-sql.js';
export { candidateSql } from './candidate-sql.js';
export { compareProfiles } from './compare.js';
export { CopyIndex } from './copy-index.js';
export type {
  AddOptions,
  CandidatePair,
  CopyDocument,
  CopyFamily,
  CopyFamilyEdge,
  CopyGroup,
  CopyIndexJSON,
  CopyIndexOptions,
  CopyIndexStats,
  CopyMatch,
  CopyPair,
  FindCopiesOptions,
  VerifyOptions,
} from './index-types.js';
export type { PreparedCopyDocument } from './prepared.js';
export { prepareCopyDocument } from './prepared.js';
export { profileOf } from './profile.js';
export { SavedIndexError } from './saved.js';
export type { CopyBandRow, CopySignatureRows, CopySignatureRowsOptions } from './signature-rows.js';
export { copySignatureRows } from './signature-rows.js';
export type {
  AlignedSentences,
  CompareOptions,
  CopyArtefact,
  CopyChange,
  CopyComparison,
  CopyRelation,
  CopySignals,
  TextRange,
} from './types.js';
export { verifyCandidatePairs } from './verify-candidates.js';

/**
 * Compares two texts: are they copies of each other, how (`relation`), how likely (`score`,
 * the same whichever text comes first), which is the original, which sentences align and which
 * numbers, names and quotes changed between them.
 *
 * @example
 * ```ts
 * const result = compareDocuments(farmText, wireText);
 * result.relation; // 'retranslation'
 * result.isCopy; // true
 * result.original; // 'b'
 * result.alignment[0]; // { a: { text: 'The main Chinese espionage agency…', … }, b: { text: "China's main spy agency…", … }, similarity: 0.52 }
 * result.changes[0]; // { kind: 'name', a: { text: 'American', … }, b: { text: 'U', … } }
 * ```
 */
export function compareDocuments(a: string, b: string, options?: CompareOptions): CopyComparison {
  assertText('compareDocuments', 'a', a);
  assertText('compareDocuments', 'b', b);
  assertOptions('compareDocuments', options);
  const profileA = profileOf(a, options?.body);
  // The same text twice is profiled once (and aligned sentence by sentence, without a search).
  const profileB = a === b ? profileA : profileOf(b, options?.body);
  // A canonical order makes the result independent of argument order; swap back afterwards.
  return compareInOrder(profileA, profileB, options);
}

/**
 * The MinHash signature of a text, layout version 1: a plain array of 163 unsigned 32-bit
 * integers, so collections too large for one machine can be signed in parallel and banded in any
 * data engine.
 *
 * | index | content |
 * |---|---|
 * | 0 | layout version, `1` |
 * | 1 | number of distinct word features (content-word stems, CJK bigrams, numbers, URLs) |
 * | 2 | number of distinct anchor features (numbers of two or more digits, names, URLs) |
 * | 3 … 130 | 128 word-channel minima |
 * | 131 … 162 | 32 anchor-channel minima |
 *
 * Minimum `i` is the least `mix32(f ^ seed[i])` over the channel's feature hashes `f`
 * (`0xFFFFFFFF` when the channel is empty). The share of equal minima of a channel estimates the
 * Jaccard similarity of two texts' feature sets. The index bands the word minima 32 × 4 and the
 * anchor minima 32 × 1.
 *
 * @example
 * ```ts
 * const signature = copySignature(text);
 * signature.length; // 163
 * signature[0]; // 1
 * ```
 */
export function copySignature(text: string, options?: Pick<CompareOptions, 'body'>): number[] {
  assertText('copySignature', 'text', text);
  assertOptions('copySignature', options);
  const profile = profileOf(text, options?.body);
  return signatureOf(profile.words, profile.anchors);
}

/**
 * The 64 LSH band keys of a signature (see {@link copySignature}), as the index computes them:
 * bands 0–31 hash four word minima each, bands 32–63 one anchor minimum each; `null` for a band
 * of an empty channel (a text without words, or with fewer than two anchors). Two documents that
 * share a key in one band are a candidate pair; `docs/scale.md` has the SQL that joins them in a
 * data engine.
 *
 * @example
 * ```ts
 * const keys = signatureBands(copySignature(text));
 * keys.length; // 64
 * ```
 */
export function signatureBands(signature: readonly number[]): (number | null)[] {
  if (!isSignature(signature)) {
    throw new TypeError('copydesk: signatureBands: expected a version-1 signature (see copySignature)');
  }
  return Array.from(bandKeys(Uint32Array.from(signature)), (key) => (key === 0xffffffff ? null : key));
}

/**
 * How alike two signatures are, part by part (estimated Jaccard similarities, 0..1).
 *
 * @example
 * ```ts
 * const similarity: SignatureSimilarity = { words: 0.55, anchors: 0.72 };
 * ```
 */
export interface SignatureSimilarity {
  /** Estimated Jaccard similarity of the content-word features. */
  readonly words: number;
  /** Estimated Jaccard similarity of the anchors (numbers, names, URLs) that survive translation. */
  readonly anchors: number;
}

/**
 * Estimates how alike two signatures' feature sets are (Jaccard, 0..1) on each channel.
 *
 * @example
 * ```ts
 * signatureSimilarity(copySignature(a), copySignature(b)); // { words: 0.55, anchors: 0.72 }
 * ```
 */
export function signatureSimilarity(a: readonly number[], b: readonly number[]): SignatureSimilarity {
  if (!Array.isArray(a) || !Array.isArray(b)) {
    throw new TypeError('copydesk: signatureSimilarity: expected two signatures (arrays of numbers)');
  }
  const same = (offset: number, count: number, sizeAt: number): number => {
    if ((a[sizeAt] ?? 0) === 0 || (b[sizeAt] ?? 0) === 0) return 0;
    let equal = 0;
    for (let i = 0; i < count; i++) if (a[offset + i] === b[offset + i]) equal++;
    return equal / count;
  };
  return { words: same(3, 128, 1), anchors: same(131, 32, 2) };
}

/**
 * Creates an empty {@link CopyIndex}: add documents, then ask for the copies of one text or of
 * the whole collection. Candidate search is locality-sensitive hashing on the signatures (linear
 * in the collection); each candidate is verified with {@link compareDocuments}.
 *
 * @example
 * ```ts
 * const index = createCopyIndex();
 * for (const doc of docs) index.add(doc.id, doc.text);
 * index.copies(); // [{ ids: ['001', '002'], pairs: [...] }]
 * index.query('001'); // [{ id: '002', relation: 'retranslation', isCopy: true, score: 0.99 }]
 * ```
 */
export function createCopyIndex(options?: CopyIndexOptions): CopyIndex {
  assertOptions('createCopyIndex', options);
  return new CopyIndex(options);
}

/**
 * Every copy pair among `docs`, in one call: documents as `{ id, text }` objects, or plain
 * strings (their ids are then their positions, `'0'`, `'1'`…).
 *
 * @example
 * ```ts
 * findCopies([{ id: '001', text: farm }, { id: '002', text: wire }, { id: '003', text: other }]);
 * // [{ a: '001', b: '002', relation: 'retranslation', score: 0.99 }]
 * ```
 */
export function findCopies(
  docs: readonly (CopyDocument | string)[],
  options?: FindCopiesOptions,
): CopyPair[] {
  if (!Array.isArray(docs)) {
    throw new TypeError(
      `copydesk: findCopies: expected docs to be an array, got ${docs === null ? 'null' : typeof docs}`,
    );
  }
  assertOptions('findCopies', options);
  const index = CopyIndex.oneOff(options);
  docs.forEach((doc, position) => {
    if (typeof doc === 'string') index.add(String(position), doc);
    else if (doc !== null && typeof doc === 'object')
      index.add(doc.id, doc.text, doc.published === undefined ? undefined : { published: doc.published });
    else
      throw new TypeError(`copydesk: findCopies: expected docs[${position}] to be a string or { id, text }`);
  });
  return index.copyPairs();
}
