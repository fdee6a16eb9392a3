/**
 * Finds quotations in single marks inside a double-quoted stretch (`"Students tell me, 'I
 * couldn't talk.'"`). A single mark opens only after a space, a dash, a bracket or the start of
 * the quotation and before a letter; it closes only after a non-space and before a space,
 * punctuation or the end of the quotation, so apostrophes (`don't`, `students'`, `'90s`) are
 * passed over.
 *
 * @module
 * @internal
 */

import { isAsciiDigit } from '../chars.js';
import { isLetterOrDigit, isSpace } from './chars.js';
import { CLOSING_SINGLE, OPENING_SINGLE, STRAIGHT_SINGLE } from './data/marks.js';

/** The range of code units the curly single marks lie in (U+2018–U+201A). */
const LOWEST_CURLY_SINGLE = Math.min(...OPENING_SINGLE, ...CLOSING_SINGLE);
const HIGHEST_CURLY_SINGLE = Math.max(...OPENING_SINGLE, ...CLOSING_SINGLE);

/** A nested quotation's words (marks excluded). */
export interface NestedStretch {
  readonly start: number;
  readonly end: number;
}

function canOpen(text: string, at: number, from: number): boolean {
  const code = text.charCodeAt(at);
  if (code !== STRAIGHT_SINGLE && !OPENING_SINGLE.has(code)) return false;
  const before = at > from ? text.charCodeAt(at - 1) : 0x20;
  const after = text.charCodeAt(at + 1);
  const beforeOk =
    at === from || isSpace(before) || before === 0x28 || before === 0x2014 || before === 0x2013;
  return beforeOk && isLetterOrDigit(after) && !isAsciiDigit(after);
}

function canClose(text: string, at: number, to: number): boolean {
  const code = text.charCodeAt(at);
  if (code !== STRAIGHT_SINGLE && !CLOSING_SINGLE.has(code)) return false;
  const before = text.charCodeAt(at - 1);
  const after = at + 1 < to ? text.charCodeAt(at + 1) : 0x20;
  return !isSpace(before) && !isLetterOrDigit(after);
}

/** A single-quoted stretch: the offsets of its marks and of its words. */
export interface SinglePair extends NestedStretch {
  readonly open: number;
  readonly close: number;
}

/**
 * Single-quoted stretches in `text[from, to)` with at least one word, with their marks. Linear.
 *
 * @internal
 */
export function pairSingles(text: string, from: number, to: number): SinglePair[] {
  const found: SinglePair[] = [];
  let open = -1;
  for (let i = from; i < to; i++) {
    // Most characters are no single mark: pass them at once.
    const code = text.charCodeAt(i);
    if (code !== STRAIGHT_SINGLE && (code < LOWEST_CURLY_SINGLE || code > HIGHEST_CURLY_SINGLE)) continue;
    if (open < 0) {
      if (canOpen(text, i, from)) open = i;
    } else if (canClose(text, i, to)) {
      let start = open + 1;
      let end = i;
      while (start < end && isSpace(text.charCodeAt(start))) start++;
      while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
      let words = false;
      for (let j = start; j < end && !words; j++) words = isLetterOrDigit(text.charCodeAt(j));
      // A single letter between marks (`'n'`) is no quotation.
      if (words && end - start > 1) {
        found.push({ start, end, open, close: i });
        open = -1;
      }
    }
  }
  return found;
}

/**
 * Nested single-quoted stretches in `text[from, to)` with at least one word. Linear.
 *
 * @internal
 */
export function findNested(text: string, from: number, to: number): NestedStretch[] {
  return pairSingles(text, from, to).map(({ start, end }) => ({ start, end }));
}
