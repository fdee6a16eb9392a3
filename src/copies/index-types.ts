/**
 * Types of the copy index and of `findCopies`.
 *
 * @module
 */
import type { CompareOptions, CopyRelation } from './types.js';

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
    /** The document's text, kept because verifying a candidate pair needs it. */
    readonly text: string;
    /** The document's signature (see `copySignature`). */
    readonly signature: readonly number[];
  }[];
}
