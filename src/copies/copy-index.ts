/**
 * The copy index: signatures of many documents, banded for locality-sensitive hashing, so that
 * finding every copy in a collection compares only candidate pairs, each verified with the full
 * comparison.
 *
 * Candidates come from two channels: 32 bands of 4 word minima (two documents whose content-word
 * sets have Jaccard 0.5 share a band with probability 0.87, at 0.6 with 0.99, at 0.1 with 0.003),
 * and 32 bands of one anchor minimum each (numbers, names, URLs: the only features translations
 * share). A bucket holding more than `bucketLimit` documents (a number every story mentions, a
 * press release copied a thousand times) pairs each member with its first few members only, so
 * the work stays linear in the collection; groups still form because copies link transitively.
 *
 * @module
 * @internal
 */
import {
  compareInOrder,
  couldBeCopy,
  DEFAULT_THRESHOLD,
  type Preliminaries,
  preliminaries,
} from './compare.js';
import { type CopyLink, planFamilies } from './families.js';
import type { Profile } from './features.js';
import { mix32 } from './hash.js';
import type {
  AddOptions,
  CandidatePair,
  CopyFamily,
  CopyFamilyEdge,
  CopyGroup,
  CopyIndexJSON,
  CopyIndexOptions,
  CopyIndexStats,
  CopyMatch,
  CopyPair,
  VerifyOptions,
} from './index-types.js';
import { featureSets, isPrepared, type PreparedCopyDocument, preparedOf } from './prepared.js';
import { profileOf } from './profile.js';
import { readIndex, SavedIndexError, type SavedRecord, writeIndex } from './saved.js';
import { worthAligning } from './signals.js';
import {
  ANCHOR_MINIMA,
  ANCHOR_OFFSET,
  ANCHOR_ROWS,
  BUCKET_LEADERS,
  DEFAULT_BUCKET_LIMIT,
  DEFAULT_HUB_LIMIT,
  estimateJaccard,
  isSignature,
  signatureOf,
  WORD_MINIMA,
  WORD_OFFSET,
  WORD_ROWS,
} from './signature.js';
import { DocumentStore, type FeatureSets, type StoredDocument } from './store.js';
import type { CopyComparison, CopyRelation } from './types.js';

const EMPTY = 0xffffffff;
/** Word-channel Jaccard (estimated) below which a candidate is not worth verifying… */
const MIN_WORD_JACCARD = 0.12;
/** …unless this share of anchor minima agree (2 of 32), the anchor channels are not tiny… */
const MIN_ANCHOR_JACCARD = 0.06;
const MIN_ANCHORS = 2;
/** …and the estimated anchor containment (shared over the smaller set plus two) reaches this. */
const MIN_ANCHOR_CONTAINMENT = 0.15;
/**
 * Estimated word containment from which two documents in one language are looked at closer: a
 * little under the exact gate's 0.35, since 128 minima estimate it within about ±0.05. On the
 * generated bench collection this passes 4,700 of 1.2 million band collisions, of which the exact
 * gate keeps 540; on the public dev collection it loses no copy pair.
 */
const MIN_SAME_LANGUAGE_CONTAINMENT = 0.31;
/** …or, for an excerpt, an estimated word Jaccard of at least this and containment of this. */
const MIN_EXCERPT_JACCARD = 0.03;
const MIN_EXCERPT_CONTAINMENT = 0.3;
/** Families up to this size have every pair of members compared (larger ones only their links). */
const COMPLETED_FAMILY = 64;
/** Profiles kept while verifying candidates (they are rebuilt on demand). */
const PROFILE_CACHE = 1024;

/** Bands: 32 of four word minima, then 32 of one anchor minimum. */
export const BAND_COUNT: number = WORD_MINIMA / WORD_ROWS + ANCHOR_MINIMA / ANCHOR_ROWS;
/** Positions are packed below keys in one double: up to 2^21 (2,097,152) documents per search. */
const POSITION_SPACE = 2 ** 21;

/** The key of one band of the signature at `at` in `block` (see `bandKeys`), or EMPTY. */
function bandKey(block: Uint32Array, at: number, band: number): number {
  const wordBands = WORD_MINIMA / WORD_ROWS;
  if (band < wordBands) {
    if (block[at + 1] === 0) return EMPTY;
    let h = mix32(band + 1);
    for (let r = 0; r < WORD_ROWS; r++) h = mix32(h ^ block[at + WORD_OFFSET + band * WORD_ROWS + r]!);
    return h === EMPTY ? 0 : h;
  }
  if (block[at + 2]! < MIN_ANCHORS) return EMPTY;
  const anchorBand = band - wordBands;
  let h = mix32(0x1000 + anchorBand);
  for (let r = 0; r < ANCHOR_ROWS; r++)
    h = mix32(h ^ block[at + ANCHOR_OFFSET + anchorBand * ANCHOR_ROWS + r]!);
  return h === EMPTY ? 0 : h;
}

/**
 * The pairs of one bucket, whose members (by handle, in the order they were added) are
 * `member(start)` … `member(end - 1)`: every pair up to `limit` members; in a larger bucket each
 * member with the first `BUCKET_LEADERS`; none in a bucket of more than `hubLimit`.
 */
function pairBucket(
  member: (k: number) => number,
  start: number,
  end: number,
  limit: number,
  hubLimit: number,
  visit: (low: number, high: number) => void,
): void {
  const size = end - start;
  if (size < 2 || size > hubLimit) return;
  const leaders = size <= limit ? size : Math.min(BUCKET_LEADERS, size);
  for (let i = start; i < start + leaders; i++) for (let j = i + 1; j < end; j++) visit(member(i), member(j));
}

