/**
 * Character classes shared by the modules that scan text by UTF-16 code unit.
 *
 * @module
 * @internal
 */

/**
 * Unicode white space (`White_Space`, plus the byte-order mark that scraped text carries),
 * line breaks included.
 *
 * @internal
 */
export function isWhitespace(code: number): boolean {
  // Most code units are printable ASCII or above U+00A0: answer those first.
  if (code > 0x20 && code < 0xa0) return false;
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * An ASCII digit, `0`–`9` (what `\d` matches without the `u` flag).
 *
 * @internal
 */
export function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/**
 * An ASCII capital, `A`–`Z`.
 *
 * @internal
 */
export function isAsciiUpper(code: number): boolean {
  return code >= 0x41 && code <= 0x5a;
}

/**
 * An ASCII letter, `A`–`Z` or `a`–`z`.
 *
 * @internal
 */
export function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/**
 * An ASCII letter or digit.
 *
 * @internal
 */
export function isAsciiAlphanumeric(code: number): boolean {
  return isAsciiDigit(code) || isAsciiLetter(code);
}
