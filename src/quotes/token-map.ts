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

/**
 * Builds the {@link TokenMap} of a parsed text and its quoted stretches (sorted by `open`).
 *
 * @internal
 */
export function buildTokenMap(parsed: ParsedText, stretches: readonly QuotedStretch[]): TokenMap {
  const { tokens, text } = parsed;
  const quoteOf = new Int32Array(tokens.length).fill(-1);
  const breakBefore = new Uint8Array(tokens.length);
  const startsSentence = new Uint8Array(tokens.length);
  for (const sentence of parsed.sentences) {
    if (sentence.firstToken < tokens.length) startsSentence[sentence.firstToken] = 1;
  }
  // The next line break at or after the end of the previous token, found natively.
  let newline = text.indexOf('\n');
  for (let t = 1; t < tokens.length && newline >= 0; t++) {
    const from = (tokens[t - 1] as Token).end;
    if (newline < from) newline = text.indexOf('\n', from);
    if (newline >= 0 && newline < (tokens[t] as Token).start) breakBefore[t] = 1;
  }
  let t = 0;
  for (let q = 0; q < stretches.length; q++) {
    const stretch = stretches[q] as QuotedStretch;
    const last = stretch.close >= 0 ? stretch.close + 1 : stretch.end;
    t = tokenAt(tokens, stretch.open);
    while (t < tokens.length && (tokens[t] as Token).start < last) quoteOf[t++] = q;
  }
  return { tokens, quoteOf, breakBefore, startsSentence };
}
