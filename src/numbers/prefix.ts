/**
 * What stands before a number: a currency (`$`, `US$`, `us $`, `nzd$`, `£ 15`, `EUR 125`,
 * `dollar 22.5`), a sign (`-1`, `minus five`) and a hedge (`more than`, `an estimated`).
 *
 * @module
 * @internal
 */
import { MODIFIERS } from './data/modifiers.js';
import {
  CODE_WORDS,
  CURRENCY_CODES,
  CURRENCY_SYMBOLS,
  CURRENCY_WORDS,
  DOLLAR_PREFIXES,
} from './data/units.js';
import { NEGATIVES } from './data/words.js';
import { isNumeral, type Lexeme } from './lexemes.js';

/** What was read before a number. */
export interface Prefix {
  /** Lexeme index where the quantity starts (the modifier, currency or sign). */
  readonly first: number;
  /** Lexeme index where the modifier starts (`first` when there is none). */
  readonly modifierFirst: number;
  /** ISO 4217 code of a currency written before the number, or null. */
  readonly currency: string | null;
  /** A minus sign or `minus`/`negative` stands before the number. */
  readonly negative: boolean;
  /** The hedge reported (`more than`, `estimated`), or null. */
  readonly modifier: string | null;
}

const touches = (a: Lexeme | undefined, b: Lexeme | undefined): boolean =>
  a !== undefined && b !== undefined && a.end === b.start;

/** Modifier phrases split into words, longest first. */
const PHRASES: readonly (readonly [readonly string[], string])[] = MODIFIERS.map(
  ([phrase, modifier]) => [phrase.split(' '), modifier] as const,
).sort((a, b) => b[0].length - a[0].length);

/** The last words of the modifier phrases, to rule most positions out with one look-up. */
const LAST_WORDS: ReadonlySet<string> = new Set(PHRASES.map(([words]) => words[words.length - 1] ?? ''));

/** Modifier phrase ending just before lexeme `k`: its first index and the modifier. */
export function modifierBefore(
  lex: readonly Lexeme[],
  k: number,
): { first: number; modifier: string } | null {
  if (!LAST_WORDS.has(lex[k - 1]?.lower ?? '')) return null;
  for (const [words, modifier] of PHRASES) {
    const first = k - words.length;
    if (first < 0) continue;
    let ok = true;
    for (let w = 0; w < words.length && ok; w++) {
      const lexeme = lex[first + w];
      ok = lexeme?.kind === 'word' && lexeme.lower === words[w];
    }
    if (ok) return { first, modifier };
  }
  return null;
}

/** No sign before the number, a plus sign, or a minus sign or word (see {@link signBefore}). */
const NO_SIGN = 0;
const PLUS = 1;
const MINUS = 2;

/**
 * The sign standing right before lexeme `k`: {@link PLUS} for a glued `+3`, {@link MINUS} for a
 * glued or line-opening `-`/`−` or a `minus`/`negative`, else {@link NO_SIGN}.
 */
function signBefore(lex: readonly Lexeme[], k: number): number {
  const dash = lex[k - 1];
  if (dash?.text === '+' && touches(dash, lex[k]) && !isNumeral(lex[k - 2])) {
    // `+3`: an explicit plus sign belongs to the number.
    return PLUS;
  }
  if (dash?.text === '-' || dash?.text === '−') {
    // Not a range (`75 -300mm`, `10-20`): no numeral right before the dash.
    const glued = touches(dash, lex[k]) && !touches(lex[k - 2], dash) && !isNumeral(lex[k - 2]);
    const lineStart = k - 1 === 0;
    return glued || lineStart ? MINUS : NO_SIGN;
  }
  if (dash?.kind === 'word' && NEGATIVES.has(dash.lower)) return MINUS;
  return NO_SIGN;
}

/** Reads the currency, sign and modifier before the number starting at lexeme `i`. */
export function prefixBefore(lex: readonly Lexeme[], i: number): Prefix {
  let k = i;
  let currency: string | null = null;
  const first = signBefore(lex, k);
  if (first !== NO_SIGN) k--;
  let negative = first === MINUS;
  const before = lex[k - 1];
  if (before?.kind === 'symbol' && CURRENCY_SYMBOLS.has(before.text)) {
    currency = CURRENCY_SYMBOLS.get(before.text) ?? null;
    k--;
    const letters = lex[k - 1];
    if (letters?.kind === 'word' && before.text === '$') {
      const code = DOLLAR_PREFIXES.get(letters.lower);
      // `US$`, `nzd$` glued; `us $` spaced only for the common `us`.
      if (code !== undefined && (touches(letters, before) || letters.lower === 'us')) {
        currency = code;
        k--;
      }
    }
    if (!negative) {
      const second = signBefore(lex, k);
      if (second !== NO_SIGN) k--;
      if (second === MINUS) negative = true;
    }
  } else if (before?.text === '.' && lex[k - 2]?.text === 'Rs') {
    currency = 'INR';
    k -= 2;
  } else if (before?.kind === 'word' && !isNumeral(lex[k - 2])) {
    const upper = before.text.toUpperCase();
    // Codes in capitals, or in lower case when three letters that are no English word (`eur 3.50`).
    const code =
      CURRENCY_CODES.has(before.text) ||
      (CURRENCY_CODES.has(upper) && upper.length === 3 && !CODE_WORDS.has(before.lower));
    if (code) {
      currency = upper === 'RMB' ? 'CNY' : upper === 'DM' ? 'DEM' : upper;
      k--;
    } else if (before.text === 'Rs' || before.text === 'INR') {
      currency = 'INR';
      k--;
    } else if (before.lower === 'dollar' || before.lower === 'euro') {
      currency = CURRENCY_WORDS.get(before.lower) ?? null;
      k--;
    }
  }
  const hedge = modifierBefore(lex, k);
  if (hedge)
    return { first: hedge.first, modifierFirst: hedge.first, currency, negative, modifier: hedge.modifier };
  return { first: k, modifierFirst: k, currency, negative, modifier: null };
}