/** The band whose key splits an oversized bucket of `band`: the next band of the same channel. */
export function nextBand(band: number): number {
  const wordBands = WORD_MINIMA / WORD_ROWS;
  if (band < wordBands) return (band + 1) % wordBands;
  return wordBands + ((band - wordBands + 1) % (BAND_COUNT - wordBands));
}

/** Band keys of a signature: word bands first, then anchor bands; EMPTY for an empty band. */
export function bandKeys(signature: Uint32Array): Uint32Array {
  const keys = new Uint32Array(BAND_COUNT);
  for (let band = 0; band < BAND_COUNT; band++) keys[band] = bandKey(signature, 0, band);
  return keys;
}

/**
 * Whether two signatures are alike enough to be worth a closer look: enough word minima in common
 * (as a share of the union, or of the smaller text, for an excerpt of a longer page), or — only for
 * texts that may be in two languages, since translations share no words — at least two of the 32
 * anchor minima and an estimated anchor containment like the one the cross-lingual score needs.
 */
export function worthComparing(a: Uint32Array, b: Uint32Array, sameLanguage = false): boolean {
  return worthComparingAt(a, 0, b, 0, sameLanguage);
}

/**
 * Whether an estimated word Jaccard similarity `words` of two texts with `sizeA` and `sizeB`
 * distinct words means they share enough of the smaller one to be worth a closer look in one
 * language. Grows with `words`, so an estimate that can only be higher rejects safely.
 */
function containedEnough(words: number, sizeA: number, sizeB: number): boolean {
  const shared = (words * (sizeA + sizeB)) / (1 + words);
  return shared / Math.max(1, Math.min(sizeA, sizeB)) >= MIN_SAME_LANGUAGE_CONTAINMENT;
}

/**
 * One byte of each word minimum of every live document, 128 bytes a document by handle, in one
 * array: two documents' equal bytes are at least their equal minima (two different minima share
 * a byte one time in 256), read from a quarter of the memory, so a pair whose prints are too unlike
 * is certainly unlike on the minima too.
 */
function wordMinimaPrints(docs: DocumentStore, live: readonly number[]): Uint32Array {
  const bytes = new Uint8Array(docs.length * WORD_MINIMA);
  for (const handle of live) {
    const block = docs.signatureBlock(handle);
    const at = docs.signatureOffset(handle) + WORD_OFFSET;
    const to = handle * WORD_MINIMA;
    for (let i = 0; i < WORD_MINIMA; i++) bytes[to + i] = block[at + i]! & 0xff;
  }
  return new Uint32Array(bytes.buffer);
}

/** How many of two documents' 128 print bytes are equal, four bytes at a time. */
function equalPrintBytes(prints: Uint32Array, a: number, b: number): number {
  const words = WORD_MINIMA / 4;
  let at = a * words;
  let bt = b * words;
  let equal = 0;
  for (let i = 0; i < words; i++) {
    const x = prints[at++]! ^ prints[bt++]!;
    // The high bit of each byte of `zero` is set when that byte of `x` is zero (no carries leak).
    const zero = ~(((x & 0x7f7f7f7f) + 0x7f7f7f7f) | x) & 0x80808080;
    equal += Math.imul(zero >>> 7, 0x01010101) >>> 24;
  }
  return equal;
}

/** `worthComparing` of the signatures at `at` in `a` and `bt` in `b` (blocks of the store). */
function worthComparingAt(
  a: Uint32Array,
  at: number,
  b: Uint32Array,
  bt: number,
  sameLanguage: boolean,
): boolean {
  const words = estimateJaccard(a, b, 'words', at, bt);
  const sizeA = a[at + 1]!;
  const sizeB = b[bt + 1]!;
  // Within one language only shared words count, as a share of the smaller text.
  if (sameLanguage) return containedEnough(words, sizeA, sizeB);
  const shared = (words * (sizeA + sizeB)) / (1 + words);
  const contained = shared / Math.max(1, Math.min(sizeA, sizeB));
  if (words >= MIN_WORD_JACCARD) return true;
  if (words >= MIN_EXCERPT_JACCARD && contained >= MIN_EXCERPT_CONTAINMENT) return true;
  const anchorsA = a[at + 2]!;
  const anchorsB = b[bt + 2]!;
  if (anchorsA < MIN_ANCHORS || anchorsB < MIN_ANCHORS) return false;
  const jaccard = estimateJaccard(a, b, 'anchors', at, bt);
  if (jaccard < MIN_ANCHOR_JACCARD) return false;
  const sharedAnchors = (jaccard * (anchorsA + anchorsB)) / (1 + jaccard);
  return sharedAnchors / (Math.min(anchorsA, anchorsB) + 2) >= MIN_ANCHOR_CONTAINMENT;
}

/** Whether two documents' language codes (see `Profile.language`) say they are in one language. */
function oneLanguage(a: number, b: number): boolean {
  return a === b && a !== 0;
}

/** What a verified pair keeps of its full comparison. */
interface LinkFacts {
  readonly relation: CopyRelation;
  readonly score: number;
  readonly changes: CopyComparison['changes'];
  /** Whether the pair is a copy on its own (else only inside a family: see `#verify`). */
  readonly link: boolean;
}

/** The verified links of the index and the families they make. */
interface Verified {
  readonly links: readonly CopyLink[];
  /** Keyed `lower handle * total + higher handle`. */
  readonly comparisons: ReadonlyMap<number, LinkFacts>;
  readonly plans: ReturnType<typeof planFamilies>;
  readonly familyOf: ReadonlyMap<number, number>;
  readonly total: number;
}

