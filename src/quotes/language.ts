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
 * Answers that mean English here: franc takes repetitive or informal English for Scots (`sco`)
 * far more often than it meets real Scots in news.
 */
const ENGLISH_ANSWERS: ReadonlySet<string> = new Set(['eng', 'sco', 'und']);

/**
 * Whether the rules should run on `text`, given the `language` option.
 *
 * @internal
 */
export function isEnglish(text: string, language: LanguageCode | 'auto'): boolean {
  if (language !== 'auto') return language === 'eng' || language === 'en';
  const found = detectLanguage(text);
  if (ENGLISH_ANSWERS.has(found.language)) return true;
  return found.confidence < MIN_CONFIDENCE;
}
