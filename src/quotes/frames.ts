/**
 * The writer's words around a quotation, where its attribution stands: the tokens after the
 * closing mark and before the opening mark, up to the end of the sentence, the line, or another
 * quotation (at most {@link FRAME_LIMIT} tokens, which keeps attribution linear).
 *
 * @module
 * @internal
 */
import type { Token } from '../nlp.js';

/** The most tokens a frame spans: long enough for a name with a long apposition. */
export const FRAME_LIMIT = 40;

/** Token-level facts about the text the frames need. */
export interface TokenMap {
  readonly tokens: readonly Token[];
  /** Index of the quotation holding each token (marks included), or -1. */
  readonly quoteOf: Int32Array;
  /** 1 where a line break stands between a token and the one before it. */
  readonly breakBefore: Uint8Array;
}

/** A half-open range of token indices. */
export interface Frame {
  readonly first: number;
  readonly end: number;
}

const SENTENCE_END = new Set(['.', '!', '?', ';', '…']);

/** Whether a token ends the writer's sentence. */
export function endsSentence(token: Token): boolean {
  return SENTENCE_END.has(token.text);
}

/** The tokens after index `after` (exclusive) up to a sentence end, a line break or a quotation. */
export function frameAfter(map: TokenMap, after: number): Frame {
  const first = after + 1;
  let end = first;
  while (end < map.tokens.length && end < first + FRAME_LIMIT) {
    if (map.breakBefore[end] || map.quoteOf[end] !== -1) break;
    const token = map.tokens[end] as Token;
    if (endsSentence(token)) break;
    end++;
  }
  return { first, end };
}

/** The tokens before index `before` (exclusive) back to a sentence end, a line break or a quotation. */
export function frameBefore(map: TokenMap, before: number): Frame {
  const end = before;
  let first = end;
  if (end < map.tokens.length && map.breakBefore[end]) return { first, end };
  while (first > 0 && first > end - FRAME_LIMIT) {
    const token = map.tokens[first - 1] as Token;
    if (map.quoteOf[first - 1] !== -1 || endsSentence(token)) break;
    first--;
    if (map.breakBefore[first]) break;
  }
  return { first, end };
}
