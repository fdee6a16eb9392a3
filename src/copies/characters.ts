/**
 * Character classes for the copy detector's own tokenizer: one table lookup per UTF-16 unit,
 * so signatures stay fast (wink is English-only and about 2 MB/s; copies must work on any
 * script and at thousands of documents a second).
 *
 * @module
 * @internal
 */

/** Not part of a word: white space, punctuation, symbols, controls, lone surrogates. */
export const OTHER = 0;
/** A letter or combining mark of a script that separates words with spaces. */
export const LETTER = 1;
/** A decimal digit (ASCII, fullwidth or any other Unicode `Nd`). */
export const DIGIT = 2;
/** A letter of a script written without spaces (Han, Hiragana, Katakana, Thai, Lao, Khmer, Myanmar). */
export const UNSPACED = 3;

let table: Uint8Array | undefined;

function classifyCodePoint(ch: string): number {
  if (/\p{Nd}/u.test(ch)) return DIGIT;
  if (/[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]/u.test(ch)) {
    return /[\p{L}\p{M}]/u.test(ch) || ch === '\u30fc' ? UNSPACED : OTHER;
  }
  if (/[\p{L}\p{M}]/u.test(ch)) return LETTER;
  return OTHER;
}

/** The class table of every BMP code unit, built on first use (about 20 ms), never at import. */
function classTable(): Uint8Array {
  if (table) return table;
  const built = new Uint8Array(0x10000);
  for (let unit = 0; unit < 0x10000; unit++) {
    if (unit >= 0xd800 && unit <= 0xdfff) continue;
    built[unit] = classifyCodePoint(String.fromCharCode(unit));
  }
  table = built;
  return built;
}

/**
 * The class of the character starting at `index`, and its length in UTF-16 units (2 for a valid
 * surrogate pair, else 1).
 */
export function classAt(text: string, index: number): { cls: number; width: number } {
  const unit = text.charCodeAt(index);
  if (unit >= 0xd800 && unit <= 0xdbff && index + 1 < text.length) {
    const next = text.charCodeAt(index + 1);
    if (next >= 0xdc00 && next <= 0xdfff) {
      return { cls: classifyCodePoint(text.slice(index, index + 2)), width: 2 };
    }
  }
  return { cls: classTable()[unit] ?? OTHER, width: 1 };
}

/** The class table itself, for hot loops that handle surrogates on their own. */
export function characterClasses(): Uint8Array {
  return classTable();
}

/** The value 0–9 of a decimal digit code unit (ASCII or fullwidth), or -1 for other digits. */
export function digitValue(unit: number): number {
  if (unit >= 0x30 && unit <= 0x39) return unit - 0x30;
  if (unit >= 0xff10 && unit <= 0xff19) return unit - 0xff10;
  // Other Nd blocks (Arabic-Indic, Devanagari…) are laid out as ten consecutive code points.
  return -1;
}
