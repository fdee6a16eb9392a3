/**
 * Maps quoted stretches onto the shared parse: which quotation each token belongs to, where the
 * line breaks fall, and the token index of any offset.
 *
 * @module
 * @internal
 */
import type { ParsedText, Token } from '../nlp.js';
import type { QuotedStretch } from './find-quoted.js';
import type { TokenMap } from './frames.js';

/** Index of the first token whose end is after `offset` (tokens.length when none). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((tokens[mid] as Token).end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first token whose start is at or after `offset` (tokens.length when none). */
function tokenStartingAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((tokens[mid] as Token).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Builds the {@link TokenMap} of a parsed text and its quoted stretches (sorted by `open`).
 *
 * @internal
 */
export function buildTokenMap(parsed: ParsedText, stretches: readonly QuotedStretch[]): TokenMap {
  const { tokens, text } = parsed;
  // The three arrays share one buffer: each buffer of its own is a separate allocation outside the
  // heap, which cost more than filling them.
  const n = tokens.length;
  const buffer = new ArrayBuffer(n * 6);
  const quoteOf = new Int32Array(buffer, 0, n).fill(-1);
  const breakBefore = new Uint8Array(buffer, n * 4, n);
  const startsSentence = new Uint8Array(buffer, n * 5, n);
  for (const sentence of parsed.sentences) {
    if (sentence.firstToken < tokens.length) startsSentence[sentence.firstToken] = 1;
  }
  // A token has a break before it when a line break lies between it and the token before. The
  // tokens are read in order, as the name index reads them next: a search for each line break
  // read them out of order, and a token first read costs more than the few spaces between two.
  if (text.indexOf('\n') >= 0) {
    for (let t = 1; t < n; t++) {
      const from = (tokens[t - 1] as Token).end;
      const to = (tokens[t] as Token).start;
      for (let i = from; i < to; i++) {
        if (text.charCodeAt(i) === 0x0a) {
          breakBefore[t] = 1;
          break;
        }
      }
    }
  }
  for (let q = 0; q < stretches.length; q++) {
    const stretch = stretches[q] as QuotedStretch;
    const last = stretch.close >= 0 ? stretch.close + 1 : stretch.end;
    const first = tokenAt(tokens, stretch.open);
    // The tokens that start before `last`: the first whose start is not before it ends the run.
    quoteOf.fill(q, first, Math.max(first, tokenStartingAt(tokens, last)));
  }
  return { tokens, quoteOf, breakBefore, startsSentence };
}
