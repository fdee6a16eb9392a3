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
} from './index-types.js';
import { TypedPool } from './pool.js';
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
const BAND_COUNT = WORD_MINIMA / WORD_ROWS + ANCHOR_MINIMA / ANCHOR_ROWS;
/** Positions are packed below keys in one double: up to 2^21 (2,097,152) documents per search. */
const POSITION_SPACE = 2 ** 21;

/** The key of one band of a signature (see `bandKeys`), or EMPTY. */
function bandKey(signature: Uint32Array, band: number): number {
  const wordBands = WORD_MINIMA / WORD_ROWS;
  if (band < wordBands) {
    if ((signature[1] ?? 0) === 0) return EMPTY;
    let h = mix32(band + 1);
    for (let r = 0; r < WORD_ROWS; r++) h = mix32(h ^ signature[WORD_OFFSET + band * WORD_ROWS + r]!);
    return h === EMPTY ? 0 : h;
  }
  if ((signature[2] ?? 0) < MIN_ANCHORS) return EMPTY;
  const anchorBand = band - wordBands;
  let h = mix32(0x1000 + anchorBand);
  for (let r = 0; r < ANCHOR_ROWS; r++)
    h = mix32(h ^ signature[ANCHOR_OFFSET + anchorBand * ANCHOR_ROWS + r]!);
  return h === EMPTY ? 0 : h;
}

/** Band keys of a signature: word bands first, then anchor bands; EMPTY for an empty band. */
export function bandKeys(signature: Uint32Array): Uint32Array {
  const keys = new Uint32Array(BAND_COUNT);
  for (let band = 0; band < BAND_COUNT; band++) keys[band] = bandKey(signature, band);
  return keys;
}

/**
 * Whether two signatures are alike enough to be worth a closer look: enough word minima in common
 * (as a share of the union, or of the smaller text, for an excerpt of a longer page), or — only for
 * texts that may be in two languages, since translations share no words — at least two of the 32
 * anchor minima and an estimated anchor containment like the one the cross-lingual score needs.
 */
export function worthComparing(a: Uint32Array, b: Uint32Array, sameLanguage = false): boolean {
  const words = estimateJaccard(a, b, 'words');
  const sizeA = a[1] ?? 0;
  const sizeB = b[1] ?? 0;
  const shared = (words * (sizeA + sizeB)) / (1 + words);
  const contained = shared / Math.max(1, Math.min(sizeA, sizeB));
  // Within one language only shared words count, as a share of the smaller text.
  if (sameLanguage) return contained >= MIN_SAME_LANGUAGE_CONTAINMENT;
  if (words >= MIN_WORD_JACCARD) return true;
  if (words >= MIN_EXCERPT_JACCARD && contained >= MIN_EXCERPT_CONTAINMENT) return true;
  const anchorsA = a[2] ?? 0;
  const anchorsB = b[2] ?? 0;
  if (anchorsA < MIN_ANCHORS || anchorsB < MIN_ANCHORS) return false;
  const jaccard = estimateJaccard(a, b, 'anchors');
  if (jaccard < MIN_ANCHOR_JACCARD) return false;
  const sharedAnchors = (jaccard * (anchorsA + anchorsB)) / (1 + jaccard);
  return sharedAnchors / (Math.min(anchorsA, anchorsB) + 2) >= MIN_ANCHOR_CONTAINMENT;
}

/** Whether two documents' language codes (see `Profile.language`) say they are in one language. */
function oneLanguage(a: number, b: number): boolean {
  return a === b && a !== 0;
}

interface Entry {
  readonly id: string;
  /** The text, unless the index was given `getText` (then the caller keeps the texts). */
  readonly text: string | undefined;
  readonly signature: Uint32Array;
  /** The publication date the caller gave or the page states (`YYYY-MM-DD…`), or null. */
  readonly published: string | null;
  /** The document's language code (see `Profile.language`). */
  readonly language: number;
  /** Where the caller keeps the text, as given to `add` (saved with the index), or ''. */
  readonly source: string;
  /**
   * Compact feature sets (see `featureSets`), so candidates are checked on them without rebuilding
   * profiles; made from the text again after `load`/`fromJSON`.
   */
  features?: FeatureSets;
}

