/**
 * The copy index's candidate search as rows, for collections too large for one machine: each
 * document's 64 LSH band keys as `{ id, ord, band, key }` rows that a data engine joins on
 * `band, key` (see `candidate-sql.ts` and `docs/scale.md`), and its signature for a later check.
 *
 * @module
 */
import { assertOptions } from '../input.js';
import { nextBand } from './copy-index.js';
import { copySignature, signatureBands } from './index.js';
import type { CopyDocument } from './index-types.js';
import type { CompareOptions } from './types.js';

/**
 * One row of the band table: a document's key in one LSH band. Two documents with the same
 * `band` and `key` share a bucket; see {@link candidateSql} for the join.
 *
 * @example
 * ```ts
 * const row: CopyBandRow = { id: 'wire-1', ord: 0, band: 12, key: 2831540113, nextKey: 77210342 };
 * ```
 */
export interface CopyBandRow {
  /** The caller's document id. */
  readonly id: string;
  /**
   * The document's position in the collection (the order documents were added, from
   * `firstOrd`): inside an oversized bucket, the members with the lowest `ord` are its leaders.
   */
  readonly ord: number;
  /** The band, 0–31 for the word bands (four word minima each), 32–63 for the anchor bands. */
  readonly band: number;
  /** The band's key, an unsigned 32-bit integer (store it as a 64-bit integer in engines). */
  readonly key: number;
  /**
   * The key of the next band of the same channel (band 31 is followed by 0, 63 by 32), column
   * `next_key`: an oversized bucket is split by it, so that documents alike enough to share it
   * too still meet there (see {@link candidateSql}).
   */
  readonly nextKey: number;
}

/**
 * The rows of one document: its band rows (one per band that is not empty, at most 64) and its
 * signature (see {@link copySignature}), kept to estimate similarity before a full comparison.
 *
 * @example
 * ```ts
 * const doc: CopySignatureRows = { id: 'wire-1', ord: 0, signature: [1, 212, 31, …], bands: [{ id: 'wire-1', ord: 0, band: 0, key: 90412377, nextKey: 3110925 }, …] };
 * ```
 */
export interface CopySignatureRows {
  /** The caller's document id. */
  readonly id: string;
  /** The document's position in the collection (see {@link CopyBandRow.ord}). */
  readonly ord: number;
  /** The document's version-1 signature, 163 unsigned 32-bit integers. */
  readonly signature: readonly number[];
  /** One row per band whose key is not null, in band order. */
  readonly bands: readonly CopyBandRow[];
}

/**
 * Options of {@link copySignatureRows}.
 *
 * @example
 * ```ts
 * copySignatureRows(secondBatch, { firstOrd: 1_000_000 });
 * ```
 */
export interface CopySignatureRowsOptions extends Pick<CompareOptions, 'body'> {
  /**
   * The `ord` of the first document: a batch signed apart from the rest (on another machine, or
   * the next day) continues the numbering of the batches before it, so `ord` stays unique.
   * @default 0
   */
  readonly firstOrd?: number;
}

/**
 * The band rows and signature of each document, lazily, one document at a time (so a million
 * documents stream to a file without being held in memory). Documents are `{ id, text }`
 * objects or plain strings (their ids are then their positions, `'0'`, `'1'`…, as in
 * {@link findCopies}); `ord` counts from `firstOrd` in the order given. The same band keys as
 * `signatureBands(copySignature(text))`; an empty band gives no row. Ids must be unique (a
 * repeated id throws, as the engine's pairs would otherwise name one id twice).
 *
 * @example
 * ```ts
 * for (const doc of copySignatureRows([{ id: 'wire-1', text: wire }, { id: 'farm-7', text: farm }])) {
 *   doc.bands.length; // 64
 *   doc.bands[0]; // { id: 'wire-1', ord: 0, band: 0, key: 90412377 }
 * }
 * ```
 */
export function copySignatureRows(
  docs: Iterable<CopyDocument | string>,
  options?: CopySignatureRowsOptions,
): IterableIterator<CopySignatureRows> {
  if (docs === null || typeof docs !== 'object' || typeof docs[Symbol.iterator] !== 'function') {
    throw new TypeError(
      `copydesk: copySignatureRows: expected docs to be an iterable of { id, text } or strings, got ${docs === null ? 'null' : typeof docs}`,
    );
  }
  assertOptions('copySignatureRows', options);
  const firstOrd = options?.firstOrd ?? 0;
  if (!Number.isSafeInteger(firstOrd) || firstOrd < 0) {
    throw new TypeError(
      `copydesk: copySignatureRows: expected options.firstOrd to be a non-negative integer, got ${String(firstOrd)}`,
    );
  }
  const signatureOptions = options?.body === undefined ? undefined : { body: options.body };
  return rowsOf(docs, firstOrd, signatureOptions);
}

function* rowsOf(
  docs: Iterable<CopyDocument | string>,
  firstOrd: number,
  signatureOptions: Pick<CompareOptions, 'body'> | undefined,
): IterableIterator<CopySignatureRows> {
  const seen = new Set<string>();
  let position = 0;
  for (const doc of docs) {
    const { id, text } = documentAt('copySignatureRows', doc, position);
    if (seen.has(id))
      throw new TypeError(`copydesk: copySignatureRows: expected unique ids, got "${id}" twice`);
    seen.add(id);
    const ord = firstOrd + position++;
    const signature = copySignature(text, signatureOptions);
    const bands: CopyBandRow[] = [];
    const keys = signatureBands(signature);
    keys.forEach((key, band) => {
      // The next band of a channel is empty exactly when this one is.
      if (key !== null) bands.push({ id, ord, band, key, nextKey: keys[nextBand(band)] ?? 0 });
    });
    yield { id, ord, signature, bands };
  }
}

/** A document given as `{ id, text }` or as a string (its id is then its position). */
export function documentAt(
  fn: string,
  doc: unknown,
  position: number,
  name = 'docs',
): { id: string; text: string } {
  if (typeof doc === 'string') return { id: String(position), text: doc };
  if (doc !== null && typeof doc === 'object') {
    const { id, text } = doc as Partial<CopyDocument>;
    if (typeof id === 'string' && typeof text === 'string') return { id, text };
  }
  throw new TypeError(
    `copydesk: ${fn}: expected ${name}[${position}] to be a string or { id, text } with string fields`,
  );
}
