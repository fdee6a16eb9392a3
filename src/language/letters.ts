/**
 * Languages told by a letter of their own that franc's profiles leave out. franc ships trigram
 * profiles for languages of a million speakers or more, so Icelandic (about 350,000) is never
 * an answer; but only Icelandic writes thorn (`þ`) in running text today (`það`, `þetta`, `þeir`),
 * alongside eth (`ð`).
 *
 * @module
 * @internal
 */
import type { LanguageCode } from '../types.js';

/** Share of the letters that must be thorn: common Icelandic words put it near 1%. */
const MIN_THORN_SHARE = 0.002;
/** Fewest thorns to decide on (one may be a name, a symbol or Old English). */
const MIN_THORNS = 3;

/**
 * The language a letter of its own gives away in `sample` (of `letters` letters), or null.
 *
 * @example
 * ```ts
 * languageByLetters('Það er gott að vera hér, þetta er fínt.', 30); // 'isl'
 * ```
 */
export function languageByLetters(sample: string, letters: number): LanguageCode | null {
  let thorns = 0;
  let eths = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0xfe || c === 0xde) thorns++;
    else if (c === 0xf0 || c === 0xd0) eths++;
  }
  if (thorns >= MIN_THORNS && eths > 0 && thorns >= letters * MIN_THORN_SHARE) return 'isl';
  return null;
}
