/**
 * Band and signature rows as NDJSON (one JSON object a line), which every engine reads, streamed
 * to files in chunks so a large collection never becomes one string.
 *
 * @module
 * @internal
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import type { CopySignatureRows } from '../copies/index.js';

/** Lines gathered before one write (about 1 MB for the band file). */
const LINES_PER_WRITE = 8192;

/** A file written in chunks, waiting when the stream asks to. */
class LineFile {
  readonly #stream: WriteStream;
  #lines: string[] = [];

  constructor(path: string) {
    this.#stream = createWriteStream(path, { encoding: 'utf8' });
  }

  async push(line: string): Promise<void> {
    this.#lines.push(line);
    if (this.#lines.length >= LINES_PER_WRITE) await this.#flush();
  }

  async #flush(): Promise<void> {
    if (this.#lines.length === 0) return;
    const chunk = `${this.#lines.join('\n')}\n`;
    this.#lines = [];
    if (!this.#stream.write(chunk))
      await new Promise<void>((resolve) => this.#stream.once('drain', () => resolve()));
  }

  async close(): Promise<void> {
    await this.#flush();
    await new Promise<void>((resolve, reject) => {
      this.#stream.once('error', reject);
      this.#stream.end(() => resolve());
    });
  }
}

/** Writes the rows: bands to `bandsPath`, signatures (when asked) to `signaturesPath`. */
export async function writeNdjson(
  rows: Iterable<CopySignatureRows>,
  bandsPath: string,
  signaturesPath: string | undefined,
): Promise<{ documents: number; bandRows: number }> {
  const bands = new LineFile(bandsPath);
  const signatures = signaturesPath === undefined ? undefined : new LineFile(signaturesPath);
  let documents = 0;
  let bandRows = 0;
  try {
    for (const doc of rows) {
      documents++;
      for (const row of doc.bands) {
        const line = { id: row.id, ord: row.ord, band: row.band, key: row.key, next_key: row.nextKey };
        await bands.push(JSON.stringify(line));
      }
      bandRows += doc.bands.length;
      await signatures?.push(JSON.stringify({ id: doc.id, ord: doc.ord, signature: doc.signature }));
    }
  } finally {
    await bands.close();
    await signatures?.close();
  }
  return { documents, bandRows };
}