/** A caller's date as given, when it starts like an ISO date (`YYYY-MM-DD…`); else null. */
function normaliseDate(value: string | null | undefined): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return /^\d{4}-\d{2}-\d{2}/.test(trimmed) ? trimmed : null;
}

/**
 * A collection of documents searchable for copies. Create one with {@link createCopyIndex} or
 * {@link CopyIndex.fromJSON}.
 *
 * @example
 * ```ts
 * const index = createCopyIndex();
 * index.add('wire', wireText);
 * index.add('farm', farmText);
 * index.copies(); // [{ ids: ['farm', 'wire'], pairs: [{ a: 'farm', b: 'wire', relation: 'retranslation', score: 0.97 }] }]
 * ```
 */
export class CopyIndex {
  readonly #options: CopyIndexOptions;
  readonly #docs = new DocumentStore();
  readonly #handles = new Map<string, number>();
  #bands: Map<number, number[]>[] | undefined;
  /** Buckets dropped as hubs by the last candidate search. */
  #hubs = 0;
  /** Profiles made by `add` for the next verification (see `oneOff`), by handle. */
  #addedProfiles: Map<number, Profile> | undefined;
  /** The verified links of the last search, kept until a document is added or removed. */
  #verified: Verified | undefined;

  /**
   * An empty index; prefer {@link createCopyIndex}.
   *
   * @example
   * ```ts
   * const index = new CopyIndex({ threshold: 0.6 });
   * ```
   */
  constructor(options: CopyIndexOptions = {}) {
    this.#options = { ...options };
  }

  /**
   * How many documents the index holds.
   *
   * @example
   * ```ts
   * createCopyIndex().size; // 0
   * ```
   */
  get size(): number {
    return this.#handles.size;
  }

