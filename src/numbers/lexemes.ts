/**
 * Splits text into the small pieces number recognition works on: numerals (with their
 * separators, decimals, exponents and glued letters), words, and single symbols. A hand-written
 * scan, linear in the text: wink's tokens split `10k`, `1.1^23` or `nzd$25` in ways that differ
 * from case to case, while a numeral needs its exact characters.
 *
 * @module
 * @internal
 */

import { isAsciiDigit, isAsciiLetter, isAsciiUpper } from '../chars.js';
import type { WordSet } from '../word-set.js';
import { CURRENCY_CODES } from './data/units.js';

/** What a lexeme is. */
export type LexemeKind = 'numeral' | 'word' | 'symbol';

/** One piece of text. */
export interface Lexeme {
  /** Numeral, word or symbol. */
  readonly kind: LexemeKind;
  /** UTF-16 offset of the first character. */
  readonly start: number;
  /** UTF-16 offset after the last character. */
  readonly end: number;
  /** The text as written. */
  readonly text: string;
  /** Lower-cased text (words and symbols). */
  readonly lower: string;
}

/** A numeral: digits with what is glued to them. */
export interface Numeral extends Lexeme {
  /** Always `numeral`. */
  readonly kind: 'numeral';
  /** Value of the digits, separators and exponent, before any glued letters. */
  readonly value: number;
  /** Letters glued after the digits (`k`, `th`, `s`, `mm`, `lbs`, `pm`), as written. */
  readonly suffix: string;
  /** Offset where the glued letters start (`end` when there are none). */
  readonly suffixStart: number;
  /** Plain integer of digits only, no separator, sign, decimals or exponent. */
  readonly plain: boolean;
  /** Number of digits before any separator. */
  readonly leadDigits: number;
  /** `time` for `05:13`, `isoDate` for `2025-05-19`, `slashDate` for `5/18/2025`, `fraction` for `1/2`. */
  readonly shape: 'number' | 'time' | 'isoDate' | 'slashDate' | 'fraction';
  /** For time, ISO and slash dates: the digit groups. */
  readonly parts: readonly number[];
  /** Glued to letters before it or to more digits after its letters (`MI5`, `B-2`, `m212`). */
  readonly identifier: boolean;
}

/** Denominators of fractions written with a slash (`1/2`, `3/16`). */
const COMMON_DENOMINATORS: ReadonlySet<number> = new Set([
  2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 16, 20, 25, 32, 50, 64, 100,
]);

/**
 * A letter of any script. A module constant: the bundler targeting Node 20 turns a literal with
 * `\p{…}` into `new RegExp(…)`, which would build one at every call.
 */
const LETTER = /\p{L}/u;

function isLetter(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (isAsciiLetter(c)) return true;
  // Below U+00C0, and in General Punctuation (curly quotes, dashes, ellipsis: the commonest
  // code units above ASCII in news text), no letter: answered without a one-character string
  // and a pattern test.
  if (c < 0xc0 || (c >= 0x2000 && c <= 0x206f)) return false;
  return LETTER.test(text[i] ?? '');
}

function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x202f || c === 0x2009;
}

/**
 * Spaces that group thousands (`40 000`): a plain space, and the no-break, narrow no-break and
 * thin spaces that SI style and typesetters put there (`40\u202f000`).
 */
const isGroupSpace = (c: number): boolean => c === 0x20 || c === 0xa0 || c === 0x202f || c === 0x2009;
const GROUP_SPACES = /[ \u00a0\u202f\u2009]/g;

/** Digits from `i` on: where they end. */
export function digitsEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length && isAsciiDigit(text.charCodeAt(j))) j++;
  return j;
}