/** Sorted distinct 16-bit hashes of a profile's word and anchor features. */
interface FeatureSets {
  readonly words: Uint16Array;
  readonly anchors: Uint16Array;
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
function featureSets(profile: Profile): FeatureSets {
  return { words: fold16(profile.words, true), anchors: fold16(profile.anchors, false) };
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
  readonly #entries: (Entry | undefined)[] = [];
  readonly #handles = new Map<string, number>();
  #bands: Map<number, number[]>[] | undefined;
  /** Blocks the per-document arrays live in (see `pool.ts`). */
  readonly #signatures = new TypedPool((length) => new Uint32Array(length), 163 * 4096);
  readonly #folds = new TypedPool((length) => new Uint16Array(length), 1 << 18);
  /** Buckets dropped as hubs by the last candidate search. */
  #hubs = 0;
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
    const compact = this.#options.getText !== undefined;
    this.#insert({
      id,
      text: compact ? undefined : text,
      signature: this.#signatures.copy(signatureOf(profile.words, profile.anchors)),
      published: normaliseDate(given) ?? profile.published,
      language: profile.language,
      source: typeof options?.source === 'string' ? options.source : '',
      features: this.#pooled(featureSets(profile)),
    });
  }

  #insert(entry: Entry): void {
    if (this.#handles.has(entry.id)) this.remove(entry.id);
    this.#verified = undefined;
    const handle = this.#entries.length;
    this.#entries.push(entry);
    this.#handles.set(entry.id, handle);
    if (this.#bands) this.#band(handle, entry.signature);
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
    this.#entries[handle] = undefined;
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
    const entry = handle === undefined ? undefined : this.#entries[handle];
    return entry ? Array.from(entry.signature) : undefined;
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
      const self = this.#entries[selfHandle]!;
      text = this.#textOf(self);
      signature = self.signature;
    } else {
      const profile = profileOf(text, this.#options.body);
      signature = Uint32Array.from(signatureOf(profile.words, profile.anchors));
    }
    if (!this.#bands) {
      this.#bands = Array.from({ length: BAND_COUNT }, () => new Map());
      this.#entries.forEach((entry, handle) => {
        if (entry) this.#band(handle, entry.signature);
      });
    }
    const candidates = new Set<number>();
    const keys = bandKeys(signature);
    for (let band = 0; band < keys.length; band++) {
      if (keys[band] === EMPTY) continue;
      for (const handle of this.#bands[band]!.get(keys[band]!) ?? []) {
        if (handle !== selfHandle && this.#entries[handle]) candidates.add(handle);
      }
    }
    const queryProfile = profileOf(text, this.#options.body);
    const queryFeatures = featureSets(queryProfile);
    const matches: CopyMatch[] = [];
    for (const handle of candidates) {
      const entry = this.#entries[handle]!;
      const sameLanguage = oneLanguage(queryProfile.language, entry.language);
      if (!worthComparing(signature, entry.signature, sameLanguage)) continue;
      if (!worthAligning(queryFeatures, this.#features(entry), sameLanguage)) continue;
      const profile = profileOf(this.#textOf(entry), this.#options.body);
      const result = this.#compare(queryProfile, profile);
      if (result.relation === 'unrelated') continue;
      matches.push({ id: entry.id, relation: result.relation, isCopy: result.isCopy, score: result.score });
    }
    matches.sort((x, y) => y.score - x.score || (x.id < y.id ? -1 : 1));
    return matches.slice(0, Math.max(0, limit));
  }

  /** The exact feature sets of a document: kept ones, or (compact index) its profile's. */
  #features(entry: Entry): FeatureSets {
    entry.features ??= this.#pooled(featureSets(profileOf(this.#textOf(entry), this.#options.body)));
    return entry.features;
  }

  #pooled(sets: FeatureSets): FeatureSets {
    return { words: this.#folds.copy(sets.words), anchors: this.#folds.copy(sets.anchors) };
  }

  /** A document's text: kept in the entry, or asked of the caller's `getText`. */
  #textOf(entry: Pick<Entry, 'id' | 'text'>): string {
    if (entry.text !== undefined) return entry.text;
    const text = this.#options.getText?.(entry.id);
    if (typeof text !== 'string') {
      throw new TypeError(
        `copydesk: CopyIndex: expected options.getText('${entry.id}') to return the document's text, got ${describe(text)}`,
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
  #verify(): Verified {
    if (this.#verified) return this.#verified;
    const candidates = this.#candidatePairs(this.#live());
    const cache = new Map<number, Profile>();
    const profile = (handle: number): Profile => {
      let p = cache.get(handle);
      if (!p) {
        p = profileOf(this.#textOf(this.#entries[handle]!), this.#options.body);
        if (cache.size >= PROFILE_CACHE) cache.delete(cache.keys().next().value as number);
        cache.set(handle, p);
      }
      return p;
    };
    const links: CopyLink[] = [];
    const comparisons = new Map<number, LinkFacts>();
    const compared = new Set<number>();
    const total = this.#entries.length;
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
      const entryA = this.#entries[first]!;
      const entryB = this.#entries[second]!;
      const featuresA = this.#features(entryA);
      const featuresB = this.#features(entryB);
      if (!worthAligning(featuresA, featuresB, oneLanguage(entryA.language, entryB.language))) continue;
      const result = verifyPair(first, second);
      if (!result?.isCopy) continue;
      const original = result.original === 'a' ? first : result.original === 'b' ? second : -1;
      links.push({ a: first, b: second, score: result.score, original });
    }
    const plans = planFamilies(links, (handle) => this.#entries[handle]!.published);
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
    this.#verified = { links, comparisons, plans, familyOf, total };
    return this.#verified;
  }

  /**
   * Every copy pair in the index, verified, inside the copy families (see
   * {@link CopyIndex.families}): candidate pairs from the LSH bands, each checked with the full
   * comparison; a verified pair whose documents fell into two different families (a weak link
   * between two stories) is left out. Pairs are ordered by score, best first; `a` is the id added
   * first.
   *
   * @example
   * ```ts
   * index.copyPairs(); // [{ a: '001', b: '002', relation: 'retranslation', score: 0.99 }]
   * ```
   */
  copyPairs(): CopyPair[] {
    const { comparisons, familyOf, total } = this.#verify();
    const pairs: CopyPair[] = [];
    for (const [key, facts] of comparisons) {
      const low = Math.floor(key / total);
      const high = key - low * total;
      const family = familyOf.get(low);
      if (family === undefined || family !== familyOf.get(high)) continue;
      pairs.push({
        a: this.#entries[low]!.id,
        b: this.#entries[high]!.id,
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
   * ```
   */
  families(): CopyFamily[] {
    const { plans, comparisons, total } = this.#verify();
    const families: CopyFamily[] = plans.map((plan) => {
      const edges: CopyFamilyEdge[] = plan.edges.map(({ copy, source }) => {
        const low = Math.min(copy, source);
        const high = Math.max(copy, source);
        const facts = comparisons.get(low * total + high)!;
        // Comparisons are stored with the earlier-added document as `a`; edges read copy → source.
        const changes =
          copy === low ? facts.changes : facts.changes.map((c) => ({ kind: c.kind, a: c.b, b: c.a }));
        return {
          copy: this.#entries[copy]!.id,
          source: this.#entries[source]!.id,
          relation: facts.relation,
          score: facts.score,
          changes,
        };
      });
      const published: Record<string, string> = {};
      for (const member of plan.members) {
        const date = this.#entries[member]!.published;
        if (date !== null) published[this.#entries[member]!.id] = date;
      }
      return {
        ids: plan.members.map((m) => this.#entries[m]!.id).sort(),
        original: plan.original >= 0 ? this.#entries[plan.original]!.id : null,
        basis: plan.basis,
        centre: this.#entries[plan.centre]!.id,
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
    const keys = new Uint32Array(n);
    const order = new Uint32Array(n);
    const packed = new Float64Array(n <= POSITION_SPACE ? n : 0);
    let hubs = 0;
    for (let band = 0; band < BAND_COUNT; band++) {
      let count = 0;
      if (n <= POSITION_SPACE) {
        for (let i = 0; i < n; i++) {
          const key = bandKey(this.#entries[live[i]!]!.signature, band);
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
          bandOf[i] = bandKey(this.#entries[live[i]!]!.signature, band);
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
        else if (size > 1) {
          const leaders = size <= limit ? size : Math.min(BUCKET_LEADERS, size);
          for (let i = start; i < start + leaders; i++)
            for (let j = i + 1; j < end; j++) visit(order[i]!, order[j]!);
        }
        start = end;
      }
    }
    return hubs;
  }

  /**
   * Candidate pairs [lower handle, higher handle] worth verifying, in handle order. The signature
   * check runs at every visit (a pair that shares several bands is checked again, which costs less
   * than remembering every pair seen); only the pairs that pass are remembered.
   */
  #candidatePairs(live: readonly number[]): [number, number][] {
    const passed = new Set<number>();
    const out: [number, number][] = [];
    const total = this.#entries.length;
    this.#hubs = this.#eachCandidate(live, (low, high) => {
      const entryLow = this.#entries[low]!;
      const entryHigh = this.#entries[high]!;
      if (
        !worthComparing(
          entryLow.signature,
          entryHigh.signature,
          oneLanguage(entryLow.language, entryHigh.language),
        )
      )
        return;
      const key = low * total + high;
      if (passed.has(key)) return;
      passed.add(key);
      out.push([low, high]);
    });
    return out.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
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
    const total = this.#entries.length;
    this.#hubs = this.#eachCandidate(live, (low, high) => {
      const key = low * total + high;
      if (seen.has(key)) return;
      seen.add(key);
      out.push({ a: this.#entries[low]!.id, b: this.#entries[high]!.id });
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
    this.#entries.forEach((entry, handle) => {
      if (entry) live.push(handle);
    });
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
    const records = function* (entries: readonly (Entry | undefined)[]): Generator<SavedRecord> {
      for (const handle of live) {
        const entry = entries[handle]!;
        yield {
          id: entry.id,
          source: entry.source,
          published: entry.published,
          text: entry.text,
          language: entry.language,
          signature: entry.signature,
        };
      }
    };
    yield* writeIndex(records(this.#entries), live.length);
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
        signature: index.#signatures.copy(record.signature),
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
    return handle === undefined ? undefined : this.#entries[handle]!.source;
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
    for (const entry of this.#entries) {
      if (!entry) continue;
      const saved = {
        id: entry.id,
        ...(entry.text === undefined ? {} : { text: entry.text }),
        signature: Array.from(entry.signature),
        language: entry.language,
      };
      documents.push(entry.published === null ? saved : { ...saved, published: entry.published });
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
        signature: index.#signatures.copy(doc.signature),
        published: normaliseDate(doc.published),
        source: '',
        language:
          typeof doc.language === 'number'
            ? doc.language
            : profileOf(doc.text ?? index.#textOf({ id: doc.id, text: undefined }), options.body).language,
      });
    }
    return index;
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}
