/**
 * The English-only guard: the attribution rules read English speech verbs, pronouns and word
 * order, so a text confidently identified as another language gets no quotations rather than
 * guesses.
 *
 * @module
 * @internal
 */
import { detectLanguage } from '../language/index.js';
import type { LanguageCode } from '../types.js';

/** Below this confidence a non-English answer is not trusted (short or mixed texts). */
const MIN_CONFIDENCE = 0.5;

/**
 * Whether the rules should run on `text`, given the `language` option.
 *
 * @internal
 */
export function isEnglish(text: string, language: LanguageCode | 'auto'): boolean {
  if (language !== 'auto') return language === 'eng' || language === 'en';
  const found = detectLanguage(text);
  if (found.language === 'eng' || found.language === 'und') return true;
  return found.confidence < MIN_CONFIDENCE;
}
