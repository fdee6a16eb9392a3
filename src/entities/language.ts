/**
 * The English gate. The rules read English capitalisation, titles and cue words: on German
 * (where every noun is capitalised) or on a script without capitals they would find names
 * everywhere or nowhere. A text franc confidently identifies as another language, or that is
 * written mostly in a script other than Latin, is left alone.
 *
 * @module
 * @internal
 */
import { detectLanguage, detectScript } from '../language/index.js';
import type { LanguageCode } from '../types.js';
import { ENGLISH_FUNCTION_WORDS, FOREIGN_FUNCTION_WORDS } from './data/function-words.js';

/**
 * The Latin-script languages a text is compared against. Restricting franc to widely written
 * languages keeps English tables and name lists from being read as Scots or Tagalog.
 */
const CANDIDATES: readonly LanguageCode[] = [
  'eng',
  'fra',
  'deu',
  'spa',
  'por',
  'ita',
  'nld',
  'swe',
  'dan',
  'nob',
  'fin',
  'pol',
  'ces',
  'slk',
  'ron',
  'hun',
  'hrv',
  'slv',
  'tur',
  'ind',
  'vie',
  'cat',
  'lit',
  'lav',
  'est',
];

/** Below this confidence a non-English answer is not trusted and the text is read as English. */
const MIN_CONFIDENCE = 0.2;

/** Share of English function words that makes a text English without asking franc (English prose: 0.16–0.39). */
const CLEARLY_ENGLISH = 0.08;

/** Share of a language's function words that counts as evidence of it. */
const MIN_SHARE = 0.03;

/** Words looked at for the shares, from the text's start (the check stays cheap on long texts). */
const SHARE_SAMPLE = 1500;

/** Longest function word in the lists, in UTF-16 units. */
const MAX_FUNCTION_WORD = 7;

const LETTER = /\p{L}/u;

let english: ReadonlySet<string> | undefined;
let foreign: ReadonlySet<string> | undefined;

/**
 * The shares of English and of other languages' function words among the first
 * {@link SHARE_SAMPLE} words.
 */
export function functionWordShares(text: string): { english: number; foreign: number } {
  english ??= new Set(ENGLISH_FUNCTION_WORDS);
  foreign ??= new Set(FOREIGN_FUNCTION_WORDS);
  let words = 0;
  let en = 0;
  let other = 0;
  // A hand scan: a word is a run of letters (any script) or apostrophes; only short words are
  // looked up, since every function word listed is short.
  let start = -1;
  const limit = Math.min(text.length, SHARE_SAMPLE * 12);
  for (let i = 0; i <= limit && words < SHARE_SAMPLE; i++) {
    const c = i < limit ? text.charCodeAt(i) : 32;
    const letter =
      (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || (c >= 128 && LETTER.test(text.charAt(i)));
    if (letter) {
      if (start < 0) start = i;
      continue;
    }
    if (start < 0) continue;
    words++;
    if (i - start <= MAX_FUNCTION_WORD) {
      const word = text.slice(start, i).toLowerCase();
      if (english.has(word)) en++;
      else if (foreign.has(word)) other++;
    }
    start = -1;
  }
  return words === 0 ? { english: 0, foreign: 0 } : { english: en / words, foreign: other / words };
}

/** The language the gate saw, and whether extraction goes ahead. */
export interface LanguageVerdict {
  /** ISO 639-3 code of the language seen (`'und'` when undetermined). */
  readonly language: LanguageCode;
  /** Whether the text is read as English. */
  readonly english: boolean;
}

/** Decides whether to read `text` as English, given the caller's `language` option. */
export function englishVerdict(text: string, option: 'auto' | LanguageCode): LanguageVerdict {
  if (option !== 'auto') return { language: option, english: option === 'eng' };
  // Plain English prose shows itself in its function words; franc is asked only when it does not.
  const shares = functionWordShares(text);
  if (shares.english >= CLEARLY_ENGLISH && shares.foreign < shares.english / 4) {
    return { language: 'eng', english: true };
  }
  const script = detectScript(text).script;
  if (script !== 'Latin' && script !== 'None')
    return { language: detectLanguage(text).language, english: false };
  // franc reads tables of names as anything; only prose in another language can overrule
  // English, so franc is not even asked when the other languages' function words are few.
  if (!(shares.foreign >= MIN_SHARE && shares.foreign > shares.english))
    return { language: 'eng', english: true };
  const result = detectLanguage(text, { only: CANDIDATES });
  const english =
    result.language === 'eng' || result.language === 'und' || result.confidence < MIN_CONFIDENCE;
  return { language: result.language, english };
}
