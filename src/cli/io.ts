/**
 * What the command-line tool needs from the outside world, as an interface, so that the commands
 * can be tested in-process and the bin entry alone touches Node's file system and streams.
 *
 * @module
 * @internal
 */

/** @internal */
export interface CliIo {
  /** Writes to standard output. */
  out(text: string): void;
  /** Writes to standard error (progress, errors). */
  err(text: string): void;
  /** Reads a file, or standard input for `-`, as bytes; throws a Node errno error. */
  read(path: string): Uint8Array;
  /** Whether `path` is a directory; throws a Node errno error when it does not exist. */
  isDirectory(path: string): boolean;
  /** The regular files directly inside a directory, as paths, sorted. */
  listFiles(dir: string): string[];
  /** Whether standard error is a terminal: progress lines are drawn only there. */
  readonly errIsTerminal?: boolean;
  /**
   * Reads `length` bytes of a file from `offset` (a JSONL collection is read in chunks and its
   * texts again on demand, never whole). Without it, the file is read whole.
   */
  readAt?(path: string, offset: number, length: number): Uint8Array;
  /** A file's size in bytes (for the progress line's share done). */
  sizeOf?(path: string): number;
  /** Writes chunks to a file one after another (replacing it only once all are written). */
  writeChunks?(path: string, chunks: Iterable<Uint8Array>): void;
}

/** One line of a file, decoded, with its 1-based number and its byte range. */
export interface FileLine {
  readonly text: string;
  readonly number: number;
  readonly offset: number;
  readonly length: number;
}

const CHUNK = 1 << 20;

/**
 * Calls `visit` with each line of a file, read in 1 MB chunks (or whole, without `readAt`), so a
 * collection larger than memory can be read line by line.
 */
export function eachLine(io: CliIo, path: string, visit: (line: FileLine) => void): void {
  const decoder = new TextDecoder('utf-8');
  const size = io.sizeOf?.(path);
  const readAt = io.readAt;
  let pending: Uint8Array = new Uint8Array(0);
  let pendingOffset = 0;
  let number = 0;
  const flush = (bytes: Uint8Array, offset: number): void => {
    number++;
    let end = bytes.length;
    if (end > 0 && bytes[end - 1] === 0x0d) end--;
    visit({ text: decoder.decode(bytes.subarray(0, end)), number, offset, length: bytes.length });
  };
  const consume = (chunk: Uint8Array, chunkOffset: number, last: boolean): void => {
    const bytes = pending.length > 0 ? concat(pending, chunk) : chunk;
    const base = pending.length > 0 ? pendingOffset : chunkOffset;
    let start = 0;
    for (let i = bytes.indexOf(0x0a); i >= 0; i = bytes.indexOf(0x0a, start)) {
      flush(bytes.subarray(start, i), base + start);
      start = i + 1;
    }
    pending = bytes.slice(start);
    pendingOffset = base + start;
    if (last && pending.length > 0) flush(pending, pendingOffset);
  };
  if (!readAt || size === undefined) {
    consume(io.read(path), 0, true);
    return;
  }
  for (let offset = 0; offset < size; offset += CHUNK) {
    const chunk = readAt.call(io, path, offset, Math.min(CHUNK, size - offset));
    consume(chunk, offset, offset + CHUNK >= size);
  }
  if (size === 0) consume(new Uint8Array(0), 0, true);
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

/** A bad input file or folder (exit code 1), as opposed to a bad command line (exit code 2). */
export class InputError extends Error {}

/** Decodes a file's bytes as UTF-8 text, refusing binary files (NUL bytes). */
export function decodeText(path: string, bytes: Uint8Array): string {
  if (bytes.includes(0)) {
    throw new InputError(
      `${path === '-' ? 'standard input' : path} looks binary (it has NUL bytes); expected text`,
    );
  }
  return new TextDecoder('utf-8').decode(bytes);
}

/** Reads one text input, turning Node's errors into clear messages. */
export function readText(io: CliIo, path: string): string {
  let bytes: Uint8Array;
  try {
    if (path !== '-' && io.isDirectory(path)) throw new InputError(`${path} is a folder; expected a file`);
    bytes = io.read(path);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT') throw new InputError(`no such file: ${path}`);
    if (code === 'EACCES') throw new InputError(`cannot read ${path}: permission denied`);
    throw new InputError(`cannot read ${path}: ${(error as Error).message}`);
  }
  return decodeText(path, bytes);
}
