/**
 * The writer's words around a quotation, where its attribution stands: the tokens after the
 * closing mark and before the opening mark, up to the end of the sentence, the line, or another
 * quotation (at most {@link FRAME_LIMIT} tokens, which keeps attribution linear).
 *
 * @module
 * @internal
 */
import type { Token } from '../nlp.js';
import { TITLE_ABBREVIATIONS } from './data/titles.js';

/** The most tokens a frame spans: long enough for a name with a long apposition. */
export const FRAME_LIMIT = 40;

/** Token-level facts about the text the frames need. */
export interface TokenMap {
  readonly tokens: readonly Token[];
  /** Index of the quotation holding each token (marks included), or -1. */
  readonly quoteOf: Int32Array;
  /** 1 where a line break stands between a token and the one before it. */
  readonly breakBefore: Uint8Array;
  /** 1 where a token opens a sentence. */
  readonly startsSentence: Uint8Array;
}

/** A half-open range of token indices. */
export interface Frame {
  readonly first: number;
  readonly end: number;
}

const SENTENCE_END = new Set(['.', '!', '?', ';', '…']);

/**
 * Whether token `i` ends the writer's sentence. A period glued to a title abbreviation (`the
 * Rev. Tom Reyes`, which the tokenizer sometimes splits) does not; one after a title written
 * in full (`…, the budget director.`) does.
 */
export function endsSentence(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i] as Token;
  if (!SENTENCE_END.has(token.text)) return false;
  const previous = tokens[i - 1];
  if (token.text === '.' && previous && previous.end === token.start) {
    // `the Rev. Tom Reyes` (a title the tokenizer split), `fivethirtyeight.com` (no spaces).
    if (TITLE_ABBREVIATIONS.has(previous.text.toLowerCase())) return false;
    const next = tokens[i + 1];
    if (next && next.start === token.end) return false;
  }
  return true;
}

/** The tokens after index `after` (exclusive) up to a sentence end, a line break or a quotation. */
export function frameAfter(map: TokenMap, after: number): Frame {
  const first = after + 1;
  let end = first;
  let parenthesis = false;
  while (end < map.tokens.length && end < first + FRAME_LIMIT) {
    if (map.breakBefore[end] || map.quoteOf[end] !== -1) break;
    const text = (map.tokens[end] as Token).text;
    // A period inside a parenthesis (`Rep. Lena Park (D-Ore.) said`) ends no sentence.
    if (text === '(') parenthesis = true;
    else if (text === ')') parenthesis = false;
    else if (!parenthesis && endsSentence(map.tokens, end)) break;
    end++;
  }
  return { first, end };
}

/** The tokens before index `before` (exclusive) back to a sentence end, a line break or a quotation. */
export function frameBefore(map: TokenMap, before: number): Frame {
  const end = before;
  let first = end;
  if (end < map.tokens.length && map.breakBefore[end]) return { first, end };
  let parenthesis = false;
  while (first > 0 && first > end - FRAME_LIMIT) {
    const text = (map.tokens[first - 1] as Token).text;
    if (text === ')') parenthesis = true;
    else if (text === '(') parenthesis = false;
    if (map.quoteOf[first - 1] !== -1 || (!parenthesis && endsSentence(map.tokens, first - 1))) break;
    first--;
    if (map.breakBefore[first]) break;
  }
  return { first, end };
}
