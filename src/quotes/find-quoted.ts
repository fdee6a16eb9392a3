/**
 * Finds the stretches of text between double quotation marks, line by line, in one linear scan.
 *
 * Marks are paired within a line (a closing mark never waits for a later line), except that a
 * quotation left open at the end of a paragraph continues when the next paragraph opens with a
 * mark: the newspaper convention for a quotation that runs over several paragraphs. Straight marks
 * get their direction from the characters around them. Two repairs keep the text of quotations
 * whose marks were broken by machine translation: an empty pair of marks at the end of a line
 * extends the quotation before it to that point, and a mark left open at the end of a paragraph
 * with no continuation runs to the end of the paragraph.
 *
 * @module
 * @internal
 */

import { isLetterOrDigit, isSpace } from './chars.js';
import { AMBIGUOUS_DOUBLE, CLOSING_DOUBLE, OPENING_DOUBLE } from './data/marks.js';
import { pairSingles } from './nested.js';

/** A quoted stretch before classification. Offsets index the caller's text. */
export interface QuotedStretch {
  /** First character of the quoted words (after the opening mark and any space). */
  readonly start: number;
  /** End of the quoted words (before the closing mark and any space). */
  readonly end: number;
  /** Offset of the opening mark. */
  readonly open: number;
  /** Offset of the closing mark, or -1 when the quotation ran to the end of its paragraph. */
  readonly close: number;
  /** Whether the quotation continues over more than one paragraph. */
  readonly multiParagraph: boolean;
}

type Role = 'open' | 'close' | 'either';

interface Mark {
  readonly at: number;
  readonly role: Role;
  readonly straight: boolean;
}

/** Characters before a mark that make a straight mark an opening one. */
function opensAfter(code: number): boolean {
  return (
    isSpace(code) ||
    code === 0x28 || // (
    code === 0x5b || // [
    code === 0x7b || // {
    code === 0x2014 || // —
    code === 0x2013 || // –
    code === 0x2f || // /
    code === 0x2d // -
  );
}

/** Every double mark in one set. */
const DOUBLE_MARKS: ReadonlySet<number> = new Set([
  ...OPENING_DOUBLE,
  ...CLOSING_DOUBLE,
  ...AMBIGUOUS_DOUBLE,
]);

function isDoubleMark(code: number): boolean {
  return DOUBLE_MARKS.has(code);
}

/**
 * A character class of the double marks: the engine's native scan finds them in a text many
 * times faster than a lookup per character (a class has no quantifier, so no backtracking).
 */
const DOUBLE_MARK_PATTERN = new RegExp(
  `[${[...DOUBLE_MARKS].map((code) => `\\u${code.toString(16).padStart(4, '0')}`).join('')}]`,
  'g',
);

/** The offsets of every double mark in `text`, in order. */
function doubleMarkOffsets(text: string): number[] {
  const offsets: number[] = [];
  DOUBLE_MARK_PATTERN.lastIndex = 0;
  for (let match = DOUBLE_MARK_PATTERN.exec(text); match; match = DOUBLE_MARK_PATTERN.exec(text)) {
    offsets.push(match.index);
  }
  return offsets;
}

function roleOf(text: string, at: number, lineStart: number, lineEnd: number): Mark {
  const code = text.charCodeAt(at);
  const before = at > lineStart ? text.charCodeAt(at - 1) : 0x20;
  const after = at + 1 < lineEnd ? text.charCodeAt(at + 1) : 0x20;
  const canOpen = opensAfter(before) && !isSpace(after);
  const canClose = !opensAfter(before) && (isSpace(after) || !isLetterOrDigit(after));
  if (OPENING_DOUBLE.has(code) || CLOSING_DOUBLE.has(code)) {
    // A curly mark keeps its direction unless the spaces around it say the opposite
    // (`“It's rare,“ said Jim Ortiz`: a wrong-way closing mark).
    const opening = OPENING_DOUBLE.has(code);
    const role: Role =
      opening && canClose && isSpace(after)
        ? 'close'
        : !opening && canOpen && isSpace(before)
          ? 'open'
          : opening
            ? 'open'
            : 'close';
    return { at, role, straight: false };
  }
  const role: Role = canOpen && !canClose ? 'open' : canClose && !canOpen ? 'close' : 'either';
  return { at, role, straight: true };
}

