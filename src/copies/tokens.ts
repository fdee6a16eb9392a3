/**
 * The copy detector's own tokenizer and sentence splitter: one linear scan, any script. Words
 * are runs of letters and marks; digits make numbers (with `1,000.5` and `1 000` groups joined);
 * scripts written without spaces (Han, Kana, Thai…) give one token per character; URLs are one
 * token. Sentences end at line breaks and at `.`/`!`/`?`/`。`/`！`/`？` (plus closing quotes)
 * before white space and a character that is not a lower-case letter.
 *
 * @module
 * @internal
 */
import { characterClasses, classAt } from './characters.js';

// Character classes of characters.ts, repeated here as literals: this loop is the hottest code
// of the library, and module-scoped literals keep it free of cross-module lookups.
const OTHER = 0;
const LETTER = 1;
const DIGIT = 2;
const UNSPACED = 3;

/** Token kinds. */
export const WORD = 0;
export const NUMBER = 1;
export const CHAR = 2;
export const URL = 3;

/** One token: half-open UTF-16 offsets, kind, and the sentence it belongs to. */
export interface ScannedToken {
  readonly start: number;
  readonly end: number;
  readonly kind: number;
  readonly sentence: number;
}

/** One sentence: offsets trimmed of white space, and its token range. */
export interface ScannedSentence {
  readonly start: number;
  readonly end: number;
  readonly firstToken: number;
  readonly endToken: number;
}

/** The scan of one text. */
export interface Scan {
  readonly tokens: readonly ScannedToken[];
  readonly sentences: readonly ScannedSentence[];
}

const CLOSERS = new Set([0x22, 0x27, 0x29, 0x5d, 0x201d, 0x2019, 0xbb, 0x300d, 0x300f, 0xff09]);
const SPACED_ENDS = new Set([0x2e, 0x21, 0x3f, 0x2026]);
const UNSPACED_ENDS = new Set([0x3002, 0xff01, 0xff1f, 0xff0e]);
const GROUP_SEPARATORS = new Set([0x20, 0xa0, 0x202f, 0x2009]);
const MAX_URL = 2048;

function isSpace(unit: number): boolean {
  return (
    unit === 0x20 || (unit >= 0x09 && unit <= 0x0d) || unit === 0xa0 || unit === 0x3000 || unit === 0x2028
  );
}

function isDigitUnit(classes: Uint8Array, text: string, index: number): boolean {
  return index < text.length && classes[text.charCodeAt(index)] === DIGIT;
}

/** Whether a URL starts at `i` (`http://`, `https://` or `www.`), at a word boundary. */
function urlStarts(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c !== 0x68 && c !== 0x77) return false;
  if (i > 0 && !isSpace(text.charCodeAt(i - 1)) && text.charCodeAt(i - 1) !== 0x28) return false;
  return text.startsWith('http://', i) || text.startsWith('https://', i) || text.startsWith('www.', i);
}

