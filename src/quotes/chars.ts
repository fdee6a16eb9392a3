/**
 * Character classes used by the scans (UTF-16 code units).
 *
 * @module
 * @internal
 */

/** White space, line breaks included. */
export { isWhitespace as isSpace } from '../chars.js';

const LETTER = /[\p{L}\p{N}]/u;

/**
 * The answers for code units above ASCII, by code unit, found once each: bit 0 says the answer
 * is known, bit 1 upper case, bit 2 letter or digit. Curly quotation marks and dashes open many
 * tokens, and reading their case anew (two strings per test) cost more than all ASCII tests.
 */
const CLASSES = new Uint8Array(0x10000);
const KNOWN = 1;
const UPPER = 2;
const LETTER_OR_DIGIT = 4;

/** The class bits of a code unit above ASCII (see {@link CLASSES}). */
function classOf(code: number): number {
  let bits = CLASSES[code];
  // `charCodeAt` past the end gives NaN: no letter, as `String.fromCharCode(NaN)` (U+0000) is none.
  if (bits === undefined) return 0;
  if (bits === 0) {
    const c = String.fromCharCode(code);
    bits = KNOWN;
    if (c !== c.toLowerCase() && c === c.toUpperCase()) bits |= UPPER;
    // Surrogate halves count as letters.
    if ((code >= 0xd800 && code <= 0xdfff) || LETTER.test(c)) bits |= LETTER_OR_DIGIT;
    CLASSES[code] = bits;
  }
  return bits;
}

/** A letter or digit of any script (surrogate halves count as letters). */
export function isLetterOrDigit(code: number): boolean {
  if (code < 0x80) {
    return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  }
  return (classOf(code) & LETTER_OR_DIGIT) !== 0;
}

/** An upper-case letter. */
export function isUpper(code: number): boolean {
  if (code >= 0x41 && code <= 0x5a) return true;
  if (code < 0x80) return false;
  return (classOf(code) & UPPER) !== 0;
}