/** Whether `text[from, to)` holds a letter or digit. */
function hasWords(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isLetterOrDigit(text.charCodeAt(i))) return true;
  return false;
}

/** Trims white space (and nothing else) from both ends of `[from, to)`. */
function trim(text: string, from: number, to: number): [number, number] {
  let a = from;
  let b = to;
  while (a < b && isSpace(text.charCodeAt(a))) a++;
  while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
  return [a, b];
}

interface Pair {
  open: number;
  close: number;
}

/**
 * `“…, at what point do they say, “Are we the problem?” he asked.`: a second opening mark after
 * a comma or colon inside an open quotation, with the last mark of the line its only closing
 * one, opens a quotation inside the quotation whose writer gave both one closing mark; the
 * first opening mark is not stray.
 */
function innerQuotation(text: string, marks: readonly Mark[], m: number, open: number): boolean {
  // A straight mark before curly ones is a stray of another typing (`"Ortiz said, “…”`).
  if (m !== marks.length - 2 || (marks[m + 1] as Mark).role !== 'close' || text.charCodeAt(open) === 0x22) {
    return false;
  }
  const at = (marks[m] as Mark).at;
  let i = at - 1;
  while (i > open && isSpace(text.charCodeAt(i))) i--;
  const before = text.charCodeAt(i);
  return (
    (before === 0x2c || before === 0x3a) && hasWords(text, open + 1, i) && !endsSentenceIn(text, open + 1, i)
  );
}

/**
 * Whether a sentence ends in `text[from, to)` (`.`, `?` or `!` before a space, or before a
 * single closing mark and a space): the words after
 * an opening mark that run over a sentence may be the writer's, after a stray mark.
 */
function endsSentenceIn(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code !== 0x2e && code !== 0x3f && code !== 0x21) continue;
    // `…mill.’ Park starred`: a single closing mark may stand between the stop and the space.
    const after = text.charCodeAt(i + 1) === 0x2019 ? i + 2 : i + 1;
    if (isSpace(text.charCodeAt(after))) return true;
  }
  return false;
}

/**
 * `“We can win.’ Ruiz left.`: a quotation opened by a double mark and left open in its paragraph
 * may have been closed by a single mark after its last sentence (a slip of the keyboard): the
 * offset of the first `’` after a full stop, question or exclamation mark and before a space,
 * with no single opening mark before it, or -1.
 */
function singleCloserAfter(text: string, from: number, to: number): number {
  for (let i = from; i + 1 < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x2018) return -1;
    if (code !== 0x2019 || !isSpace(text.charCodeAt(i + 1))) continue;
    const before = text.charCodeAt(i - 1);
    if (before === 0x2e || before === 0x3f || before === 0x21) return i;
  }
  return -1;
}

/** Pairs the marks of one line; returns the pairs and the still-open mark (or -1). */
function pairLine(text: string, marks: readonly Mark[], startOpen: number): { pairs: Pair[]; open: number } {
  const pairs: Pair[] = [];
  let open = startOpen;
  for (let m = 0; m < marks.length; m++) {
    const mark = marks[m] as Mark;
    const role = mark.role === 'either' ? (open < 0 ? 'open' : 'close') : mark.role;
    if (role === 'open') {
      if (open < 0) open = mark.at;
      else if (mark.straight) {
        pairs.push({ open, close: mark.at });
        open = -1;
      } else if (!innerQuotation(text, marks, m, open)) {
        // A second opening mark: the first one was closed by a single mark, or was stray.
        const single = singleCloserAfter(text, open + 1, mark.at);
        if (single >= 0) pairs.push({ open, close: single });
        open = mark.at;
      }
    } else if (open >= 0) {
      pairs.push({ open, close: mark.at });
      open = -1;
    } else if (mark.straight) open = mark.at;
    // a curly closing mark with nothing open is stray: ignored
  }
  return { pairs, open };
}