/** Scans `text` into tokens and sentences in one linear pass. */
export function scanText(text: string): Scan {
  const classes = characterClasses();
  const tokens: ScannedToken[] = [];
  const sentences: ScannedSentence[] = [];
  const n = text.length;
  let sentenceStart = -1;
  let sentenceEnd = -1;
  let sentenceFirstToken = 0;

  const closeSentence = (): void => {
    if (sentenceStart >= 0 && tokens.length > sentenceFirstToken) {
      sentences.push({
        start: sentenceStart,
        end: sentenceEnd,
        firstToken: sentenceFirstToken,
        endToken: tokens.length,
      });
    }
    sentenceStart = -1;
    sentenceFirstToken = tokens.length;
  };
  const extend = (start: number, end: number): void => {
    if (sentenceStart < 0) sentenceStart = start;
    sentenceEnd = end;
  };
  const push = (start: number, end: number, kind: number): void => {
    extend(start, end);
    tokens.push({ start, end, kind, sentence: sentences.length });
  };

  let i = 0;
  while (i < n) {
    const unit = text.charCodeAt(i);
    if (unit === 0x0a || unit === 0x0d || unit === 0x2028 || unit === 0x2029) {
      closeSentence();
      i++;
      continue;
    }
    if (isSpace(unit)) {
      i++;
      continue;
    }
    if (urlStarts(text, i)) {
      let j = i;
      while (j < n && j - i < MAX_URL && !isSpace(text.charCodeAt(j))) j++;
      // A URL does not keep the sentence punctuation that follows it.
      while (j > i + 4 && '.,;:!?)"\u201d'.includes(text.charAt(j - 1))) j--;
      push(i, j, URL);
      i = j;
      continue;
    }
    let cls = classes[unit] ?? OTHER;
    let width = 1;
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const pair = classAt(text, i);
      cls = pair.cls;
      width = pair.width;
    }
    if (cls === LETTER) {
      let j = i + width;
      while (j < n) {
        const c = text.charCodeAt(j);
        if (c >= 0xd800 && c <= 0xdbff) {
          const next = classAt(text, j);
          if (next.cls !== LETTER) break;
          j += next.width;
        } else if (classes[c] === LETTER) {
          j++;
        } else {
          break;
        }
      }
      push(i, j, WORD);
      i = j;
      continue;
    }
    if (cls === DIGIT) {
      let j = i + width;
      while (j < n) {
        const c = text.charCodeAt(j);
        if (classes[c] === DIGIT) {
          j++;
        } else if ((c === 0x2c || c === 0x2e) && isDigitUnit(classes, text, j + 1)) {
          j += 2;
        } else if (
          GROUP_SEPARATORS.has(c) &&
          isDigitUnit(classes, text, j + 1) &&
          isDigitUnit(classes, text, j + 2) &&
          isDigitUnit(classes, text, j + 3) &&
          !isDigitUnit(classes, text, j + 4)
        ) {
          // "1 000 000": a space-separated group of exactly three digits continues the number.
          j += 4;
        } else {
          break;
        }
      }
      push(i, j, NUMBER);
      i = j;
      continue;
    }
    if (cls === UNSPACED) {
      push(i, i + width, CHAR);
      i += width;
      continue;
    }
    // Punctuation or a symbol: part of the sentence, maybe its end.
    extend(i, i + width);
    if (cls === OTHER && (SPACED_ENDS.has(unit) || UNSPACED_ENDS.has(unit))) {
      let j = i + 1;
      while (j < n && (SPACED_ENDS.has(text.charCodeAt(j)) || UNSPACED_ENDS.has(text.charCodeAt(j)))) j++;
      while (j < n && CLOSERS.has(text.charCodeAt(j))) j++;
      if (UNSPACED_ENDS.has(unit)) {
        extend(i, j);
        closeSentence();
        i = j;
        continue;
      }
      if (j >= n || isSpace(text.charCodeAt(j))) {
        // Not after a single letter ("J. Smith") and not before a lower-case word.
        const last = tokens[tokens.length - 1];
        const initial =
          unit === 0x2e &&
          last !== undefined &&
          last.end === i &&
          last.end - last.start === 1 &&
          last.kind === WORD;
        let k = j;
        while (k < n && k - j < 8 && text.charCodeAt(k) === 0x20) k++;
        const nextChar = k < n ? text.charAt(k) : '';
        const lowerNext = nextChar !== '' && nextChar !== nextChar.toUpperCase();
        if (!initial && !lowerNext) {
          extend(i, j);
          closeSentence();
          i = j;
          continue;
        }
      }
      extend(i, j);
      i = j;
      continue;
    }
    i += width;
  }
  closeSentence();
  return { tokens, sentences };
}

/**
 * Scans only the given ranges of `text` (sorted, clamped, overlaps merged), as if each were a
 * text of its own, with offsets into `text`.
 */
export function scanRanges(text: string, ranges: readonly { start: number; end: number }[]): Scan {
  const clean = ranges
    .map((r) => ({
      start: Math.max(0, Math.min(text.length, Math.floor(r.start))),
      end: Math.max(0, Math.min(text.length, Math.floor(r.end))),
    }))
    .filter((r) => r.end > r.start)
    .sort((x, y) => x.start - y.start);
  const tokens: ScannedToken[] = [];
  const sentences: ScannedSentence[] = [];
  let covered = 0;
  for (const range of clean) {
    const start = Math.max(range.start, covered);
    if (range.end <= start) continue;
    covered = range.end;
    const part = scanText(text.slice(start, range.end));
    const tokenBase = tokens.length;
    const sentenceBase = sentences.length;
    for (const t of part.tokens) {
      tokens.push({
        start: t.start + start,
        end: t.end + start,
        kind: t.kind,
        sentence: t.sentence + sentenceBase,
      });
    }
    for (const s of part.sentences) {
      sentences.push({
        start: s.start + start,
        end: s.end + start,
        firstToken: s.firstToken + tokenBase,
        endToken: s.endToken + tokenBase,
      });
    }
  }
  return { tokens, sentences };
}
