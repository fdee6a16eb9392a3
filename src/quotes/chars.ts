/**
 * Character classes used by the scans (UTF-16 code units).
 *
 * @module
 * @internal
 */

/** White space, line breaks included. */
export { isWhitespace as isSpace } from '../chars.js';

const LETTER = /[\p{L}\p{N}]/u;

/** A letter or digit of any script (surrogate halves count as letters). */
export function isLetterOrDigit(code: number): boolean {
  if (code < 0x80) {
    return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  }
  if (code >= 0xd800 && code <= 0xdfff) return true;
  return LETTER.test(String.fromCharCode(code));
}

/** An upper-case letter. */
export function isUpper(code: number): boolean {
  if (code >= 0x41 && code <= 0x5a) return true;
  if (code < 0x80) return false;
  const c = String.fromCharCode(code);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}