/**
 * Merges an empty pair of marks at the end of a line into the pair before it: machine
 * translation moves closing marks (`“I had… to me:” I couldn't… report. “”`).
 */
function repairBrokenMarks(text: string, pairs: Pair[], lineEnd: number): Pair[] {
  // Most lines hold fewer than two pairs; a negative index would be looked up as a property name.
  if (pairs.length < 2) return pairs;
  const last = pairs[pairs.length - 1] as Pair;
  const previous = pairs[pairs.length - 2] as Pair;
  if (hasWords(text, last.open + 1, last.close)) return pairs;
  if (hasWords(text, last.close + 1, lineEnd)) return pairs;
  return [...pairs.slice(0, -2), { open: previous.open, close: last.open }];
}

/** The first non-space offset at or after `from`, or -1 at the end of the text. */
function nextVisible(text: string, from: number): number {
  for (let i = from; i < text.length; i++) if (!isSpace(text.charCodeAt(i))) return i;
  return -1;
}

/**
 * Every double-quoted stretch of `text`, in text order.
 *
 * @internal
 */
export function findQuoted(text: string): QuotedStretch[] {
  const found: QuotedStretch[] = [];
  // A quotation carried over from the previous paragraph: where it opened and its text start.
  let carried = -1;
  let lineStart = 0;
  const offsets = doubleMarkOffsets(text);
  let next = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    const marks: Mark[] = [];
    for (; next < offsets.length && (offsets[next] as number) < lineEnd; next++) {
      marks.push(roleOf(text, offsets[next] as number, lineStart, lineEnd));
    }
    if (carried >= 0 && marks.length === 0 && !hasWords(text, lineStart, lineEnd)) {
      lineStart = lineEnd + 1; // a blank line inside a continued quotation
      continue;
    }
    let first = 0;
    let open = -1;
    if (carried >= 0) {
      // The continuation mark reopens the quotation carried from the previous paragraph.
      open = carried;
      first = 1;
    }
    let { pairs, open: left } = pairLine(text, marks.slice(first), open);
    pairs = repairBrokenMarks(text, pairs, lineEnd);
    carried = -1;
    for (const pair of pairs) {
      const [start, end] = trim(text, pair.open + 1, pair.close);
      if (end > start) {
        found.push({ start, end, open: pair.open, close: pair.close, multiParagraph: pair.open < lineStart });
      }
    }
    if (left >= 0) {
      const next = nextVisible(text, lineEnd + 1);
      if (
        next >= 0 &&
        isDoubleMark(text.charCodeAt(next)) &&
        roleOf(text, next, next, text.length).role !== 'close'
      ) {
        carried = left;
      } else if (hasWords(text, left + 1, lineEnd)) {
        const single = left >= lineStart ? singleCloserAfter(text, left + 1, lineEnd) : -1;
        const [start, end] = trim(text, left + 1, single >= 0 ? single : lineEnd);
        found.push({ start, end, open: left, close: single, multiParagraph: left < lineStart });
      }
    }
    lineStart = lineEnd + 1;
  }
  return found;
}

/**
 * Every single-quoted stretch of `text`, line by line, for texts that quote speech in single
 * marks (British style: `'We will win,' she said.`). Apostrophes are passed over as in nested
 * quotations; a single-quoted quotation does not run over paragraphs. A text with two
 * apostrophes in a row anywhere (`''Yes,'' he said`: typewriter double marks, as in newspaper
 * archives) gets none: its single marks are halves of double ones.
 *
 * @internal
 */
export function findSingleQuoted(text: string): QuotedStretch[] {
  if (text.includes("''")) return [];
  const found: QuotedStretch[] = [];
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = lineStart;
    while (lineEnd < text.length && text.charCodeAt(lineEnd) !== 0x0a) lineEnd++;
    for (const pair of pairSingles(text, lineStart, lineEnd)) {
      found.push({
        start: pair.start,
        end: pair.end,
        open: pair.open,
        close: pair.close,
        multiParagraph: false,
      });
    }
    lineStart = lineEnd + 1;
  }
  return found;
}
