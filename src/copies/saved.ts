/**
 * The saved copy index, a versioned binary format written and read in chunks, so an index of a
 * million documents is saved and loaded without one huge string or buffer. All numbers are
 * little-endian.
 *
 * | part | layout |
 * | --- | --- |
 * | header (24 bytes) | magic `COPYDESK` (8 bytes ASCII), format version u32 (`1`), signature layout version u32 (`1`), record count u32, reserved u32 (0) |
 * | record, one per document | id: u32 byte length + UTF-8; source: u32 byte length + UTF-8 (where the caller keeps the text, may be empty); published: u32 byte length + UTF-8 (empty when none); text: u32 byte length + UTF-8, or `0xFFFFFFFF` when the index does not keep texts; language code u32; signature: 163 × u32 |
 * | trailer (12 bytes) | `END!` (4 bytes ASCII), record count u32 again, FNV-1a checksum u32 of every byte from the first record to the trailer |
 *
 * A reader refuses another magic, another version, a short file (the trailer is missing) and a
 * checksum or count that does not match, and returns nothing in those cases.
 *
 * @module
 */
import type { CopyIndex } from './copy-index.js';
import { SIGNATURE_LENGTH, SIGNATURE_VERSION } from './signature.js';

/** The eight bytes every saved index starts with. */
export const MAGIC = 'COPYDESK';
/** The version of this layout. */
export const FORMAT_VERSION = 1;
const HEADER_BYTES = 24;
const TRAILER = 'END!';
const NO_TEXT = 0xffffffff;
/** Chunks are handed out at about this size. */
const CHUNK_BYTES = 1 << 20;
/** Longest id, source, date or text a record may hold (bytes): larger lengths mean corruption. */
const MAX_FIELD = 1 << 30;

/** One document as saved. */
export interface SavedRecord {
  readonly id: string;
  readonly source: string;
  readonly published: string | null;
  readonly text: string | undefined;
  readonly language: number;
  readonly signature: Uint32Array;
}

const encoder = new TextEncoder();

/** FNV-1a over bytes, continued from `hash`. */
function fnv(bytes: Uint8Array, hash: number): number {
  let h = hash;
  for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193);
  return h >>> 0;
}

/** A growing byte buffer that hands out full chunks. */
class ChunkWriter {
  #buffer = new Uint8Array(CHUNK_BYTES);
  #view = new DataView(this.#buffer.buffer);
  #used = 0;
  readonly #out: Uint8Array[] = [];

