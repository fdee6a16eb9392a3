/**
 * Magnitudes stated without a number (`thousands of troops`, `tens of thousands of people`,
 * `hundreds of millions of dollars`): claims a fact-checker weighs, returned with a null value
 * because the text gives no figure.
 *
 * @module
 * @internal
 */
import { CURRENCY_WORDS } from './data/units.js';
import type { Lexeme } from './lexemes.js';

/** Plural scale words that state a magnitude with `of` (`dozens of`, `millions of`). */
export const PLURAL_SCALES: ReadonlySet<string> = new Set([
  'dozens',
  'tens',
  'hundreds',
  'thousands',
  'millions',
  'billions',
  'trillions',
]);

/** A magnitude without a number: where it ends (in lexemes), and the currency it counts, if any. */
export interface Magnitude {
  /** Lexeme index after the magnitude words (`tens of thousands of`). */
  readonly end: number;
  /** Whether `of` closes the words, so that a counted noun follows. */
  readonly counts: boolean;
  /** ISO 4217 code when the thing counted is money (`millions of dollars`), else null. */
  readonly currency: string | null;
}

/** The magnitude that starts at lexeme `i` (`tens of thousands of`), or null. */
export function magnitudeAt(lex: readonly Lexeme[], i: number): Magnitude | null {
  let j = i;
  // At most two scale words: `tens of thousands of`, `hundreds of millions of`.
  for (let words = 0; words < 2; words++) {
    const word = lex[j];
    if (word?.kind !== 'word' || !PLURAL_SCALES.has(word.lower)) break;
    if (lex[j + 1]?.lower !== 'of') {
      // `Tens of thousands marched`: a scale word closes the magnitude.
      return words > 0 ? { end: j + 1, counts: false, currency: null } : null;
    }
    j += 2;
  }
  if (j === i) return null;
  const next = lex[j];
  const currency = next?.kind === 'word' ? (CURRENCY_WORDS.get(next.lower) ?? null) : null;
  return { end: currency ? j + 1 : j, counts: currency === null, currency };
}
