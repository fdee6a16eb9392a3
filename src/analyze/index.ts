/**
 * `analyze`: everything copydesk finds in a page, from one read of the text. Boilerplate
 * stripping runs first (it needs no parse); the page is then parsed by wink once, with everything
 * outside the article body blanked out, and quotes, entities and numbers are all taken from that
 * one parse.
 *
 * @module
 */
import { stripForAnalysis } from '../boilerplate/index.js';
import type { Block, StripBoilerplateOptions } from '../boilerplate/types.js';
import { entitiesFromParsed } from '../entities/index.js';
import type { Entity, ExtractEntitiesOptions } from '../entities/types.js';
import { assertOptions, assertText } from '../input.js';
import { parseForExtractors } from '../nlp.js';
import { numbersFromParsed } from '../numbers/index.js';
import type { NumbersOptions, Quantity } from '../numbers/types.js';
import { quotesFromParsed } from '../quotes/index.js';
import type { ExtractQuotesOptions, Quote } from '../quotes/types.js';
import type { LanguageCode } from '../types.js';

/**
 * Options for {@link analyze}: the options of each step, passed through.
 *
 * @example
 * ```ts
 * const options: AnalyzeOptions = { quotes: { allQuoted: true }, entities: { types: ['PERSON'] } };
 * ```
 */
export interface AnalyzeOptions {
  /**
   * Options for boilerplate stripping.
   *
   * @default {}
   */
  readonly boilerplate?: StripBoilerplateOptions;
  /**
   * Options for quote extraction. Its `language` defaults to the language of the body.
   *
   * @default {}
   */
  readonly quotes?: ExtractQuotesOptions;
  /**
   * Options for entity extraction. Its `language` defaults to the language of the body.
   *
   * @default {}
   */
  readonly entities?: ExtractEntitiesOptions;
  /**
   * Options for number extraction.
   *
   * @default {}
   */
  readonly numbers?: NumbersOptions;
}

/**
 * Everything {@link analyze} found. Every offset indexes the text that was passed in.
 *
 * @example
 * ```ts
 * const { title, quotes } = analyze(page);
 * title; // 'How China recruits its spies in the U.S.'
 * quotes[0]?.speaker?.name; // 'Jim Lewis'
 * ```
 */
export interface Analysis {
  /** ISO 639-3 language of the body, or `'und'`. Quotes and entities are English-only. */
  readonly language: LanguageCode;
  /** The headline, or null. */
  readonly title: string | null;
  /** The publication date the page states, as `YYYY-MM-DD`, or null. */
  readonly published: string | null;
  /** The article body: its blocks joined by a blank line. */
  readonly body: string;
  /** Every non-blank block of the page, with what was kept and why the rest was dropped. */
  readonly blocks: readonly Block[];
  /** Quotations in the body, in text order. */
  readonly quotes: readonly Quote[];
  /** People, organisations, places and other names in the body. */
  readonly entities: readonly Entity[];
  /** Quantities, dates and other numbers in the body, in text order. */
  readonly numbers: readonly Quantity[];
}

/** The language the English-only steps are told: the body's, or detection of their own for `und`. */
function stepLanguage(language: LanguageCode): LanguageCode | 'auto' {
  return language === 'und' ? 'auto' : language;
}

/**
 * Analyses a news page in one call: strips the boilerplate, then finds the quotes, entities and
 * numbers of the body only. The text is parsed by wink exactly once.
 *
 * @param text - The page, as HTML or as text, with or without its furniture. For HTML, every
 *   offset indexes the HTML and each span's `text` is the visible text (entities decoded).
 * @param options - See {@link AnalyzeOptions}.
 * @returns The language, title, date, body and blocks, and the quotes, entities and numbers of the
 *   body; every `start`/`end` indexes `text`.
 * @throws TypeError when `text` is not a string or `options` is not an object.
 *
 * @example
 * ```ts
 * import { analyze } from 'copydesk';
 *
 * const result = analyze(page);
 * result.title; // 'How China recruits its spies in the U.S.'
 * result.quotes.map((q) => q.speaker?.name); // ['Jim Lewis', 'Jim Lewis', …]
 * result.entities.find((e) => e.name === 'Ministry of State Security')?.type; // 'ORGANIZATION'
 * result.numbers[0]; // { text: 'more than 30 years', kind: 'duration', value: 30, unit: 'year', … }
 * ```
 */
export function analyze(text: string, options?: AnalyzeOptions): Analysis {
  assertText('analyze', 'text', text);
  assertOptions('analyze', options);
  const { result: stripped, masked } = stripForAnalysis(text, options?.boilerplate);
  const parsed = parseForExtractors(masked);
  const language = stepLanguage(stripped.language);
  return {
    language: stripped.language,
    title: stripped.title,
    published: stripped.published,
    body: stripped.body,
    blocks: stripped.blocks,
    quotes: quotesFromParsed(parsed, { language, ...options?.quotes }),
    entities: entitiesFromParsed(parsed, { language, ...options?.entities }),
    numbers: numbersFromParsed(parsed, options?.numbers),
  };
}
