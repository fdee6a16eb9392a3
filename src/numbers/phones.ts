/**
 * Telephone numbers, which are identifiers and not quantities: `+44 20 7946 0958`,
 * `(555) 123-4567`, and `555-1234` after a word that announces a number to call ("call",
 * "phone", "hotline"). Longer hyphenated runs (`1-800-555-0199`) the lexer already marks as
 * identifiers; a bare `555-1234` without a cue stays a possible range (`500-1000 people`).
 *
 * @module
 * @internal
 */
import { isAsciiDigit } from '../chars.js';
import { digitsEnd } from './lexemes.js';

/** Words before a number that make it one to call (within {@link CUE_WINDOW} characters). */
const PHONE_CUE =
  /\b(?:call|calls|calling|called|phone|telephone|tel|fax|hotline|helpline|dial|mobile|cell|whatsapp|sms|text)\b[^\n\d]{0,12}$/i;
/** How far before a number a cue is looked for. */
const CUE_WINDOW = 24;
/** How many digits an international number has at least (`+` and country code included). */
const MIN_INTERNATIONAL_DIGITS = 8;
/** How many characters a telephone number spans at most. */
const MAX_PHONE_LENGTH = 24;

/** `+44 20 7946 0958`: digits in groups joined by one space, hyphen, dot or brackets. */
function internationalEnd(text: string, start: number): number | null {
  let j = start + 1;
  let digits = 0;
  let end = j;
  while (j < text.length && j - start <= MAX_PHONE_LENGTH) {
    const c = text.charCodeAt(j);
    if (isAsciiDigit(c)) {
      digits++;
      j++;
      end = j;
    } else if ((c === 0x20 || c === 0x2d || c === 0x2e || c === 0x28 || c === 0x29) && j > start + 1) {
      const after = text.charCodeAt(j + 1);
      if (!isAsciiDigit(after) && after !== 0x28) break;
      j++;
    } else break;
  }
  return digits >= MIN_INTERNATIONAL_DIGITS ? end : null;
}

/** `ddd-dddd` / `ddd.dddd` / `ddd dddd` at `i`: where it ends. */
function localEnd(text: string, i: number): number | null {
  const a = digitsEnd(text, i);
  if (a - i !== 3) return null;
  const sep = text.charCodeAt(a);
  if (sep !== 0x2d && sep !== 0x2e && sep !== 0x20) return null;
  const b = digitsEnd(text, a + 1);
  if (b - a - 1 !== 4 || isAsciiDigit(text.charCodeAt(b))) return null;
  return b;
}

/** Whether no letter or digit stands before offset `i` (an ASCII test first, Unicode only above it). */
function atWordStart(text: string, i: number): boolean {
  if (i === 0) return true;
  const c = text.charCodeAt(i - 1);
  if (c < 0x80) return !(isAsciiDigit(c) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a));
  return !/[\p{L}\p{N}]/u.test(text.charAt(i - 1));
}

/**
 * The spans of telephone numbers in `text`, in order, as `[start, end)` pairs. One pass: a run
 * of digits is looked at once, from its first digit (no number starts inside a run), and each
 * scan is bounded by {@link MAX_PHONE_LENGTH}.
 */
export function phoneSpans(text: string): [number, number][] {
  const out: [number, number][] = [];
  // A regular expression of one character class jumps to the next place a number could start
  // several times faster than a loop over every character (most of a news text is letters).
  const candidate = /[0-9+(]/g;
  let i = 0;
  while (i < text.length) {
    candidate.lastIndex = i;
    // `test` moves `lastIndex` past the match as `exec` does, without building a match array.
    if (!candidate.test(text)) break;
    i = candidate.lastIndex - 1;
    const c = text.charCodeAt(i);
    const wordStart = atWordStart(text, i);
    let end: number | null = null;
    if (c === 0x2b && isAsciiDigit(text.charCodeAt(i + 1)) && wordStart) {
      end = internationalEnd(text, i);
    } else if (
      c === 0x28 &&
      wordStart &&
      digitsEnd(text, i + 1) === i + 4 &&
      text.charCodeAt(i + 4) === 0x29
    ) {
      // `(555) 123-4567`
      const k = text.charCodeAt(i + 5) === 0x20 ? i + 6 : i + 5;
      end = localEnd(text, k);
    } else if (isAsciiDigit(c) && wordStart) {
      const local = localEnd(text, i);
      if (local !== null && PHONE_CUE.test(text.slice(Math.max(0, i - CUE_WINDOW), i))) end = local;
    }
    if (end !== null) {
      out.push([i, end]);
      i = end;
    } else i = isAsciiDigit(c) ? digitsEnd(text, i) : i + 1;
  }
  return out;
}