  #room(bytes: number): void {
    if (this.#used + bytes <= this.#buffer.length) return;
    if (this.#used > 0) this.#out.push(this.#buffer.slice(0, this.#used));
    this.#buffer = new Uint8Array(Math.max(CHUNK_BYTES, bytes));
    this.#view = new DataView(this.#buffer.buffer);
    this.#used = 0;
  }

  u32(value: number): void {
    this.#room(4);
    this.#view.setUint32(this.#used, value >>> 0, true);
    this.#used += 4;
  }

  bytes(value: Uint8Array): void {
    this.#room(value.length);
    this.#buffer.set(value, this.#used);
    this.#used += value.length;
  }

  string(value: string): void {
    const bytes = encoder.encode(value);
    this.u32(bytes.length);
    this.bytes(bytes);
  }

  /** Full chunks written so far (taken out of the writer). */
  take(all = false): Uint8Array[] {
    if (all && this.#used > 0) {
      this.#out.push(this.#buffer.slice(0, this.#used));
      this.#used = 0;
    }
    return this.#out.splice(0);
  }
}

/** The saved form of `records`, as chunks of about 1 MB. */
export function* writeIndex(records: Iterable<SavedRecord>, count: number): Generator<Uint8Array> {
  const header = new ChunkWriter();
  header.bytes(encoder.encode(MAGIC));
  header.u32(FORMAT_VERSION);
  header.u32(SIGNATURE_VERSION);
  header.u32(count);
  header.u32(0);
  yield* header.take(true);
  let checksum = 0x811c9dc5;
  let written = 0;
  const body = new ChunkWriter();
  const emit = function* (all: boolean): Generator<Uint8Array> {
    for (const chunk of body.take(all)) {
      checksum = fnv(chunk, checksum);
      yield chunk;
    }
  };
  for (const record of records) {
    body.string(record.id);
    body.string(record.source);
    body.string(record.published ?? '');
    if (record.text === undefined) body.u32(NO_TEXT);
    else body.string(record.text);
    body.u32(record.language);
    const signature = new Uint8Array(SIGNATURE_LENGTH * 4);
    const view = new DataView(signature.buffer);
    for (let i = 0; i < SIGNATURE_LENGTH; i++) view.setUint32(i * 4, record.signature[i] ?? 0, true);
    body.bytes(signature);
    written++;
    yield* emit(false);
  }
  yield* emit(true);
  if (written !== count)
    throw new Error(`copydesk: saving the index: expected ${count} records, wrote ${written}`);
  const trailer = new ChunkWriter();
  trailer.bytes(encoder.encode(TRAILER));
  trailer.u32(count);
  trailer.u32(checksum);
  yield* trailer.take(true);
}

/**
 * Thrown by {@link CopyIndex.load} for data that is not a whole saved index of this version (another
 * format or version, a truncated or corrupted file); nothing is loaded then.
 *
 * @example
 * ```ts
 * try {
 *   CopyIndex.load([bytes]);
 * } catch (error) {
 *   if (error instanceof SavedIndexError) console.error(error.message); // '… a truncated file?'
 * }
 * ```
 */
export class SavedIndexError extends Error {
  /** Always `'SavedIndexError'`. */
  override name = 'SavedIndexError';
}

/** Reads bytes from a sequence of chunks, across chunk boundaries. */
class ChunkReader {
  readonly #chunks: Iterator<Uint8Array>;
  #current: Uint8Array = new Uint8Array(0);
  #at = 0;
  /** Checksum of the bytes read since `startChecksum`. */
  #checksum = 0x811c9dc5;
  #summing = false;

  constructor(chunks: Iterable<Uint8Array>) {
    this.#chunks = chunks[Symbol.iterator]();
  }

  startChecksum(): void {
    this.#summing = true;
  }

  get checksum(): number {
    return this.#checksum;
  }

