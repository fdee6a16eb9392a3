/**
 * Collections for `dedupe` and `index`: text files, folders of them, and JSONL files of
 * `{ "id", "text" }` a line, added to a copy index without keeping their texts in memory. Each
 * document's `source` says where its text is (`path`, or `path:offset:length` for a JSONL line), so
 * it is read again when a candidate pair is verified, in this run or after the index was saved.
 *
 * @module
 * @internal
 */
import type { CopyIndex } from '../copies/copy-index.js';
import { type CliIo, eachLine, InputError, readText } from './io.js';
import { createProgress } from './progress.js';

/** Whether a path names a JSONL collection rather than a text file. */
export function isJsonLines(path: string): boolean {
  return /\.(jsonl|ndjson)$/i.test(path);
}

/** The id and text of one JSONL line, or the reason it is not a document. */
export function parseDocumentLine(text: string): { id: string; text: string; published?: string } | string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return 'not JSON';
  }
  const doc = value as { id?: unknown; text?: unknown; published?: unknown } | null;
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc))
    return 'expected an object { "id", "text" }';
  const id = typeof doc.id === 'number' ? String(doc.id) : doc.id;
  if (typeof id !== 'string' || id === '') return 'expected "id" to be a non-empty string';
  if (typeof doc.text !== 'string') return 'expected "text" to be a string';
  return typeof doc.published === 'string'
    ? { id, text: doc.text, published: doc.published }
    : { id, text: doc.text };
}

/** A JSONL line's source: `path:offset:length`. */
function lineSource(path: string, offset: number, length: number): string {
  return `${path}:${offset}:${length}`;
}

/** The text a source names: a JSONL line (`path:offset:length`) or a whole file. */
export function sourceText(io: CliIo, source: string): string {
  const last = source.lastIndexOf(':');
  const middle = last > 0 ? source.lastIndexOf(':', last - 1) : -1;
  if (middle > 0) {
    const path = source.slice(0, middle);
    const offset = Number(source.slice(middle + 1, last));
    const length = Number(source.slice(last + 1));
    if (isJsonLines(path) && Number.isInteger(offset) && Number.isInteger(length)) {
      const bytes = io.readAt
        ? io.readAt(path, offset, length)
        : io.read(path).subarray(offset, offset + length);
      const doc = parseDocumentLine(new TextDecoder('utf-8').decode(bytes));
      if (typeof doc === 'string')
        throw new InputError(
          `${path} changed since it was indexed: line at byte ${offset} is no longer a document`,
        );
      return doc.text;
    }
  }
  return readText(io, source);
}

/** What adding a collection did. */
export interface Added {
  readonly documents: number;
  readonly skipped: number;
}

/**
 * Adds the documents of `args` (folders, text files, JSONL files) to `index`, with a progress
 * line on a terminal; unreadable files and bad JSONL lines are reported, skipped and counted.
 */
export function addCollection(io: CliIo, index: CopyIndex, args: readonly string[], quiet: boolean): Added {
  const files: string[] = [];
  const collections: string[] = [];
  for (const arg of args) {
    let isDir: boolean;
    try {
      isDir = io.isDirectory(arg);
    } catch {
      throw new InputError(`no such file or folder: ${arg}`);
    }
    if (!isDir) {
      (isJsonLines(arg) ? collections : files).push(arg);
      continue;
    }
    const inside = io.listFiles(arg);
    if (inside.length === 0) throw new InputError(`${arg} holds no files`);
    files.push(...inside);
  }
  const progress = createProgress('indexing', (text) => io.err(text), io.errIsTerminal === true && !quiet);
  let documents = 0;
  let skipped = 0;
  files.forEach((file, i) => {
    let text: string;
    try {
      text = readText(io, file);
    } catch (error) {
      skipped++;
      progress.say(`copydesk: skipping ${(error as Error).message}\n`);
      return;
    }
    index.add(file, text, { source: file });
    documents++;
    progress.tick(documents, (i + 1) / files.length);
  });
  for (const path of collections) {
    let bad = 0;
    const size = io.sizeOf?.(path);
    try {
      eachLine(io, path, (line) => {
        if (line.text.trim() === '') return;
        const doc = parseDocumentLine(line.text);
        if (typeof doc === 'string') {
          bad++;
          progress.say(`copydesk: ${path}:${line.number}: skipped: ${doc}\n`);
          return;
        }
        const source = lineSource(path, line.offset, line.length);
        index.add(
          doc.id,
          doc.text,
          doc.published === undefined ? { source } : { source, published: doc.published },
        );
        documents++;
        progress.tick(documents, size ? (line.offset + line.length) / size : undefined);
      });
    } catch (error) {
      if (error instanceof InputError) throw error;
      throw new InputError(`cannot read ${path}: ${(error as Error).message}`);
    }
    if (bad > 0) progress.say(`copydesk: ${path}: skipped ${bad} bad line${bad === 1 ? '' : 's'}\n`);
    skipped += bad;
  }
  progress.done();
  return { documents, skipped };
}

/**
 * Runs `work` (a search over the whole index, which reports no progress of its own) under a
 * line saying what is going on, on a terminal only.
 */
export function underNotice<T>(io: CliIo, quiet: boolean, notice: string, work: () => T): T {
  const shown = io.errIsTerminal === true && !quiet;
  if (shown) io.err(`\r${notice}\u001b[K`);
  const started = performance.now();
  const result = work();
  if (shown) io.err(`\r\u001b[K${notice} done in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  return result;
}

/** A `getText` for an index whose documents were added by {@link addCollection}. */
export function textFromSources(io: CliIo, index: () => CopyIndex): (id: string) => string {
  return (id) => sourceText(io, index().sourceOf(id) || id);
}
