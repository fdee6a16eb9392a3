/**
 * Types shared by every capability. Capability-specific result types live beside their
 * capability (`src/<capability>/types.ts`) and are re-exported from the package entry.
 *
 * @module
 */

/**
 * A piece of the caller's text. `start` and `end` are half-open UTF-16 offsets into the exact
 * string that was passed in, so `input.slice(span.start, span.end) === span.text` always holds.
 *
 * @example
 * ```ts
 * const span: Span = { text: 'Lewis', start: 0, end: 5 };
 * 'Lewis said'.slice(span.start, span.end); // 'Lewis'
 * ```
 */
export interface Span {
  /** The text covered, exactly as it stands in the input. */
  readonly text: string;
  /** Offset of the first UTF-16 code unit (inclusive). */
  readonly start: number;
  /** Offset after the last UTF-16 code unit (exclusive). */
  readonly end: number;
}

/**
 * An ISO 639-3 language code (`eng`, `fra`, `cmn`…), or `'und'` when the language cannot be
 * determined.
 *
 * @example
 * ```ts
 * const code: LanguageCode = 'eng';
 * ```
 */
export type LanguageCode = string;

/**
 * The writing systems the script detector tells apart (Unicode script names). `Other` is any
 * other letter-bearing script; `None` means the text has no letters at all (digits, punctuation,
 * symbols, white space).
 *
 * @example
 * ```ts
 * const script: Script = 'Han';
 * ```
 */
export type Script =
  | 'Latin'
  | 'Cyrillic'
  | 'Greek'
  | 'Armenian'
  | 'Georgian'
  | 'Arabic'
  | 'Hebrew'
  | 'Devanagari'
  | 'Bengali'
  | 'Tamil'
  | 'Thai'
  | 'Han'
  | 'Hiragana'
  | 'Katakana'
  | 'Hangul'
  | 'Other'
  | 'None';
