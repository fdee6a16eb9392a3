/**
 * Types of the copy index and of `findCopies`.
 *
 * @module
 */
import type { CompareOptions, CopyChange, CopyRelation } from './types.js';

/**
 * Options of {@link createCopyIndex} and {@link findCopies}: those of {@link compareDocuments}
 * (used to verify every candidate pair), plus how candidates are searched.
 *
 * @example
 * ```ts
 * const index = createCopyIndex({ threshold: 0.6, bucketLimit: 128 });
 * ```
 */
export interface CopyIndexOptions extends CompareOptions {
  /**
   * An LSH bucket holding more documents than this pairs each member with its first four members
   * only, instead of with every member, so one number or phrase shared by thousands of documents
   * cannot make the search quadratic.
   * @default 64
   */
  readonly bucketLimit?: number;
  /**
   * An LSH bucket holding more documents than this pairs nothing at all: its key is a hub (page
   * furniture or a number shared by a large part of the collection), and it is counted in
   * {@link CopyIndex.stats}.
   * @default 20000
   */
  readonly hubLimit?: number;
  /**
   * Where the texts are kept when the index should not keep them: called with a document's id when
   * a candidate pair is verified, it returns the text that was added under that id (from disk, a
   * database…). With it, the index holds per document only its signature, language code and date
   * (under 1 KB), not its text or its feature sets.
   * @default undefined (the index keeps every text)
   */
  readonly getText?: (id: string) => string;
}

/**
 * Options of {@link findCopies}.
 *
 * @example
 * ```ts
 * findCopies(docs, { threshold: 0.6 });
 * ```
 */
export type FindCopiesOptions = CopyIndexOptions;

/**
 * A document for {@link findCopies}.
 *
 * @example
 * ```ts
 * const doc: CopyDocument = { id: 'wire-1', text: 'The minister said…' };
 * ```
 */
export interface CopyDocument {
  /** The caller's id, returned in the pairs. */
  readonly id: string;
  /** The document's text. */
  readonly text: string;
  /** When it was published (ISO 8601); see {@link AddOptions.published}. */
  readonly published?: string | null;
}

/**
 * A verified copy pair.
 *
 * @example
 * ```ts
 * const pair: CopyPair = { a: '001', b: '002', relation: 'retranslation', score: 0.99 };
 * ```
 */
export interface CopyPair {
  /** Id of one document. */
  readonly a: string;
  /** Id of the other document. */
  readonly b: string;
  /** How they relate (always a copy relation). */
  readonly relation: CopyRelation;
  /** The comparison's score, 0..1. */
  readonly score: number;
}

/**
 * A document found by {@link CopyIndex.query}.
 *
 * @example
 * ```ts
 * const match: CopyMatch = { id: '002', relation: 'retranslation', isCopy: true, score: 0.99 };
 * ```
 */
export interface CopyMatch {
  /** Id of the matching document. */
  readonly id: string;
  /** How it relates to the query (a copy relation or `related`). */
  readonly relation: CopyRelation;
  /** Whether it is a copy. */
  readonly isCopy: boolean;
  /** The comparison's score, 0..1. */
  readonly score: number;
}

/**
 * Documents linked by copy pairs, directly or through each other.
 *
 * @example
 * ```ts
 * const group: CopyGroup = { ids: ['001', '002'], pairs: [{ a: '001', b: '002', relation: 'retranslation', score: 0.99 }] };
 * ```
 */
export interface CopyGroup {
  /** The ids in the group, sorted. */
  readonly ids: readonly string[];
  /** The verified pairs that link them. */
  readonly pairs: readonly CopyPair[];
}

/**
 * The saved form of a {@link CopyIndex} (see {@link CopyIndex.toJSON}).
 *
 * @example
 * ```ts
 * const saved: CopyIndexJSON = { format: 'copydesk-copy-index', version: 1, documents: [] };
 * ```
 */
export interface CopyIndexJSON {
  /** Always `'copydesk-copy-index'`. */
  readonly format: 'copydesk-copy-index';
  /** Format version (also the signature layout version). */
  readonly version: 1;
  /** The documents with their signatures. */
  readonly documents: readonly {
    /** The id the document was added under. */
    readonly id: string;
    /** The document's text (absent when the index was built with `getText`). */
    readonly text?: string;
    /** The document's signature (see `copySignature`). */
    readonly signature: readonly number[];
    /** Its publication date, when one was given or stated. */
    readonly published?: string;
    /** Its coarse language code for the candidate search (recomputed from the text when absent). */
    readonly language?: number;
  }[];
}

