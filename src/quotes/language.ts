/**
 * The English-only guard: the attribution rules read English speech verbs, pronouns and word
 * order, so a text confidently identified as another language gets no quotations rather than
 * guesses.
 *
 * English is recognised first from the parse itself (its share of English function words), which
 * costs nothing; only texts that fail that test are given to the language detector.
 *
 * @module
 * @internal
 */
import { detectLanguage } from '../language/index.js';
import type { ParsedText, Token } from '../nlp.js';
import type { LanguageCode } from '../types.js';
import { ENGLISH_FUNCTION_WORDS } from './data/english.js';

/** Below this confidence a non-English answer is not trusted (short or mixed texts). */
const MIN_CONFIDENCE = 0.5;

/** Share of English function words above which a text is English without asking the detector. */
const ENGLISH_SHARE = 0.15;

/** Words looked at for the share: enough to judge, few enough to cost nothing. */
const SAMPLE_WORDS = 2_000;

/**
 * Answers that mean English here: franc takes repetitive or informal English for Scots (`sco`)
 * far more often than it meets real Scots in news.
 */
const ENGLISH_ANSWERS: ReadonlySet<string> = new Set(['eng', 'sco', 'und']);

/** Fewer words than this say too little: the detector decides. */
const MIN_WORDS = 30;

/** Share of English function words among the first words of the parse (0 for short texts). */
function functionWordShare(tokens: readonly Token[]): number {
  let words = 0;
  let english = 0;
  for (let i = 0; i < tokens.length && words < SAMPLE_WORDS; i++) {
    const token = tokens[i] as Token;
    if (token.kind !== 'word') continue;
    words++;
    if (ENGLISH_FUNCTION_WORDS.has(token.text.toLowerCase())) english++;
  }
  return words < MIN_WORDS ? 0 : english / words;
}

/**
 * Whether the rules should run on a parsed text, given the `language` option.
 *
 * @internal
 */
export function isEnglish(parsed: ParsedText, language: LanguageCode | 'auto'): boolean {
  if (language !== 'auto') return language === 'eng' || language === 'en';
  if (functionWordShare(parsed.tokens) >= ENGLISH_SHARE) return true;
  const found = detectLanguage(parsed.text);
  if (ENGLISH_ANSWERS.has(found.language)) return true;
  return found.confidence < MIN_CONFIDENCE;
}
