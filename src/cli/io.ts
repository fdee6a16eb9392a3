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
