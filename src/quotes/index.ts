/**
 * Quotation extraction and attribution: every quotation in a news text, with who said it,
 * resolved to a full name, and the verb that introduced it.
 *
 * The steps, in order: {@link findQuoted} pairs the quotation marks; `classify` tells statements
 * from fragments and drops quoted terms; `Attributor` walks the text once and finds each
 * quotation's cue and speaker; `findNested` finds quotes inside quotes.
 *
 * @module
 */
import { assertOptions, assertText } from '../input.js';
import { type ParsedText, parseForExtractors, type Token } from '../nlp.js';
import { type Attribution, Attributor } from './attribute.js';
import {
  afterTitledWork,
  besideWorkNoun,
  countWords,
  endsStatement,
  isAddress,
  isTitleCase,
  opensStatement,
  titleInApposition,
} from './classify.js';
import { continuesStatement, type QuotePiece } from './continuation.js';
import { findQuoted, findSingleQuoted, type QuotedStretch } from './find-quoted.js';
import { frameBefore, type TokenMap } from './frames.js';
import { isEnglish } from './language.js';
import { findNested } from './nested.js';
import { buildTokenMap, tokenAt } from './token-map.js';
import type { ExtractQuotesOptions, Quote, QuoteKind } from './types.js';

export type { ExtractQuotesOptions, Quote, QuoteKind, Speaker, SpeakerVia } from './types.js';

/** Quoted stretches with fewer words are terms or scare quotes unless they stand as a statement. */
const MIN_STATEMENT_WORDS = 4;

/** A fragment inside the writer's sentence with fewer words and no speech verb is a term too. */
const MIN_FRAGMENT_WORDS = 6;

const ALL_KINDS: readonly QuoteKind[] = ['direct', 'partial', 'nested'];

/**
 * Whether the quotation opening at token `open` follows another quotation with only a comma or
 * a conjunction between (`whom she called "…," or "…"`): one of a run of fragments, which shares
 * the verb of the first.
 */
function inRunOfFragments(map: TokenMap, open: number): boolean {
  const { first } = frameBefore(map, open);
  if (first === 0 || map.quoteOf[first - 1] === -1) return false;
  for (let t = first; t < open; t++) {
    const token = map.tokens[t] as Token;
    if (token.text !== ',' && token.pos !== 'CCONJ') return false;
  }
  return true;
}

/** How a stretch reads: its kind, and whether it is speech at all. */
function classify(text: string, stretch: QuotedStretch): { kind: QuoteKind; speech: boolean } {
  const kind: QuoteKind = opensStatement(text, stretch.open) ? 'direct' : 'partial';
  // `"http://video.foxnews.com"`: an address in quotation marks is no speech.
  if (isAddress(text, stretch.start, stretch.end)) return { kind: 'partial', speech: false };
  // `the movie "Ghosts of Duluth 2: Back Again!"`, `"Night Shift," a show about…`: a work's title.
  if (besideWorkNoun(text, stretch.open, stretch.close) && isTitleCase(text, stretch.start, stretch.end)) {
    return { kind: 'partial', speech: false };
  }
  // `Lena Park's essay, "Sail home, sailor," is a delight`: a title in apposition, in any case.
  if (titleInApposition(text, stretch.open, stretch.close)) return { kind: 'partial', speech: false };
  // `the film "A boy and his dog"`, `a report titled "…"`: a work's title, in any case.
  if (afterTitledWork(text, stretch.open)) return { kind: 'partial', speech: false };
  const words = countWords(text, stretch.start, stretch.end, MIN_STATEMENT_WORDS);
  if (words < MIN_STATEMENT_WORDS) {
    // `“Trainwreck.”` after a comma is a title; `"Only Tom O'Malley," Ortiz said` is speech.
    const title = text.charCodeAt(stretch.end - 1) === 0x2e && isTitleCase(text, stretch.start, stretch.end);
    const statement = kind === 'direct' && endsStatement(text, stretch.end) && !title;
    return { kind: statement ? kind : 'partial', speech: statement };
  }
  const last = text.charCodeAt(stretch.end - 1);
  if (last !== 0x3f && last !== 0x21 && words > 1 && isTitleCase(text, stretch.start, stretch.end)) {
    return { kind: 'partial', speech: false };
  }
  return { kind, speech: true };
}

/**
 * Quotations of an already parsed text: the engine behind {@link extractQuotes}, for callers
 * that run several analyses on one parse.
 *
 * @param parsed - The text as read by `parseText`.
 * @param options - See {@link ExtractQuotesOptions}.
 * @returns The quotations in text order.
 *
 * @example
 * ```ts
 * import { parseText } from '../nlp.js';
 *
 * const parsed = parseText('"We will win," Jim Lewis said.');
 * quotesFromParsed(parsed)[0]?.speaker?.name; // 'Jim Lewis'
 * ```
 */