/**
 * Options of {@link CopyIndex.add}.
 *
 * @example
 * ```ts
 * index.add('wire-1', text, { published: '2025-05-19T08:30:00Z' });
 * ```
 */
export interface AddOptions {
  /**
   * When the document was published, as an ISO 8601 date or date-time (`2025-05-19`,
   * `2025-05-19T08:30:00Z`; write every date of one collection the same way, since they are
   * compared as strings). It decides which member of a copy family is the original. Other strings
   * are ignored.
   * @default the date the page states before its article, if any
   */
  readonly published?: string | null;
  /**
   * Where the caller keeps the text (a path, a URL, a database key), saved with the index by
   * {@link CopyIndex.save}, so that a `getText` of a later session can find it again.
   * @default ''
   */
  readonly source?: string;
}

/**
 * One member of a {@link CopyFamily} and the document it copies.
 *
 * @example
 * ```ts
 * const edge: CopyFamilyEdge = {
 *   copy: 'farm-7', source: 'wire-1', relation: 'retranslation', score: 0.97,
 *   changes: [{ kind: 'number', a: { text: '80,000', start: 410, end: 416 }, b: { text: '800,000', start: 388, end: 395 } }],
 * };
 * ```
 */
export interface CopyFamilyEdge {
  /** Id of the copy. */
  readonly copy: string;
  /**
   * Id of the document it copies: the family's original when the copy was verified against it,
   * else the member it was verified against (itself a verified copy of the original). When the
   * family has no known original, the family's centre, and the edge says only that the two are
   * copies, not which way.
   */
  readonly source: string;
  /** How the copy relates to its source (a copy relation). */
  readonly relation: CopyRelation;
  /** The comparison's score, 0..1. */
  readonly score: number;
  /** Numbers, names and quotes that differ: `a` spans are in the copy, `b` spans in the source. */
  readonly changes: readonly CopyChange[];
}

/**
 * A copy family: documents each of which is a verified copy of the family's original or centre
 * (directly, or through a member that is), with who copied whom.
 *
 * @example
 * ```ts
 * const family: CopyFamily = {
 *   ids: ['farm-7', 'wire-1'], original: 'wire-1', basis: 'published', centre: 'wire-1',
 *   published: { 'wire-1': '2025-05-19' },
 *   edges: [{ copy: 'farm-7', source: 'wire-1', relation: 'retranslation', score: 0.97, changes: [] }],
 * };
 * ```
 */
export interface CopyFamily {
  /** The members, sorted. */
  readonly ids: readonly string[];
  /** Id of the original, or null when neither dates nor copying artefacts tell it. */
  readonly original: string | null;
  /**
   * How the original was told: `published` (the earliest stated date), `artefacts` (the pairwise
   * copying evidence points to it), or null.
   */
  readonly basis: 'published' | 'artefacts' | null;
  /** The member with the most verified links, against which the others were checked. */
  readonly centre: string;
  /** The stated publication dates of the members that have one, by id. */
  readonly published: Readonly<Record<string, string>>;
  /** One edge per member other than the original (or, without one, the centre). */
  readonly edges: readonly CopyFamilyEdge[];
}

/**
 * A candidate pair of the LSH bands (see {@link CopyIndex.candidatePairs}), before any check.
 *
 * @example
 * ```ts
 * const pair: CandidatePair = { a: '001', b: '002' };
 * ```
 */
export interface CandidatePair {
  /** Id of the document added first. */
  readonly a: string;
  /** Id of the other document. */
  readonly b: string;
}

/**
 * Options of `CopyIndex.copyPairs` and `CopyIndex.families`.
 *
 * @example
 * ```ts
 * const options: VerifyOptions = { candidates: [{ a: 'wire-1', b: 'farm-7' }] };
 * ```
 */
export interface VerifyOptions {
  /**
   * Candidate pairs to verify instead of the bands' own: from a data engine that ran the
   * candidate join (`duckdbCandidatePairs`, `sql/candidates.sql`) over the same documents. Read
   * once, lazily, so a generator over a large file of pairs never holds them all. Each pair goes
   * through the same stages as the index's own (the signatures' estimate, then the full
   * comparison); both ids must be documents of the index.
   * @default the index's own candidate pairs
   */
  readonly candidates?: Iterable<CandidatePair>;
}

/**
 * Counts of a {@link CopyIndex} and of its last search.
 *
 * @example
 * ```ts
 * const stats: CopyIndexStats = { documents: 1101, hubBuckets: 0 };
 * ```
 */
export interface CopyIndexStats {
  /** Documents in the index. */
  readonly documents: number;
  /** LSH buckets the last search dropped as hubs (more than `hubLimit` documents). */
  readonly hubBuckets: number;
}
