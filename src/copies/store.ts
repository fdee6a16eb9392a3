/**
 * The copy index's documents, column by column: one growing typed array per number, blocks of
 * signatures and feature folds, and plain arrays for the strings. An object per document, with a
 * typed-array view per signature and feature set, costs about 500 bytes of bookkeeping, which is
 * as much as the data of a short article; in columns a document costs its data and about 60 bytes.
 *
 * @module
 * @internal
 */
import { SIGNATURE_LENGTH } from './signature.js';

/** Documents whose signatures share one block. */
const SIGNATURE_BLOCK_DOCUMENTS = 256;
/** 16-bit values per block of feature folds. */
const FOLD_BLOCK_BITS = 16;
const FOLD_BLOCK = 1 << FOLD_BLOCK_BITS;
/** Marks a document whose feature sets are not made yet (after `load`). */
const NO_FEATURES = 0xffffffff;

/** Sorted distinct 16-bit hashes of a document's word and anchor features. */
export interface FeatureSets {
  readonly words: Uint16Array;
  readonly anchors: Uint16Array;
}

/** What the store keeps of one document. */
export interface StoredDocument {
  readonly id: string;
  /** The text, unless the index was given `getText` (then the caller keeps the texts). */
  readonly text: string | undefined;
  readonly signature: Readonly<ArrayLike<number>>;
  /** The publication date the caller gave or the page states (`YYYY-MM-DD…`), or null. */
  readonly published: string | null;
  /** The document's language code (see `Profile.language`). */
  readonly language: number;
  /** Where the caller keeps the text, as given to `add` (saved with the index), or ''. */
  readonly source: string;
  /** Compact feature sets; without them, they are made from the text when first needed. */
  readonly features?: FeatureSets;
}

function grown(array: Uint32Array<ArrayBuffer>, length: number): Uint32Array<ArrayBuffer> {
  if (length <= array.length) return array;
  const next = new Uint32Array(Math.max(length, array.length * 2, 1024));
  next.set(array);
  return next;
}

/** Documents by handle (the order they were added); a removed document leaves its handle empty. */
export class DocumentStore {
  readonly #ids: (string | undefined)[] = [];
  readonly #texts: (string | undefined)[] = [];
  readonly #published: (string | null)[] = [];
  readonly #sources: string[] = [];
  #language = new Uint32Array(0);
  /** Signature blocks: document `h` is at `blocks[h >> 8]`, from `(h & 255) * 163`. */
  readonly #signatureBlocks: Uint32Array[] = [];
  /** Fold blocks and, per document, where its words and anchors start there and how many. */
  readonly #foldBlocks: Uint16Array[] = [];
  #foldsUsed = FOLD_BLOCK;
  #wordsAt = new Uint32Array(0);
  #wordsLength = new Uint32Array(0);
  #anchorsAt = new Uint32Array(0);
  #anchorsLength = new Uint32Array(0);
  /** Feature sets too long for a block, by handle. */
  readonly #large = new Map<number, FeatureSets>();

  /** Handles given out so far (removed ones included). */
  get length(): number {
    return this.#ids.length;
  }

  /** Stores a document and returns its handle. */
  push(doc: StoredDocument): number {
    const handle = this.#ids.length;
    this.#ids.push(doc.id);
    this.#texts.push(doc.text);
    this.#published.push(doc.published);
    this.#sources.push(doc.source);
    const n = handle + 1;
    this.#language = grown(this.#language, n);
    this.#language[handle] = doc.language;
    this.#wordsAt = grown(this.#wordsAt, n);
    this.#wordsLength = grown(this.#wordsLength, n);
    this.#anchorsAt = grown(this.#anchorsAt, n);
    this.#anchorsLength = grown(this.#anchorsLength, n);
    const slot = handle % SIGNATURE_BLOCK_DOCUMENTS;
    if (slot === 0) this.#signatureBlocks.push(new Uint32Array(SIGNATURE_BLOCK_DOCUMENTS * SIGNATURE_LENGTH));
    this.#signatureBlocks[this.#signatureBlocks.length - 1]!.set(doc.signature, slot * SIGNATURE_LENGTH);
    this.#wordsLength[handle] = NO_FEATURES;
    if (doc.features) this.setFeatures(handle, doc.features);
    return handle;
  }

  /** Empties a handle. */
  remove(handle: number): void {
    this.#ids[handle] = undefined;
    this.#texts[handle] = undefined;
    this.#large.delete(handle);
  }

  /** Whether the handle holds a document. */
  has(handle: number): boolean {
    return this.#ids[handle] !== undefined;
  }

  id(handle: number): string {
    return this.#ids[handle]!;
  }

  text(handle: number): string | undefined {
    return this.#texts[handle];
  }

  published(handle: number): string | null {
    return this.#published[handle] ?? null;
  }

  source(handle: number): string {
    return this.#sources[handle] ?? '';
  }

  language(handle: number): number {
    return this.#language[handle] ?? 0;
  }

  /** The block that holds a document's signature; it starts at `signatureOffset(handle)`. */
  signatureBlock(handle: number): Uint32Array {
    return this.#signatureBlocks[Math.floor(handle / SIGNATURE_BLOCK_DOCUMENTS)]!;
  }

  signatureOffset(handle: number): number {
    return (handle % SIGNATURE_BLOCK_DOCUMENTS) * SIGNATURE_LENGTH;
  }

  /** A view of a document's signature. */
  signature(handle: number): Uint32Array {
    const offset = this.signatureOffset(handle);
    return this.signatureBlock(handle).subarray(offset, offset + SIGNATURE_LENGTH);
  }

  /** A document's feature sets (views), or undefined when they are not made yet. */
  features(handle: number): FeatureSets | undefined {
    const words = this.#wordsLength[handle]!;
    if (words === NO_FEATURES) return undefined;
    const large = this.#large.get(handle);
    if (large) return large;
    return {
      words: this.#folds(this.#wordsAt[handle]!, words),
      anchors: this.#folds(this.#anchorsAt[handle]!, this.#anchorsLength[handle]!),
    };
  }

  /** Keeps a document's feature sets (copied). */
  setFeatures(handle: number, sets: FeatureSets): void {
    const total = sets.words.length + sets.anchors.length;
    this.#wordsLength[handle] = sets.words.length;
    this.#anchorsLength[handle] = sets.anchors.length;
    if (total === 0) return;
    if (total > FOLD_BLOCK / 4) {
      this.#large.set(handle, { words: sets.words.slice(), anchors: sets.anchors.slice() });
      return;
    }
    if (this.#foldsUsed + total > FOLD_BLOCK) {
      this.#foldBlocks.push(new Uint16Array(FOLD_BLOCK));
      this.#foldsUsed = 0;
    }
    const block = this.#foldBlocks.length - 1;
    const at = block * FOLD_BLOCK + this.#foldsUsed;
    const array = this.#foldBlocks[block]!;
    array.set(sets.words, this.#foldsUsed);
    array.set(sets.anchors, this.#foldsUsed + sets.words.length);
    this.#wordsAt[handle] = at;
    this.#anchorsAt[handle] = at + sets.words.length;
    this.#foldsUsed += total;
  }

  #folds(at: number, length: number): Uint16Array {
    if (length === 0) return new Uint16Array(0);
    const block = this.#foldBlocks[at >>> FOLD_BLOCK_BITS]!;
    const offset = at & (FOLD_BLOCK - 1);
    return block.subarray(offset, offset + length);
  }
}
