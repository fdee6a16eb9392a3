/**
 * The way back from a data engine: candidate pairs (from the SQL of `candidate-sql.ts`) verified
 * with the full comparison of `compareDocuments`.
 *
 * @module
 */
import { assertOptions } from '../input.js';
import { compareInOrder } from './compare.js';
import type { Profile } from './features.js';
import type { CandidatePair, CopyDocument, CopyPair } from './index-types.js';
import { profileOf } from './profile.js';
import { documentAt } from './signature-rows.js';
import type { CompareOptions } from './types.js';

/** Profiles kept while verifying (pairs sorted by `a` reuse `a`'s profile). */
const PROFILE_CACHE = 256;

/**
 * Verifies candidate pairs (from the SQL of {@link candidateSql}, with `a_ord`, `b_ord` or other
 * fields beside the ids, which are not read) with the full comparison, exactly as
 * {@link compareDocuments} scores them, and returns those that are copies, best first (`a` and `b` as given). Texts come from
 * `texts`: a function from id to text (to read them from disk or a database; `undefined` for
 * an unknown id throws), or the documents themselves, as {@link findCopies} takes them.
 *
 * Each pair costs a full comparison (a few milliseconds for news articles); unlike
 * `CopyIndex.copyPairs()` there is no signature pre-check and no family step, so a pair is kept
 * exactly when `compareDocuments(textA, textB, options).isCopy`.
 *
 * @example
 * ```ts
 * const texts = new Map([['wire-1', wire], ['farm-7', farm], ['other', other]]);
 * verifyCandidatePairs([{ a: 'wire-1', b: 'farm-7' }, { a: 'wire-1', b: 'other' }], (id) => texts.get(id));
 * // [{ a: 'wire-1', b: 'farm-7', relation: 'retranslation', score: 0.97 }]
 * ```
 */
export function verifyCandidatePairs(
  pairs: Iterable<CandidatePair>,
  texts: ((id: string) => string | undefined) | readonly (CopyDocument | string)[],
  options?: CompareOptions,
): CopyPair[] {
  if (pairs === null || typeof pairs !== 'object' || typeof pairs[Symbol.iterator] !== 'function') {
    throw new TypeError(
      `copydesk: verifyCandidatePairs: expected pairs to be an iterable of { a, b }, got ${pairs === null ? 'null' : typeof pairs}`,
    );
  }
  assertOptions('verifyCandidatePairs', options);
  const textOf = textLookup(texts);
  const cache = new Map<string, Profile>();
  const profile = (id: string): Profile => {
    let p = cache.get(id);
    if (!p) {
      const text = textOf(id);
      if (typeof text !== 'string') {
        throw new TypeError(
          `copydesk: verifyCandidatePairs: expected a text for id ${JSON.stringify(id)}, got ${text === null ? 'null' : typeof text}`,
        );
      }
      p = profileOf(text, options?.body);
      if (cache.size >= PROFILE_CACHE) cache.delete(cache.keys().next().value as string);
      cache.set(id, p);
    }
    return p;
  };
  const out: CopyPair[] = [];
  for (const pair of pairs) {
    if (typeof pair?.a !== 'string' || typeof pair.b !== 'string') {
      throw new TypeError('copydesk: verifyCandidatePairs: expected every pair to have string ids a and b');
    }
    const result = compareInOrder(profile(pair.a), profile(pair.b), options);
    if (result.isCopy) out.push({ a: pair.a, b: pair.b, relation: result.relation, score: result.score });
  }
  return out.sort((x, y) => y.score - x.score || (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : 1));
}

/** The comparison of `compareDocuments`: texts in a canonical order, sides swapped back. */

function textLookup(
  texts: ((id: string) => string | undefined) | readonly (CopyDocument | string)[],
): (id: string) => string | undefined {
  if (typeof texts === 'function') return texts;
  if (!Array.isArray(texts)) {
    throw new TypeError(
      `copydesk: verifyCandidatePairs: expected texts to be a function or an array of documents, got ${texts === null ? 'null' : typeof texts}`,
    );
  }
  const byId = new Map<string, string>();
  texts.forEach((doc, position) => {
    const { id, text } = documentAt('verifyCandidatePairs', doc, position, 'texts');
    byId.set(id, text);
  });
  return (id) => byId.get(id);
}
