/**
 * The English gate. The rules read English capitalisation, titles and cue words: on German
 * (where every noun is capitalised) or on a script without capitals they would find names
 * everywhere or nowhere. A text franc confidently identifies as another language, or that is
 * written mostly in a script other than Latin, is left alone.
 *
 * @module
 * @internal
 */
import { detectLanguage } from '../language/index.js';
import type { LanguageCode } from '../types.js';

/**
 * The Latin-script languages a text is compared against. Restricting franc to widely written
 * languages keeps English tables and name lists from being read as Scots or Tagalog.
 */
const CANDIDATES: readonly LanguageCode[] = [
  'eng', 'fra', 'deu', 'spa', 'por', 'ita', 'nld', 'swe', 'dan', 'nob', 'fin', 'pol', 'ces',
  'slk', 'ron', 'hun', 'hrv', 'slv', 'tur', 'ind', 'vie', 'cat', 'lit', 'lav', 'est',
];

/** Below this confidence a non-English answer is not trusted and the text is read as English. */
const MIN_CONFIDENCE = 0.2;

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
  const result = detectLanguage(text, { only: CANDIDATES });
  if (result.script !== 'Latin' && result.script !== 'None') return { language: result.language, english: false };
  const english = result.language === 'eng' || result.language === 'und' || result.confidence < MIN_CONFIDENCE;
  return { language: result.language, english };
}
