/**
 * A worker thread of the copy-scale bench: makes the texts of its share of a generated collection
 * (every `threads`-th chunk of `chunk` documents, from `first`) and prepares each for the copy index
 * (`prepareCopyDocument`), posting one message per chunk with the arrays transferred, not copied.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { prepareCopyDocument } from '../../src/copies/index.js';
import { NewsCollection, NewsCorpusGenerator } from './news-corpus.js';

/** What the bench tells each worker. */
export interface PrepareWork {
  readonly size: number;
  readonly seed: number;
  readonly chunk: number;
  readonly threads: number;
  readonly first: number;
}

const work = workerData as PrepareWork;
const collection = new NewsCollection(new NewsCorpusGenerator(work.seed), work.size, work.seed);
const chunks = Math.ceil(work.size / work.chunk);
for (let k = work.first; k < chunks; k += work.threads) {
  const prepared = [];
  const transfer: ArrayBuffer[] = [];
  for (let i = k * work.chunk; i < Math.min(work.size, (k + 1) * work.chunk); i++) {
    const doc = prepareCopyDocument(collection.text(i));
    prepared.push(doc);
    transfer.push(
      doc.signature.buffer as ArrayBuffer,
      doc.words.buffer as ArrayBuffer,
      doc.anchors.buffer as ArrayBuffer,
    );
  }
  parentPort!.postMessage({ chunk: k, prepared }, transfer);
}