export function quotesFromParsed(parsed: ParsedText, options: ExtractQuotesOptions = {}): Quote[] {
  const { text, tokens } = parsed;
  if (tokens.length === 0 || !isEnglish(parsed, options.language ?? 'auto')) return [];
  const allQuoted = options.allQuoted ?? false;
  const kinds = new Set(options.kinds ?? ALL_KINDS);

  // A text that quotes no speech in double marks may quote it in single ones (British style).
  const doubled = findQuoted(text);
  const stretches = doubled.length > 0 ? doubled : findSingleQuoted(text);
  const classified = stretches.map((stretch) => ({ stretch, ...classify(text, stretch) }));
  // Only speech is mapped: quoted terms and titles are part of the writer's sentence.
  const speech = classified.filter((c) => c.speech);
  // The token map and the attributor's reading of the text (its name index) are made only when
  // there is speech: a text that quotes none (a brief, a results table) does not pay for them.
  const map =
    speech.length > 0
      ? buildTokenMap(
          parsed,
          speech.map((c) => c.stretch),
        )
      : null;
  const attributor = map ? new Attributor(text, map) : null;
  const quotes: Quote[] = [];
  let previousPiece: QuotePiece | null = null;
  for (const { stretch, kind, speech: isSpeech } of classified) {
    let attribution: Attribution = { speaker: null, cue: null, named: false };
    let continues = false;
    let term = false;
    // (`map` and `attributor` are there whenever a stretch is speech.)
    if (isSpeech && map && attributor) {
      const openToken = Math.min(tokenAt(tokens, stretch.open), tokens.length - 1);
      const closeToken = Math.min(
        tokenAt(tokens, stretch.close >= 0 ? stretch.close : stretch.end - 1),
        tokens.length - 1,
      );
      attribution = attributor.attribute({
        openToken,
        closeToken: Math.max(closeToken, openToken),
        endsWithPeriod: text.charCodeAt(stretch.end - 1) === 0x2e,
        endsWithQuestionOrExclamation:
          text.charCodeAt(stretch.end - 1) === 0x3f || text.charCodeAt(stretch.end - 1) === 0x21,
        partial: kind === 'partial',
      });
      const piece: QuotePiece = {
        openToken,
        closeToken: Math.max(closeToken, openToken),
        direct: kind === 'direct',
        speaker: attribution.speaker?.name ?? null,
      };
      continues = continuesStatement(map, previousPiece, piece);
      // `dusted their coats with flour to "pass for weathered old sailors."`: a short fragment of
      // the writer's sentence with no speech verb in reach is a term or a scare quote, as one to
      // three quoted words are.
      term =
        kind === 'partial' &&
        !continues &&
        attribution.cue === null &&
        !inRunOfFragments(map, openToken) &&
        countWords(text, stretch.start, stretch.end, MIN_FRAGMENT_WORDS) < MIN_FRAGMENT_WORDS;
      previousPiece = term ? null : piece;
      if (term) attribution = { speaker: null, cue: null, named: false };
    }
    const spoken = isSpeech && !term;
    if ((spoken || allQuoted) && kinds.has(kind)) {
      quotes.push({
        text: text.slice(stretch.start, stretch.end),
        start: stretch.start,
        end: stretch.end,
        kind,
        speaker: attribution.speaker,
        cue: attribution.cue,
        continues,
      });
    }
    if (!kinds.has('nested') || (!spoken && !allQuoted)) continue;
    for (const nested of findNested(text, stretch.start, stretch.end)) {
      const words = countWords(text, nested.start, nested.end, MIN_STATEMENT_WORDS);
      if (!allQuoted && words < MIN_STATEMENT_WORDS && !endsStatement(text, nested.end)) continue;
      quotes.push({
        text: text.slice(nested.start, nested.end),
        start: nested.start,
        end: nested.end,
        kind: 'nested',
        speaker: null,
        cue: null,
        continues: false,
      });
    }
  }
  return quotes;
}

/**
 * Finds every quotation in an English news text, with who said it and the words that
 * introduced it.
 *
 * The speaker's `name` is the fullest form the text uses (`Lewis` → `Jim Lewis`, `he` → the
 * person he refers to). Quoted terms and scare quotes (`the "honeypot" strategy`) are not
 * returned unless `allQuoted` is set. Texts confidently identified as another language give `[]`
 * (see the `language` option). Linear in the length of the text; most of the time goes to the
 * shared parse.
 *
 * @param text - Any string.
 * @param options - See {@link ExtractQuotesOptions}.
 * @returns The quotations in text order.
 * @throws TypeError when `text` is not a string or `options` is not an object.
 *
 * @example
 * ```ts
 * import { extractQuotes } from 'copydesk';
 *
 * extractQuotes('Jim Lewis, a former U.S. diplomat, spoke first. "It\'s hard to do things in China without it," Lewis said.');
 * // [{
 * //   text: "It's hard to do things in China without it,", start: 49, end: 92, kind: 'direct',
 * //   speaker: { name: 'Jim Lewis', text: 'Lewis', start: 94, end: 99, via: 'cue' },
 * //   cue: { text: 'said', start: 100, end: 104 }, continues: false,
 * // }]
 * ```
 */
export function extractQuotes(text: string, options?: ExtractQuotesOptions): Quote[] {
  assertText('extractQuotes', 'text', text);
  assertOptions('extractQuotes', options);
  return quotesFromParsed(parseForExtractors(text), options);
}