/** Value of a digit string with `,`/`.` separators: thousands or decimal, as the groups say. */
export function separatedValue(body: string): number {
  const commas = body.split(',').length - 1;
  const dots = body.split('.').length - 1;
  let normal = body;
  if (commas > 0 && dots > 0) {
    normal =
      body.lastIndexOf('.') > body.lastIndexOf(',')
        ? body.replaceAll(',', '')
        : body.replaceAll('.', '').replace(',', '.');
  } else if (commas > 0) {
    const groups = body.split(',');
    const thousands = groups.slice(1).every((g) => g.length === 3) || commas > 1;
    normal = thousands ? body.replaceAll(',', '') : body.replace(',', '.');
  } else if (dots > 1) {
    // `1.234.567` groups thousands; `192.168.0.1` and `1.2.3` are addresses and versions.
    if (
      !body
        .split('.')
        .slice(1)
        .every((g) => g.length === 3)
    )
      return Number.NaN;
    normal = body.replaceAll('.', '');
  }
  return Number(normal);
}

/** Reads the numeral starting at `start` (a digit, or a `.` before a digit). */
function readNumeral(text: string, start: number): Numeral {
  const n = text.length;
  let j = start;
  let plain = true;
  let shape: Numeral['shape'] = 'number';
  const parts: number[] = [];
  j = digitsEnd(text, j);
  const leadDigits = j - start;
  if (leadDigits === 0) plain = false; // `.08`
  // Separators: `,` or `.` followed by digits; `:` for clock times; `-` and `/` for dates.
  const c = text.charCodeAt(j);
  const next = text.charCodeAt(j + 1);
  if ((c === 0x3a || c === 0x2f || c === 0x2d) && isAsciiDigit(next) && leadDigits > 0) {
    const groups = [Number(text.slice(start, j))];
    let k = j;
    const sep = c;
    while (groups.length < 3 && text.charCodeAt(k) === sep && isAsciiDigit(text.charCodeAt(k + 1))) {
      const e = digitsEnd(text, k + 1);
      groups.push(Number(text.slice(k + 1, e)));
      k = e;
    }
    const lens = text
      .slice(start, k)
      .split(String.fromCharCode(sep))
      .map((g) => g.length);
    if (sep === 0x3a && (lens[1] ?? 0) === 2 && (lens[0] ?? 0) <= 2) {
      shape = 'time';
    } else if (sep === 0x2d && groups.length === 3 && lens[0] === 4 && lens[1] === 2 && lens[2] === 2) {
      shape = 'isoDate';
    } else if (sep === 0x2f && groups.length === 3) {
      shape = 'slashDate';
    } else if (sep === 0x2f && groups.length === 2) {
      // `1/2`, `3/4`, `5/8` are fractions; `24/7` and `9/11` are names of their own.
      const [top = 0, bottom = 0] = groups;
      if (top < bottom && COMMON_DENOMINATORS.has(bottom)) shape = 'fraction';
      else {
        const end = k;
        const whole = text.slice(start, end);
        return {
          kind: 'numeral',
          start,
          end,
          text: whole,
          lower: whole,
          value: Number.NaN,
          suffix: '',
          suffixStart: end,
          plain: false,
          leadDigits,
          shape: 'number',
          parts: [],
          identifier: true,
        };
      }
    }
    if (shape !== 'number') {
      parts.push(...groups);
      j = k;
      plain = false;
    } else if (sep === 0x2d && (groups.length >= 3 || lens.some((l) => l >= 5))) {
      // `1111-22223333-4444`: an account, phone or serial number, one identifier.
      let e = k;
      while (
        e < n &&
        (isAsciiDigit(text.charCodeAt(e)) ||
          (text.charCodeAt(e) === 0x2d && isAsciiDigit(text.charCodeAt(e + 1))))
      )
        e++;
      const serial = text.slice(start, e);
      return {
        kind: 'numeral',
        start,
        end: e,
        text: serial,
        lower: serial,
        value: Number.NaN,
        suffix: '',
        suffixStart: e,
        plain: false,
        leadDigits,
        shape: 'number',
        parts: [],
        identifier: true,
      };
    }
  }
  if (shape === 'number') {
    // Thousands and decimal separators; a space before exactly three digits groups thousands.
    for (;;) {
      const s = text.charCodeAt(j);
      if ((s === 0x2c || s === 0x2e) && isAsciiDigit(text.charCodeAt(j + 1))) {
        j = digitsEnd(text, j + 1);
        plain = false;
      } else if (
        isGroupSpace(s) &&
        leadDigits > 0 &&
        leadDigits <= 3 &&
        digitsEnd(text, j + 1) === j + 4 &&
        !isLetter(text, j + 4) &&
        !isAsciiDigit(text.charCodeAt(j + 4)) &&
        text.charCodeAt(j + 4) !== 0x2e &&
        text.charCodeAt(j + 4) !== 0x2c &&
        (plain === false || j === start + leadDigits) &&
        text.charCodeAt(j + 4) !== 0x3a
      ) {
        j += 4;
        plain = false;
      } else break;
    }
  }
  const body = text.slice(start, j);
  let value =
    shape === 'number'
      ? plain
        ? Number(body) // digits only: nothing to split or strip
        : separatedValue(body.replace(GROUP_SPACES, ''))
      : shape === 'fraction'
        ? (parts[0] ?? 0) / (parts[1] || 1)
        : (parts[0] ?? 0);
  // Exponents: `1.3e6`, `-12e-1`, `1.1^23`, and `1.3x10^6`, `6.23×10^-4` written without spaces.
  if (shape === 'number') {
    const e = text.charCodeAt(j);
    const times = (e === 0x78 || e === 0xd7) && text.startsWith('10^', j + 1);
    const powerStart = times ? j + 4 : j + 1;
    const sign = text.charCodeAt(powerStart);
    const signed = sign === 0x2d || sign === 0x2b;
    const firstDigit = powerStart + (signed ? 1 : 0);
    if ((times || e === 0x65 || e === 0x45 || e === 0x5e) && isAsciiDigit(text.charCodeAt(firstDigit))) {
      const end = digitsEnd(text, firstDigit);
      if (!isLetter(text, end)) {
        const power = Number(text.slice(powerStart, end));
        value = e === 0x5e ? value ** power : value * 10 ** power;
        j = end;
        plain = false;
      }
    }
  }
  // Glued letters: units, scales, ordinal and decade suffixes.
  const suffixStart = j;
  let identifier = Number.isNaN(value);
  while (j < n && isLetter(text, j)) j++;
  if (text.charCodeAt(j) === 0x2f && isAsciiLetter(text.charCodeAt(j + 1)) && j > suffixStart) {
    // `km/h`
    let k = j + 1;
    while (k < n && isAsciiLetter(text.charCodeAt(k))) k++;
    if (k - j <= 2) j = k;
  }
  if (j > suffixStart && isPowerOfUnit(text, suffixStart, j)) {
    // `24703m2`, `5km²`, `3m3`: a unit squared or cubed.
    j++;
  } else if (j > suffixStart && isAsciiDigit(text.charCodeAt(j))) {
    identifier = true;
    while (j < n && (isAsciiDigit(text.charCodeAt(j)) || isLetter(text, j))) j++;
  }
  // Glued to letters before (`MI5`), or to a capitalised word by a hyphen (`B-2`, `COVID-19`).
  // A currency code in capitals is the exception: `USD135`, `EUR5bn` are amounts.
  if (start > 0 && isLetter(text, start - 1) && !afterCurrencyCode(text, start)) identifier = true;
  if (start > 1 && text.charCodeAt(start - 1) === 0x2d) {
    let k = start - 1;
    let upper = false;
    while (k > 0 && k > start - 24 && isLetter(text, k - 1)) {
      if (isAsciiUpper(text.charCodeAt(k - 1))) upper = true;
      k--;
    }
    if (upper) identifier = true;
  }
  const textOf = text.slice(start, j);
  return {
    kind: 'numeral',
    start,
    end: j,
    text: textOf,
    lower: textOf.toLowerCase(),
    value,
    suffix: text.slice(suffixStart, j),
    suffixStart,
    plain,
    leadDigits,
    shape,
    parts,
    identifier,
  };
}