  /**
   * Adds a document (replacing any document with the same id). A publication date, when the
   * caller knows it, tells the original of a copy family (see {@link CopyIndex.families}); without
   * one, the date the page itself states before its article is used.
   *
   * @example
   * ```ts
   * index.add('002', text);
   * index.add('003', otherText, { published: '2025-05-19T08:30:00Z' });
   * ```
   */
  add(id: string, text: string, options?: AddOptions): void {
    if (typeof id !== 'string')
      throw new TypeError(`copydesk: CopyIndex.add: expected id to be a string, got ${describe(id)}`);
    if (typeof text !== 'string') {
      throw new TypeError(`copydesk: CopyIndex.add: expected text to be a string, got ${describe(text)}`);
    }
    const given = options?.published;
    if (given !== undefined && given !== null && typeof given !== 'string') {
      throw new TypeError(
        `copydesk: CopyIndex.add: expected options.published to be a date string, got ${describe(given)}`,
      );
    }
    const profile = profileOf(text, this.#options.body);
    this.#addPrepared(id, preparedOf(profile), given, options?.source, text);
    // A one-off search (findCopies) verifies right after adding: the profiles made here are kept
    // for it, up to the number the verification keeps anyway.
    if (this.#addedProfiles && this.#addedProfiles.size < PROFILE_CACHE)
      this.#addedProfiles.set(this.#handles.get(id)!, profile);
  }

  /**
   * An index that keeps the profiles `add` makes until the next verification, for `findCopies`,
   * which verifies once right after adding every document.
   *
   * @internal
   */
  static oneOff(options: CopyIndexOptions = {}): CopyIndex {
    const index = new CopyIndex(options);
    index.#addedProfiles = new Map();
    return index;
  }

  /**
   * Adds a document prepared by {@link prepareCopyDocument} (in a worker thread, say), replacing
   * any document with the same id. The index must have been created with `getText`, since a
   * prepared document carries no text; and with the same `body` option the document was prepared
   * with. The arrays are copied, so the caller may reuse them.
   *
   * @example
   * ```ts
   * const index = createCopyIndex({ getText: (id) => texts.get(id) });
   * index.addPrepared('wire-17', prepareCopyDocument(text), { published: '2025-05-19' });
   * ```
   */
  addPrepared(id: string, prepared: PreparedCopyDocument, options?: AddOptions): void {
    if (typeof id !== 'string')
      throw new TypeError(`copydesk: CopyIndex.addPrepared: expected id to be a string, got ${describe(id)}`);
    if (!isPrepared(prepared)) {
      throw new TypeError(
        `copydesk: CopyIndex.addPrepared: expected prepared to be the result of prepareCopyDocument, got ${describe(prepared)}`,
      );
    }
    if (this.#options.getText === undefined) {
      throw new TypeError(
        'copydesk: CopyIndex.addPrepared: the index keeps no text of a prepared document; create it with options.getText',
      );
    }
    const given = options?.published;
    if (given !== undefined && given !== null && typeof given !== 'string') {
      throw new TypeError(
        `copydesk: CopyIndex.addPrepared: expected options.published to be a date string, got ${describe(given)}`,
      );
    }
    this.#addPrepared(id, prepared, given, options?.source, undefined);
  }

  #addPrepared(
    id: string,
    prepared: PreparedCopyDocument,
    published: string | null | undefined,
    source: unknown,
    text: string | undefined,
  ): void {
    this.#insert({
      id,
      text: this.#options.getText === undefined ? text : undefined,
      signature: prepared.signature,
      published: normaliseDate(published) ?? prepared.published,
      language: prepared.language,
      source: typeof source === 'string' ? source : '',
      features: prepared,
    });
  }

  #insert(doc: StoredDocument): void {
    if (this.#handles.has(doc.id)) this.remove(doc.id);
    this.#verified = undefined;
    const handle = this.#docs.push(doc);
    this.#handles.set(doc.id, handle);
    if (this.#bands) this.#band(handle, this.#docs.signature(handle));
  }

  #band(handle: number, signature: Uint32Array): void {
    const keys = bandKeys(signature);
    const bands = this.#bands!;
    for (let band = 0; band < keys.length; band++) {
      const key = keys[band]!;
      if (key === EMPTY) continue;
      const bucket = bands[band]!.get(key);
      if (bucket) bucket.push(handle);
      else bands[band]!.set(key, [handle]);
    }
  }

  /**
   * Removes a document; returns whether it was there.
   *
   * @example
   * ```ts
   * index.remove('002'); // true
   * ```
   */
  remove(id: string): boolean {
    const handle = this.#handles.get(id);
    if (handle === undefined) return false;
    this.#handles.delete(id);
    this.#docs.remove(handle);
    this.#addedProfiles?.delete(handle);
    this.#verified = undefined;
    return true;
  }

  /**
   * Whether a document with this id is in the index.
   *
   * @example
   * ```ts
   * index.has('002'); // true
   * ```
   */
  has(id: string): boolean {
    return this.#handles.has(id);
  }

  /**
   * The version-1 signature of a document in the index (see {@link copySignature}), or undefined.
   *
   * @example
   * ```ts
   * index.signature('002')?.length; // 163
   * ```
   */
  signature(id: string): number[] | undefined {
    const handle = this.#handles.get(id);
    return handle === undefined ? undefined : Array.from(this.#docs.signature(handle));
  }

  /**
   * The documents most likely to be copies of `textOrId`, best first: when `textOrId` is the id of
   * a document in the index, that document is the query (and is left out of the answer);
   * otherwise it is taken as a text. Only documents that are copies or `related` are returned.
   *
   * @example
   * ```ts
   * index.query('001', 5); // [{ id: '002', relation: 'retranslation', isCopy: true, score: 0.99 }]
   * ```
   */
  query(textOrId: string, limit = 10): CopyMatch[] {
    if (typeof textOrId !== 'string') {
      throw new TypeError(
        `copydesk: CopyIndex.query: expected textOrId to be a string, got ${describe(textOrId)}`,
      );
    }
    const selfHandle = this.#handles.get(textOrId);
    let text = textOrId;
    let signature: Uint32Array;
    if (selfHandle !== undefined) {
      text = this.#textOf(selfHandle);
      signature = this.#docs.signature(selfHandle);
    } else {
      const profile = profileOf(text, this.#options.body);
      signature = Uint32Array.from(signatureOf(profile.words, profile.anchors));
    }
    if (!this.#bands) {
      this.#bands = Array.from({ length: BAND_COUNT }, () => new Map());
      for (let handle = 0; handle < this.#docs.length; handle++)
        if (this.#docs.has(handle)) this.#band(handle, this.#docs.signature(handle));
    }
    const candidates = new Set<number>();
    const keys = bandKeys(signature);
    for (let band = 0; band < keys.length; band++) {
      if (keys[band] === EMPTY) continue;
      for (const handle of this.#bands[band]!.get(keys[band]!) ?? []) {
        if (handle !== selfHandle && this.#docs.has(handle)) candidates.add(handle);
      }
    }
    const queryProfile = profileOf(text, this.#options.body);
    const queryFeatures = featureSets(queryProfile);
    const matches: CopyMatch[] = [];
    for (const handle of candidates) {
      const sameLanguage = oneLanguage(queryProfile.language, this.#docs.language(handle));
      if (!worthComparing(signature, this.#docs.signature(handle), sameLanguage)) continue;
      if (!worthAligning(queryFeatures, this.#features(handle), sameLanguage)) continue;
      const profile = profileOf(this.#textOf(handle), this.#options.body);
      const result = this.#compare(queryProfile, profile);
      if (result.relation === 'unrelated') continue;
      matches.push({
        id: this.#docs.id(handle),
        relation: result.relation,
        isCopy: result.isCopy,
        score: result.score,
      });
    }
    matches.sort((x, y) => y.score - x.score || (x.id < y.id ? -1 : 1));
    return matches.slice(0, Math.max(0, limit));
  }

  /** The exact feature sets of a document: kept ones, or (compact index) its profile's. */
  #features(handle: number): FeatureSets {
    const kept = this.#docs.features(handle);
    if (kept) return kept;
    const made = featureSets(profileOf(this.#textOf(handle), this.#options.body));
    this.#docs.setFeatures(handle, made);
    return made;
  }

  /** A document's text: kept in the entry, or asked of the caller's `getText`. */
  #textOf(handle: number): string {
    return this.#docs.text(handle) ?? this.#askText(this.#docs.id(handle));
  }

  #askText(id: string): string {
    const text = this.#options.getText?.(id);
    if (typeof text !== 'string') {
      throw new TypeError(
        `copydesk: CopyIndex: expected options.getText('${id}') to return the document's text, got ${describe(text)}`,
      );
    }
    return text;
  }

  #compare(a: Profile, b: Profile, pre?: Preliminaries): CopyComparison {
    return compareInOrder(a, b, this.#options, pre);
  }

  /** The preliminaries of a pair measured in the canonical order `#compare` compares it in. */
  #preliminaries(a: Profile, b: Profile): Preliminaries {
    return a.text <= b.text ? preliminaries(a, b) : preliminaries(b, a);
  }

  /**
   * Every candidate pair verified with the full comparison, once per state of the index.
   * Comparisons are kept in the order of their handles (`a` added first).
   */
  #verify(external?: Iterable<CandidatePair>): Verified {
    if (this.#verified && !external) return this.#verified;
    const candidates = external ? this.#givenPairs(external) : this.#candidatePairs(this.#live());
    const cache = new Map<number, Profile>();
    const added = this.#addedProfiles;
    if (!external) this.#addedProfiles = undefined;
    const profile = (handle: number): Profile => {
      let p = added?.get(handle) ?? cache.get(handle);
      if (!p) {
        p = profileOf(this.#textOf(handle), this.#options.body);
        if (cache.size >= PROFILE_CACHE) cache.delete(cache.keys().next().value as number);
        cache.set(handle, p);
      }
      return p;
    };
    const links: CopyLink[] = [];
    const comparisons = new Map<number, LinkFacts>();
    const compared = new Set<number>();
    const total = this.#docs.length;
    const threshold = this.#options.threshold ?? DEFAULT_THRESHOLD;
    const verifyPair = (first: number, second: number): CopyComparison | null => {
      compared.add(first * total + second);
      // Most candidates of one story fail here, before the alignment that costs the most.
      const pre = this.#preliminaries(profile(first), profile(second));
      if (!couldBeCopy(profile(first), profile(second), pre)) return null;
      const result = this.#compare(profile(first), profile(second), pre);
      // A cross-lingual pair that scores as a translation but whose anchors are out of place is
      // kept aside: it never forms a family, but inside one it is a translation after all.
      const corroborable = !result.isCopy && result.signals.crossLingual && result.score >= threshold;
      if (result.isCopy || corroborable) {
        comparisons.set(first * total + second, {
          relation: result.isCopy ? result.relation : 'translation',
          score: result.score,
          changes: result.changes,
          link: result.isCopy,
        });
      }
      return result;
    };
    for (const [first, second] of candidates) {
      const sameLanguage = oneLanguage(this.#docs.language(first), this.#docs.language(second));
      if (!worthAligning(this.#features(first), this.#features(second), sameLanguage)) continue;
      const result = verifyPair(first, second);
      if (!result?.isCopy) continue;
      const original = result.original === 'a' ? first : result.original === 'b' ? second : -1;
      links.push({ a: first, b: second, score: result.score, original });
    }
    const plans = planFamilies(links, (handle) => this.#docs.published(handle));
    const familyOf = new Map<number, number>();
    plans.forEach((plan, f) => {
      for (const member of plan.members) familyOf.set(member, f);
    });
    // Inside a family every pair is worth a look: members the bands did not pair are compared now.
    for (const plan of plans) {
      if (plan.members.length > COMPLETED_FAMILY) continue;
      const members = [...plan.members].sort((x, y) => x - y);
      for (let i = 0; i < members.length; i++)
        for (let j = i + 1; j < members.length; j++)
          if (!compared.has(members[i]! * total + members[j]!)) verifyPair(members[i]!, members[j]!);
    }
    const verified = { links, comparisons, plans, familyOf, total };
    if (!external) this.#verified = verified;
    return verified;
  }

  /**
   * Every copy pair in the index, verified, inside the copy families (see
   * {@link CopyIndex.families}): candidate pairs from the LSH bands, each checked with the full
   * comparison; a verified pair whose documents fell into two different families (a weak link
   * between two stories) is left out. Pairs are ordered by score, best first; `a` is the id added
   * first.
   *
   * With `options.candidates`, the pairs verified are those instead of the bands' own: candidate
   * pairs from a data engine (`duckdbCandidatePairs`, or `sql/candidates.sql` run elsewhere), put
   * through the same staged checks (the signatures' estimate first, the full comparison last), so
   * that millions of them cost what the index's own do.
   *
   * @example
   * ```ts
   * index.copyPairs(); // [{ a: '001', b: '002', relation: 'retranslation', score: 0.99 }]
   * index.copyPairs({ candidates: pairsFromDuckDB }); // the same pairs, when the engine's are the bands'
   * ```
   */
  copyPairs(options?: VerifyOptions): CopyPair[] {
    const { comparisons, familyOf, total } = this.#verify(candidatesOf('copyPairs', options));
    const pairs: CopyPair[] = [];
    for (const [key, facts] of comparisons) {
      const low = Math.floor(key / total);
      const high = key - low * total;
      const family = familyOf.get(low);
      if (family === undefined || family !== familyOf.get(high)) continue;
      pairs.push({
        a: this.#docs.id(low),
        b: this.#docs.id(high),
        relation: facts.relation,
        score: facts.score,
      });
    }
    return pairs.sort((x, y) => y.score - x.score || (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : 1));
  }

  /**
   * The copy families of the index, largest first: each a set of documents every one of which is
   * a verified copy of the family's original (or of the member it was verified against, which is),
   * never a chain of weak links. For each family: its original (the earliest stated publication
   * date, else the copying artefacts, else null), and one edge per other member saying what it
   * copied, how (relation, score) and what changed (numbers, names, quotes; `a` spans are in the
   * copy, `b` spans in its source). See `docs/copies.md`.
   *
   * @example
   * ```ts
   * const [family] = index.families();
   * family.original; // 'wire' (published first)
   * family.edges[0]; // { copy: 'farm', source: 'wire', relation: 'retranslation', score: 0.97, changes: [...] }
   * index.families({ candidates: pairsFromDuckDB }); // families of an engine's candidate pairs
   * ```
   */
  families(options?: VerifyOptions): CopyFamily[] {
    const { plans, comparisons, total } = this.#verify(candidatesOf('families', options));
    const families: CopyFamily[] = plans.map((plan) => {
      const edges: CopyFamilyEdge[] = plan.edges.map(({ copy, source }) => {
        const low = Math.min(copy, source);
        const high = Math.max(copy, source);
        const facts = comparisons.get(low * total + high)!;
        // Comparisons are stored with the earlier-added document as `a`; edges read copy → source.
        const changes =
          copy === low ? facts.changes : facts.changes.map((c) => ({ kind: c.kind, a: c.b, b: c.a }));
        return {
          copy: this.#docs.id(copy),
          source: this.#docs.id(source),
          relation: facts.relation,
          score: facts.score,
          changes,
        };
      });
      const published: Record<string, string> = {};
      for (const member of plan.members) {
        const date = this.#docs.published(member);
        if (date !== null) published[this.#docs.id(member)] = date;
      }
      return {
        ids: plan.members.map((m) => this.#docs.id(m)).sort(),
        original: plan.original >= 0 ? this.#docs.id(plan.original) : null,
        basis: plan.basis,
        centre: this.#docs.id(plan.centre),
        published,
        edges,
      };
    });
    return families.sort((x, y) => y.ids.length - x.ids.length || (x.ids[0]! < y.ids[0]! ? -1 : 1));
  }

  /**
   * Candidate pairs from the bands, one band at a time, each passed to `visit(lower, higher)` (by
   * handle) once per band it shares; returns how many buckets were dropped as hubs. The rule, the
   * same as the SQL of `docs/scale.md`:
   * - a bucket is the documents of one band with one key (an empty band has no key);
   * - a bucket of at most `bucketLimit` documents pairs all its members;
   * - a larger one pairs each member with its first four members (in the order they were added);
   * - a bucket of more than `hubLimit` documents (a phrase or number shared by a large part of the
   *   collection) pairs nothing and is counted.
   * Keys and handles are sorted together in typed arrays, so memory stays linear.
   */
  #eachCandidate(live: readonly number[], visit: (low: number, high: number) => void): number {
    const limit = this.#options.bucketLimit ?? DEFAULT_BUCKET_LIMIT;
    const hubLimit = this.#options.hubLimit ?? DEFAULT_HUB_LIMIT;
    const n = live.length;
    const docs = this.#docs;
    const keys = new Uint32Array(n);
    const order = new Uint32Array(n);
    const packed = new Float64Array(n <= POSITION_SPACE ? n : 0);
    let hubs = 0;
    for (let band = 0; band < BAND_COUNT; band++) {
      let count = 0;
      if (n <= POSITION_SPACE) {
        for (let i = 0; i < n; i++) {
          const handle = live[i]!;
          const key = bandKey(docs.signatureBlock(handle), docs.signatureOffset(handle), band);
          if (key === EMPTY) continue;
          // Key and position packed in one double (exact below 2^53), sorted numerically.
          packed[count++] = key * POSITION_SPACE + i;
        }
        const sorted = packed.subarray(0, count).sort();
        for (let i = 0; i < count; i++) {
          const value = sorted[i]!;
          const key = Math.floor(value / POSITION_SPACE);
          keys[i] = key;
          order[i] = live[value - key * POSITION_SPACE]!;
        }
      } else {
        // More documents than a double can pack with their keys: sort positions by key instead.
        const bandOf = new Uint32Array(n);
        const positions: number[] = [];
        for (let i = 0; i < n; i++) {
          const handle = live[i]!;
          bandOf[i] = bandKey(docs.signatureBlock(handle), docs.signatureOffset(handle), band);
          if (bandOf[i] !== EMPTY) positions.push(i);
        }
        positions.sort((x, y) => bandOf[x]! - bandOf[y]! || x - y);
        for (const i of positions) {
          keys[count] = bandOf[i]!;
          order[count++] = live[i]!;
        }
      }
      let start = 0;
      while (start < count) {
        let end = start + 1;
        while (end < count && keys[end] === keys[start]) end++;
        const size = end - start;
        if (size > hubLimit) hubs++;
        pairBucket((k) => order[k]!, start, end, limit, hubLimit, visit);
        if (size > limit) this.#eachInSubBuckets(order.subarray(start, end), band, limit, hubLimit, visit);
        start = end;
      }
    }
    return hubs;
  }

  /**
   * The pairs of an oversized bucket's sub-buckets: its members split by their key in the next
   * band of the channel (`nextBand`), so that members alike enough to share that key too (copies,
   * which share nearly all their minima) still meet, however many documents share the bucket's key
   * (a name or number every tenth page mentions). A sub-bucket pairs like a bucket: all its members
   * up to `limit`, else each member with its first four, and nothing above `hubLimit`.
   * `members` are handles in the order they were added.
   */
  #eachInSubBuckets(
    members: Uint32Array,
    band: number,
    limit: number,
    hubLimit: number,
    visit: (low: number, high: number) => void,
  ): void {
    const docs = this.#docs;
    const next = nextBand(band);
    const n = members.length;
    if (n > POSITION_SPACE) return;
    const keyed = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const handle = members[i]!;
      const key = bandKey(docs.signatureBlock(handle), docs.signatureOffset(handle), next);
      // Next-band key and position packed in one double, sorted numerically (positions keep order).
      keyed[i] = key * POSITION_SPACE + i;
    }
    keyed.sort();
    let start = 0;
    while (start < n) {
      const key = Math.floor(keyed[start]! / POSITION_SPACE);
      let end = start + 1;
      while (end < n && Math.floor(keyed[end]! / POSITION_SPACE) === key) end++;
      pairBucket((k) => members[keyed[k]! - key * POSITION_SPACE]!, start, end, limit, hubLimit, visit);
      start = end;
    }
  }

  /** The bands' candidate pairs [lower handle, higher handle] that pass the sketch check. */
  #candidatePairs(live: readonly number[]): [number, number][] {
    const check = this.#sketchCheck(live);
    this.#hubs = this.#eachCandidate(live, check.visit);
    return check.passed();
  }

  /**
   * Candidate pairs given by the caller (a data engine's), by handle, through the same sketch
   * check as the bands' own. An id the index does not hold is refused: the engine and the index
   * must have been given the same collection.
   */
  #givenPairs(pairs: Iterable<CandidatePair>): [number, number][] {
    const check = this.#sketchCheck(this.#live());
    for (const pair of pairs) {
      const a = typeof pair?.a === 'string' ? this.#handles.get(pair.a) : undefined;
      const b = typeof pair?.b === 'string' ? this.#handles.get(pair.b) : undefined;
      if (a === undefined || b === undefined) {
        throw new TypeError(
          `copydesk: CopyIndex: expected every candidate pair to name two documents of the index, got ${describe(pair?.a)} and ${describe(pair?.b)}`,
        );
      }
      if (a !== b) check.visit(Math.min(a, b), Math.max(a, b));
    }
    return check.passed();
  }

  /**
   * The cheap stage of verification, pair by pair (`visit(lower, higher)`): the signature check
   * runs at every visit (a pair that shares several bands is checked again, which costs less than
   * remembering every pair seen); only the pairs that pass are remembered, and `passed()` gives
   * them [lower handle, higher handle], in handle order.
   */
  #sketchCheck(live: readonly number[]): {
    visit: (low: number, high: number) => void;
    passed: () => [number, number][];
  } {
    const passed = new Set<number>();
    const out: [number, number][] = [];
    const docs = this.#docs;
    const total = docs.length;
    const prints = wordMinimaPrints(docs, live);
    const visit = (low: number, high: number): void => {
      const sameLanguage = oneLanguage(docs.language(low), docs.language(high));
      const blockLow = docs.signatureBlock(low);
      const blockHigh = docs.signatureBlock(high);
      const atLow = docs.signatureOffset(low);
      const atHigh = docs.signatureOffset(high);
      if (sameLanguage) {
        // Most band collisions are articles of one story that share its names and numbers: the
        // prints reject them reading a quarter of the bytes the signatures would.
        const equal = equalPrintBytes(prints, low, high);
        if (!containedEnough(equal / WORD_MINIMA, blockLow[atLow + 1]!, blockHigh[atHigh + 1]!)) return;
      }
      if (!worthComparingAt(blockLow, atLow, blockHigh, atHigh, sameLanguage)) return;
      const key = low * total + high;
      if (passed.has(key)) return;
      passed.add(key);
      out.push([low, high]);
    };
    return { visit, passed: () => out.sort((x, y) => x[0] - y[0] || x[1] - y[1]) };
  }

  /**
   * The candidate pairs of the bands, before any check (see `docs/scale.md` for the rule and the
   * SQL that computes the same pairs in a data engine): `a` is the document added first.
   *
   * @example
   * ```ts
   * index.candidatePairs(); // [{ a: '001', b: '002' }]
   * ```
   */
  candidatePairs(): CandidatePair[] {
    const live = this.#live();
    const seen = new Set<number>();
    const out: CandidatePair[] = [];
    const total = this.#docs.length;
    this.#hubs = this.#eachCandidate(live, (low, high) => {
      const key = low * total + high;
      if (seen.has(key)) return;
      seen.add(key);
      out.push({ a: this.#docs.id(low), b: this.#docs.id(high) });
    });
    return out;
  }

  /**
   * Counts of the last search: documents, and LSH buckets dropped as hubs (see `hubLimit`).
   *
   * @example
   * ```ts
   * index.copyPairs();
   * index.stats(); // { documents: 1101, hubBuckets: 0 }
   * ```
   */
  stats(): CopyIndexStats {
    return { documents: this.size, hubBuckets: this.#hubs };
  }

  #live(): number[] {
    const live: number[] = [];
    for (let handle = 0; handle < this.#docs.length; handle++) if (this.#docs.has(handle)) live.push(handle);
    return live;
  }

  /**
   * The copies in the index as groups: the members of each copy family (see
   * {@link CopyIndex.families}), largest group first, with the verified pairs inside it.
   *
   * @example
   * ```ts
   * index.copies(); // [{ ids: ['001', '002'], pairs: [{ a: '001', b: '002', relation: 'retranslation', score: 0.99 }] }]
   * ```
   */
  copies(): CopyGroup[] {
    const pairs = this.copyPairs();
    const groupOf = new Map<string, { ids: string[]; pairs: CopyPair[] }>();
    for (const family of this.families()) {
      const group = { ids: [...family.ids], pairs: [] as CopyPair[] };
      for (const id of family.ids) groupOf.set(id, group);
    }
    for (const p of pairs) groupOf.get(p.a)?.pairs.push(p);
    return [...new Set(groupOf.values())].sort(
      (x, y) => y.ids.length - x.ids.length || (x.ids[0]! < y.ids[0]! ? -1 : 1),
    );
  }

  /**
   * The index in its saved binary form (see `docs/scale.md`), as chunks of about 1 MB to write one
   * after another, so that even a very large index is never one string or buffer. Texts are saved
   * when the index keeps them (no `getText`); sources (see {@link AddOptions.source}) always.
   *
   * @example
   * ```ts
   * const out = fs.createWriteStream('day.cpdx');
   * for (const chunk of index.save()) out.write(chunk);
   * ```
   */
  *save(): Generator<Uint8Array> {
    const live = this.#live();
    const records = function* (docs: DocumentStore): Generator<SavedRecord> {
      for (const handle of live) {
        yield {
          id: docs.id(handle),
          source: docs.source(handle),
          published: docs.published(handle),
          text: docs.text(handle),
          language: docs.language(handle),
          signature: docs.signature(handle),
        };
      }
    };
    yield* writeIndex(records(this.#docs), live.length);
  }

  /**
   * Loads an index from the chunks {@link CopyIndex.save} wrote (in any sizes: they are read across
   * boundaries). The whole data is checked first: a file of another format or version, a truncated
   * one or a corrupted one throws an error that says which, and nothing is loaded. Options are not
   * saved: pass them again (`getText` when the texts were not saved).
   *
   * @example
   * ```ts
   * const index = CopyIndex.load([fs.readFileSync('day.cpdx')], { getText: (id) => texts.get(id) });
   * ```
   */
  static load(chunks: Iterable<Uint8Array>, options: CopyIndexOptions = {}): CopyIndex {
    if (
      chunks === null ||
      typeof (chunks as Partial<Iterable<Uint8Array>>)?.[Symbol.iterator] !== 'function'
    ) {
      throw new TypeError('copydesk: CopyIndex.load: expected an iterable of Uint8Array chunks');
    }
    const records = readIndex(chunks);
    const index = new CopyIndex(options);
    const keep = options.getText === undefined;
    for (const record of records) {
      if (keep && record.text === undefined) {
        throw new SavedIndexError(
          `copydesk: CopyIndex.load: the index was saved without texts; pass options.getText to load it`,
        );
      }
    }
    for (const record of records) {
      index.#insert({
        id: record.id,
        text: keep ? record.text : undefined,
        signature: record.signature,
        published: record.published,
        language: record.language,
        source: record.source,
      });
    }
    return index;
  }

  /**
   * Where the caller keeps a document's text (the `source` given to {@link CopyIndex.add}), or
   * undefined for an unknown id.
   *
   * @example
   * ```ts
   * index.sourceOf('wire-17'); // 'archive/2025-05-19.jsonl:1048576:5210'
   * ```
   */
  sourceOf(id: string): string | undefined {
    const handle = this.#handles.get(id);
    return handle === undefined ? undefined : this.#docs.source(handle);
  }

  /**
   * A plain-data snapshot (ids, texts and signatures) that `JSON.stringify` can write and
   * {@link CopyIndex.fromJSON} can read back without recomputing any signature.
   *
   * @example
   * ```ts
   * const saved = JSON.stringify(index.toJSON());
   * ```
   */
  toJSON(): CopyIndexJSON {
    const documents: CopyIndexJSON['documents'][number][] = [];
    for (const handle of this.#live()) {
      const text = this.#docs.text(handle);
      const published = this.#docs.published(handle);
      const saved = {
        id: this.#docs.id(handle),
        ...(text === undefined ? {} : { text }),
        signature: Array.from(this.#docs.signature(handle)),
        language: this.#docs.language(handle),
      };
      documents.push(published === null ? saved : { ...saved, published });
    }
    return { format: 'copydesk-copy-index', version: 1, documents };
  }

  /**
   * Rebuilds an index from {@link CopyIndex.toJSON}'s output. Options are not saved (functions
   * cannot be): pass the same ones again. Throws a `TypeError` on data of another shape.
   *
   * @example
   * ```ts
   * const index = CopyIndex.fromJSON(JSON.parse(saved));
   * ```
   */
  static fromJSON(json: CopyIndexJSON, options: CopyIndexOptions = {}): CopyIndex {
    const data = json as Partial<CopyIndexJSON> | null;
    if (data?.format !== 'copydesk-copy-index' || data.version !== 1 || !Array.isArray(data.documents)) {
      throw new TypeError(
        'copydesk: CopyIndex.fromJSON: expected the output of CopyIndex.toJSON (version 1)',
      );
    }
    const index = new CopyIndex(options);
    for (const doc of data.documents) {
      const textOk =
        typeof doc?.text === 'string' || (doc?.text === undefined && options.getText !== undefined);
      if (typeof doc?.id !== 'string' || !textOk || !isSignature(doc.signature)) {
        throw new TypeError(
          'copydesk: CopyIndex.fromJSON: a document lacks a string id, a version-1 signature, or a string text (required without options.getText)',
        );
      }
      const keep = options.getText === undefined;
      index.#insert({
        id: doc.id,
        text: keep ? doc.text : undefined,
        signature: doc.signature,
        published: normaliseDate(doc.published),
        source: '',
        language:
          typeof doc.language === 'number'
            ? doc.language
            : profileOf(doc.text ?? index.#askText(doc.id), options.body).language,
      });
    }
    return index;
  }
}

/** The candidate pairs of `options`, checked to be iterable, or undefined for the bands' own. */
function candidatesOf(
  method: string,
  options: VerifyOptions | undefined,
): Iterable<CandidatePair> | undefined {
  if (options === undefined) return undefined;
  if (options === null || typeof options !== 'object') {
    throw new TypeError(
      `copydesk: CopyIndex.${method}: expected options to be an object, got ${describe(options)}`,
    );
  }
  const { candidates } = options;
  if (candidates === undefined) return undefined;
  if (
    candidates === null ||
    typeof candidates !== 'object' ||
    typeof (candidates as Iterable<unknown>)[Symbol.iterator] !== 'function'
  ) {
    throw new TypeError(
      `copydesk: CopyIndex.${method}: expected options.candidates to be an iterable of { a, b }, got ${describe(candidates)}`,
    );
  }
  return candidates;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}
