/**
 * A document prepared for the copy index: everything the index keeps of it (signature, compact
 * feature sets, language code, stated date), made from the text alone. Preparing is the expensive
 * part of adding a document and needs nothing of the index, so a caller with several cores
 * prepares documents in worker threads (the result is plain data that structured clone and
 * transfer lists carry) and adds them with `CopyIndex.addPrepared`.
 *
 * @module
 */
import { assertOptions, assertText } from '../input.js';
import type { Profile } from './features.js';
import { profileOf } from './profile.js';
import { SIGNATURE_LENGTH, SIGNATURE_VERSION, signatureOf } from './signature.js';
import type { CompareOptions } from './types.js';

/**
 * What the copy index keeps of one document, made by {@link prepareCopyDocument}: plain data (typed
 * arrays, a number and a string), so it crosses to and from worker threads with `postMessage`.
 *
 * @example
 * ```ts
 * const prepared: PreparedCopyDocument = prepareCopyDocument(text);
 * prepared.signature.length; // 163
 * ```
 */
export interface PreparedCopyDocument {
  /** The version-1 signature (see {@link copySignature}). */
  readonly signature: Uint32Array;
  /**
   * A fixed half of the document's word features, folded to 16 bits, sorted and distinct: an
   * exact estimate of how many words two documents share, checked before the full comparison.
   */
  readonly words: Uint16Array;
  /** All its anchors (numbers, names, URLs), folded to 16 bits, sorted and distinct. */
  readonly anchors: Uint16Array;
  /** A coarse language code: two documents with the same non-zero code are in one language. */
  readonly language: number;
  /** The publication date the page states before its article (`YYYY-MM-DD…`), or null. */
  readonly published: string | null;
}

/**
 * The 16-bit folds of sorted distinct 32-bit hashes, sorted and distinct; with `sampled`, only of
 * the hashes whose bit 16 is clear (the same half in every text, so shares stay unbiased).
 */
function fold16(hashes: Uint32Array, sampled: boolean): Uint16Array {
  const folded = new Uint16Array(hashes.length);
  let n = 0;
  for (let i = 0; i < hashes.length; i++) {
    const h = hashes[i]!;
    if (sampled && (h & 0x10000) !== 0) continue;
    folded[n++] = (h ^ (h >>> 16)) & 0xffff;
  }
  const kept = folded.subarray(0, n).sort();
  let w = 0;
  for (let r = 0; r < kept.length; r++) if (r === 0 || kept[r] !== kept[r - 1]) kept[w++] = kept[r]!;
  return kept.slice(0, w);
}

/**
 * A profile's feature sets, compact: half of its word features (a fixed half of the hash space,
 * which estimates a containment of 0.35 within about ±0.04 for a 1,000-word text) and all of its
 * anchors, folded to 16 bits (two texts of 400 folds share about two by chance). About 0.5 KB for
 * a 1,000-word text.
 */
export function featureSets(profile: Profile): { words: Uint16Array; anchors: Uint16Array } {
  return { words: fold16(profile.words, true), anchors: fold16(profile.anchors, false) };
}

/** The prepared form of a profile. */
export function preparedOf(profile: Profile & { readonly published: string | null }): PreparedCopyDocument {
  return {
    signature: Uint32Array.from(signatureOf(profile.words, profile.anchors)),
    ...featureSets(profile),
    language: profile.language,
    published: profile.published,
  };
}

/**
 * Prepares a text for {@link CopyIndex.addPrepared}: its signature, compact feature sets, language
 * code and stated date, everything the index keeps of it. Pure and synchronous; run it in worker
 * threads to use every core while one index takes the results. Pass the same `body` option the
 * index is created with.
 *
 * @example
 * ```ts
 * // in a worker thread
 * const prepared = prepareCopyDocument(text);
 * parentPort.postMessage({ id, prepared }, [prepared.signature.buffer, prepared.words.buffer, prepared.anchors.buffer]);
 * // in the main thread
 * index.addPrepared(id, prepared);
 * ```
 */
export function prepareCopyDocument(
  text: string,
  options?: Pick<CompareOptions, 'body'>,
): PreparedCopyDocument {
  assertText('prepareCopyDocument', 'text', text);
  assertOptions('prepareCopyDocument', options);
  return preparedOf(profileOf(text, options?.body));
}

/** Whether `value` has the shape of a {@link PreparedCopyDocument}. */
export function isPrepared(value: unknown): value is PreparedCopyDocument {
  if (value === null || typeof value !== 'object') return false;
  const p = value as Partial<PreparedCopyDocument>;
  return (
    p.signature instanceof Uint32Array &&
    p.signature.length === SIGNATURE_LENGTH &&
    p.signature[0] === SIGNATURE_VERSION &&
    p.words instanceof Uint16Array &&
    p.anchors instanceof Uint16Array &&
    typeof p.language === 'number' &&
    Number.isInteger(p.language) &&
    (p.published === null || typeof p.published === 'string')
  );
}
