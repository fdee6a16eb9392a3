/**
 * Script detection by Unicode code point ranges: which writing system a line or a text is in.
 * Boilerplate stripping uses it per line (a line in another script than the article is page
 * furniture more often than not), and language detection reports it.
 *
 * @module
 */
import { assertText } from '../input.js';
import type { Script } from '../types.js';

/**
 * How much of a text's letters each script holds.
 *
 * @example
 * ```ts
 * detectScript('魅影直播'); // { script: 'Han', share: 1, letters: 4 }
 * ```
 */
export interface ScriptResult {
  /** The script most of the letters are in, or `None` when there are no letters. */
  readonly script: Script;
  /** The share of letters in that script, 0..1 (0 when there are no letters). */
  readonly share: number;
  /** How many letters (code points of a letter-bearing script) were counted. */
  readonly letters: number;
}

// [first, last, script] code point ranges, sorted by `first`. Only letter-bearing blocks are
// listed; digits, punctuation, symbols and marks count for no script.
const RANGES: readonly (readonly [number, number, Script])[] = [
  [0x41, 0x5a, 'Latin'],
  [0x61, 0x7a, 'Latin'],
  [0xaa, 0xaa, 'Latin'],
  [0xba, 0xba, 'Latin'],
  [0xc0, 0xd6, 'Latin'],
  [0xd8, 0xf6, 'Latin'],
  [0xf8, 0x24f, 'Latin'],
  [0x250, 0x2af, 'Latin'],
  [0x370, 0x3ff, 'Greek'],
  [0x400, 0x52f, 'Cyrillic'],
  [0x531, 0x58f, 'Armenian'],
  [0x5d0, 0x5ff, 'Hebrew'],
  [0x600, 0x6ff, 'Arabic'],
  [0x750, 0x77f, 'Arabic'],
  [0x900, 0x97f, 'Devanagari'],
  [0x980, 0x9ff, 'Bengali'],
  [0xa00, 0xb7f, 'Other'],
  [0xb80, 0xbff, 'Tamil'],
  [0xc00, 0xdff, 'Other'],
  [0xe00, 0xe7f, 'Thai'],
  [0xe80, 0xfff, 'Other'],
  [0x1000, 0x109f, 'Other'],
  [0x10a0, 0x10ff, 'Georgian'],
  [0x1100, 0x11ff, 'Hangul'],
  [0x1200, 0x139f, 'Other'],
  [0x13a0, 0x167f, 'Other'],
  [0x1780, 0x17ff, 'Other'],
  [0x1c80, 0x1c8f, 'Cyrillic'],
  [0x1c90, 0x1cbf, 'Georgian'],
  [0x1e00, 0x1eff, 'Latin'],
  [0x1f00, 0x1fff, 'Greek'],
  [0x2c00, 0x2c5f, 'Other'],
  [0x2c60, 0x2c7f, 'Latin'],
  [0x2de0, 0x2dff, 'Cyrillic'],
  [0x2e80, 0x2fdf, 'Han'],
  [0x3005, 0x3007, 'Han'],
  [0x3021, 0x3029, 'Han'],
  [0x3038, 0x303b, 'Han'],
  [0x3041, 0x309f, 'Hiragana'],
  [0x30a0, 0x30ff, 'Katakana'],
  [0x3130, 0x318f, 'Hangul'],
  [0x31f0, 0x31ff, 'Katakana'],
  [0x3400, 0x4dbf, 'Han'],
  [0x4e00, 0x9fff, 'Han'],
  [0xa640, 0xa69f, 'Cyrillic'],
  [0xa720, 0xa7ff, 'Latin'],
  [0xa960, 0xa97f, 'Hangul'],
  [0xab30, 0xab6f, 'Latin'],
  [0xac00, 0xd7ff, 'Hangul'],
  [0xf900, 0xfaff, 'Han'],
  [0xfb00, 0xfb06, 'Latin'],
  [0xfb1d, 0xfb4f, 'Hebrew'],
  [0xfb50, 0xfdff, 'Arabic'],
  [0xfe70, 0xfeff, 'Arabic'],
  [0xff21, 0xff3a, 'Latin'],
  [0xff41, 0xff5a, 'Latin'],
  [0xff66, 0xff9f, 'Katakana'],
  [0xffa0, 0xffdc, 'Hangul'],
  [0x20000, 0x3134f, 'Han'],
];

/**
 * The script of one code point, or `null` for a code point that is not a letter of a known
 * writing system (digits, punctuation, symbols, marks, white space, unpaired surrogates).
 *
 * @example
 * ```ts
 * scriptOf(0x4e2d); // 'Han'
 * scriptOf(0x31); // null ('1')
 * ```
 */
export function scriptOf(codePoint: number): Script | null {
  if (codePoint < 0x41) return null;
  let lo = 0;
  let hi = RANGES.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const range = RANGES[mid] as readonly [number, number, Script];
    if (codePoint < range[0]) hi = mid - 1;
    else if (codePoint > range[1]) lo = mid + 1;
    else return range[2];
  }
  return null;
}

/**
 * Finds the script most letters of `text` are written in. Linear in the length of the text.
 *
 * @param text - Any string; a single line is the usual input.
 * @returns The dominant script, its share of the letters and the number of letters.
 * @throws TypeError when `text` is not a string.
 *
 * @example
 * ```ts
 * import { detectScript } from 'copydesk';
 *
 * detectScript('How China recruits its spies'); // { script: 'Latin', share: 1, letters: 24 }
 * detectScript('Москва, 2025'); // { script: 'Cyrillic', share: 1, letters: 6 }
 * detectScript('12:05'); // { script: 'None', share: 0, letters: 0 }
 * ```
 */
export function detectScript(text: string): ScriptResult {
  assertText('detectScript', 'text', text);
  const counts = new Map<Script, number>();
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        i++;
      }
    }
    const script = scriptOf(code);
    if (script === null) continue;
    letters++;
    counts.set(script, (counts.get(script) ?? 0) + 1);
  }
  if (letters === 0) return { script: 'None', share: 0, letters: 0 };
  // Japanese text mixes kana with Han: report the kana when there is a fair amount of it, so
  // that a Japanese line is not taken for Chinese.
  const kana = (counts.get('Hiragana') ?? 0) + (counts.get('Katakana') ?? 0);
  let best: Script = 'None';
  let bestCount = 0;
  for (const [script, count] of counts) {
    if (count > bestCount) {
      best = script;
      bestCount = count;
    }
  }
  if (best === 'Han' && kana >= bestCount * 0.1) {
    best = (counts.get('Hiragana') ?? 0) >= (counts.get('Katakana') ?? 0) ? 'Hiragana' : 'Katakana';
    bestCount = kana + (counts.get('Han') ?? 0);
  }
  return { script: best, share: Math.min(1, bestCount / letters), letters };
}