/** Length units written squared or cubed after a number (`m2`, `km²`, `cm3`). */
const POWERED_UNITS: ReadonlySet<string> = new Set(['mm', 'cm', 'm', 'km', 'ft', 'in', 'yd', 'mi']);

/**
 * Whether the letters `start`–`end` are a length unit and a `2`/`3` (or `²`/`³`) right after
 * them ends the word: `24703m2` is an area, `A4m2x` or `m22` stay identifiers.
 */
function isPowerOfUnit(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(end);
  if (c !== 0x32 && c !== 0x33 && c !== 0xb2 && c !== 0xb3) return false;
  const after = text.charCodeAt(end + 1);
  if (isAsciiDigit(after) || isLetter(text, end + 1) || after === 0xb2 || after === 0xb3) return false;
  return POWERED_UNITS.has(text.slice(start, end).toLowerCase());
}

/** Whether a whole word of three capitals that is a currency code ends at `start` (`USD135`). */
function afterCurrencyCode(text: string, start: number): boolean {
  if (start < 3 || (start > 3 && isLetter(text, start - 4))) return false;
  const code = text.slice(start - 3, start);
  return CURRENCY_CODES.has(code) && isAsciiUpper(code.charCodeAt(0)) && isAsciiUpper(code.charCodeAt(2));
}