  /**
   * Exactly `length` bytes, or null at the end of the data. Pieces are gathered before they are
   * joined, so a corrupted length costs no more memory than the data that is really there.
   */
  read(length: number): Uint8Array | null {
    const pieces: Uint8Array[] = [];
    let filled = 0;
    while (filled < length) {
      if (this.#at >= this.#current.length) {
        const next = this.#chunks.next();
        if (next.done) return null;
        if (!(next.value instanceof Uint8Array))
          throw new SavedIndexError('copydesk: loading the index: expected chunks of bytes (Uint8Array)');
        this.#current = next.value;
        this.#at = 0;
        continue;
      }
      const take = Math.min(length - filled, this.#current.length - this.#at);
      pieces.push(this.#current.subarray(this.#at, this.#at + take));
      this.#at += take;
      filled += take;
    }
    // A fresh copy at offset 0 (a Node Buffer's slice would still share its pool).
    const out = new Uint8Array(length);
    let at = 0;
    for (const piece of pieces) {
      out.set(piece, at);
      at += piece.length;
    }
    if (this.#summing) this.#checksum = fnv(out, this.#checksum);
    return out;
  }

  u32(what: string): number {
    const bytes = this.read(4);
    if (!bytes) throw truncated(what);
    return new DataView(bytes.buffer, bytes.byteOffset, 4).getUint32(0, true);
  }

  /** Whether any byte is left. */
  atEnd(): boolean {
    while (this.#at >= this.#current.length) {
      const next = this.#chunks.next();
      if (next.done) return true;
      this.#current = next.value;
      this.#at = 0;
    }
    return false;
  }
}

function truncated(what: string): SavedIndexError {
  return new SavedIndexError(`copydesk: loading the index: the data ends inside ${what} (a truncated file?)`);
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** `length` bytes decoded as UTF-8, refusing impossible lengths and invalid bytes. */
function readUtf8(reader: ChunkReader, length: number, what: string): string {
  if (length > MAX_FIELD)
    throw new SavedIndexError(
      `copydesk: loading the index: ${what} has an impossible length (a corrupted file?)`,
    );
  const bytes = reader.read(length);
  if (!bytes) throw truncated(what);
  try {
    return decoder.decode(bytes);
  } catch {
    throw new SavedIndexError(`copydesk: loading the index: ${what} is not UTF-8 (a corrupted file?)`);
  }
}

function readString(reader: ChunkReader, what: string): string {
  return readUtf8(reader, reader.u32(what), what);
}

/** Reads a saved index: every record, after the whole data was checked. Throws `SavedIndexError`. */
export function readIndex(chunks: Iterable<Uint8Array>): SavedRecord[] {
  const reader = new ChunkReader(chunks);
  const header = reader.read(HEADER_BYTES);
  if (!header || new TextDecoder().decode(header.subarray(0, 8)) !== MAGIC) {
    throw new SavedIndexError(
      'copydesk: loading the index: this is not a saved copydesk index (no COPYDESK header)',
    );
  }
  const view = new DataView(header.buffer, header.byteOffset, header.byteLength);
  const version = view.getUint32(8, true);
  if (version !== FORMAT_VERSION) {
    throw new SavedIndexError(
      `copydesk: loading the index: it was saved in format version ${version}; this copydesk reads version ${FORMAT_VERSION}`,
    );
  }
  const layout = view.getUint32(12, true);
  if (layout !== SIGNATURE_VERSION) {
    throw new SavedIndexError(
      `copydesk: loading the index: its signatures have layout ${layout}; this copydesk computes layout ${SIGNATURE_VERSION}`,
    );
  }
  const count = view.getUint32(16, true);
  reader.startChecksum();
  const records: SavedRecord[] = [];
  for (let r = 0; r < count; r++) {
    const what = `record ${r + 1} of ${count}`;
    const id = readString(reader, what);
    const source = readString(reader, what);
    const published = readString(reader, what);
    const textLength = reader.u32(what);
    const text = textLength === NO_TEXT ? undefined : readUtf8(reader, textLength, what);
    const language = reader.u32(what);
    const signatureBytes = reader.read(SIGNATURE_LENGTH * 4);
    if (!signatureBytes) throw truncated(what);
    const signatureView = new DataView(
      signatureBytes.buffer,
      signatureBytes.byteOffset,
      signatureBytes.byteLength,
    );
    const signature = new Uint32Array(SIGNATURE_LENGTH);
    for (let i = 0; i < SIGNATURE_LENGTH; i++) signature[i] = signatureView.getUint32(i * 4, true);
    if (signature[0] !== SIGNATURE_VERSION)
      throw new SavedIndexError(
        `copydesk: loading the index: ${what} has no version-1 signature (a corrupted file?)`,
      );
    records.push({ id, source, published: published === '' ? null : published, text, language, signature });
  }
  const checksum = reader.checksum;
  const trailer = reader.read(12);
  if (!trailer) throw truncated('the trailer');
  const trailerView = new DataView(trailer.buffer, trailer.byteOffset, trailer.byteLength);
  if (
    new TextDecoder().decode(trailer.subarray(0, 4)) !== TRAILER ||
    trailerView.getUint32(4, true) !== count
  ) {
    throw new SavedIndexError(
      'copydesk: loading the index: the trailer is missing or wrong (a corrupted file?)',
    );
  }
  if (trailerView.getUint32(8, true) !== checksum) {
    throw new SavedIndexError('copydesk: loading the index: the checksum does not match (a corrupted file)');
  }
  if (!reader.atEnd())
    throw new SavedIndexError('copydesk: loading the index: there are bytes after the trailer');
  return records;
}