/**
 * A word of the text. Its text and lower case are cut from the source when first read, not when
 * the word is found: the quantity search reads only the words at and around the places a
 * quantity can start, a small part of a news text's words.
 */
class Word implements Lexeme {
  readonly kind = 'word';
  private cut: string | undefined = undefined;
  private lowered: string | undefined = undefined;

  constructor(
    private readonly source: string,
    readonly start: number,
    readonly end: number,
    /** Whether the word is lower-case ASCII letters, and so its own lower case. */
    private readonly ownLower: boolean,
  ) {}

  get text(): string {
    if (this.cut === undefined) this.cut = this.source.slice(this.start, this.end);
    return this.cut;
  }

  get lower(): string {
    if (this.lowered === undefined) this.lowered = this.ownLower ? this.text : this.text.toLowerCase();
    return this.lowered;
  }
}

/**
 * Splits `text` into lexemes, in one pass. When `starts` is given, the index of every numeral, and
 * of every word or symbol whose lower-cased text `starts.words` holds, is added to `starts.at`, in
 * order: the places a caller looking for those words needs to visit, found while each word's
 * characters are at hand.
 */
export function lexemes(text: string, starts?: { readonly words: WordSet; readonly at: number[] }): Lexeme[] {
  const out: Lexeme[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (
      isAsciiDigit(c) ||
      (c === 0x2e && isAsciiDigit(text.charCodeAt(i + 1)) && !isAsciiDigit(text.charCodeAt(i - 1)))
    ) {
      const numeral = readNumeral(text, i);
      if (starts) starts.at.push(out.length);
      out.push(numeral);
      i = numeral.end;
      continue;
    }
    const ascii = isAsciiLetter(c);
    if (ascii || (c >= 0xc0 && isLetter(text, i))) {
      // The rest of the word: lower-case ASCII letters (most of them) by one range test, other
      // ASCII letters by a second, other letters by the full test.
      let j = i + 1;
      let onlyAscii = ascii;
      // Whether an ASCII capital was read: a word of lower-case ASCII letters is its own lower case.
      let capital = c <= 0x5a;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d >= 0x61 && d <= 0x7a) j++;
        else if (d >= 0x41 && d <= 0x5a) {
          capital = true;
          j++;
        } else if (d >= 0xc0 && isLetter(text, j)) {
          onlyAscii = false;
          j++;
        } else break;
      }
      const word = new Word(text, i, j, onlyAscii && !capital);
      out.push(word);
      // A word of ASCII letters is ruled out from its characters (most are) without reading
      // the lower-cased string.
      if (
        starts &&
        (!onlyAscii || starts.words.mayHold(c, text.charCodeAt(j - 1), j - i)) &&
        starts.words.has(word.lower)
      )
        starts.at.push(out.length - 1);
      i = j;
      continue;
    }
    // A surrogate pair stays one symbol.
    const width = c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
    const symbol = text.slice(i, i + width);
    if (starts?.words.has(symbol)) starts.at.push(out.length);
    out.push({ kind: 'symbol', start: i, end: i + width, text: symbol, lower: symbol });
    i += width;
  }
  return out;
}

/** Whether a lexeme is a numeral. */
export function isNumeral(lexeme: Lexeme | undefined): lexeme is Numeral {
  return lexeme?.kind === 'numeral';
}
