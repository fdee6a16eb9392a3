/**
 * Numbers: every quantity a news text states (counts, money, percentages, durations, dates,
 * years, decades, ordinals, multipliers, measures, clock times) with its value, unit and hedge.
 *
 * The steps, in the order {@link numbersFromParsed} runs them at each position of the text:
 * 1. `lexemes.ts` splits the text into numerals, words and symbols (numerals keep their
 *    separators, exponents and glued letters; `MI5`, `B-2` are marked as identifiers);
 * 2. `dates.ts` reads calendar dates, which would otherwise split into day and year;
 * 3. `cardinal.ts` reads one number in digits and/or words;
 * 4. `not-numbers.ts` drops list markers, programme names and the pronoun `one`;
 * 5. `prefix.ts` reads a currency, sign and hedge before it, `units.ts` a unit after it, and
 *    `counted.ts` the nouns it counts (from wink's part-of-speech tags);
 * 6. `classify.ts` turns all that into one {@link Quantity}.
 *
 * @module
 */

import { MONTHS, WEEKDAYS } from '../data/calendar.js';
import { assertOptions, assertText } from '../input.js';
import { type ParsedText, parseForExtractors } from '../nlp.js';
import { WordSet } from '../word-set.js';
import { anchoredUnitAt, type BareUnit, bareUnitAt } from './bare-units.js';
import { type Cardinal, readCardinal, VULGAR } from './cardinal.js';
import { classify } from './classify.js';
import { countedAfter, isPlural, tokenAt } from './counted.js';
import { MULTIPLIERS, ORDINALS, SMALL, TENS } from './data/words.js';
import { dateAt } from './dates.js';
import { isNumeral, type Lexeme, lexemes } from './lexemes.js';
import { magnitudeAt, PLURAL_SCALES } from './magnitude.js';
import { isListMarker, isNameNumber, isProgrammeName, isPronounOne } from './not-numbers.js';
import { phoneSpans } from './phones.js';
import { prefixBefore } from './prefix.js';
import type { NumbersOptions, Quantity, QuantityKind } from './types.js';
import { unitAfter } from './units.js';

export type { NumbersOptions, Quantity, QuantityKind } from './types.js';

/**
 * Words and symbols a quantity can start with; every other lexeme is skipped at once (a
 * {@link WordSet}: nearly every lexeme of a text is looked up, and nearly all miss).
 */
const STARTS: WordSet = new WordSet([
  ...SMALL.keys(),
  ...TENS.keys(),
  ...ORDINALS.keys(),
  ...MULTIPLIERS.keys(),
  ...MONTHS.keys(),
  ...WEEKDAYS,
  'a',
  'an',
  'hundred',
  'thousand',
  'half',
  'quarter',
  'point',
  ...VULGAR.keys(),
  ...PLURAL_SCALES,
]);

/** wink token kinds whose digits are not numbers. */
const OPAQUE_KINDS: ReadonlySet<string> = new Set(['url', 'email', 'mention', 'hashtag', 'long']);

/** Prepositions that make a following four-digit number a year. */
const YEAR_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in',
  'since',
  'until',
  'till',
  'by',
  'from',
  'during',
  'before',
  'after',
]);

/** Words after which a quantity was estimated (`250 spies were estimated`). */
const ESTIMATED_AFTER: ReadonlySet<string> = new Set(['were', 'was', 'are', 'is', 'been', 'be']);

/**
 * The quantity over `text` from `start` to `end`, built as one object literal: spreading a span
 * object into each result cost more than the rest of building it.
 */
function quantityOf(
  text: string,
  start: number,
  end: number,
  kind: QuantityKind,
  value: number | null,
  unit: string | null,
  modifier: string | null,
): Quantity {
  return { text: text.slice(start, end), start, end, kind, value, unit, modifier };
}

/** Whether the number starting at `offset` ends a name, judged on wink's token before it. */
function endsName(parsed: ParsedText, offset: number, cardinal: Cardinal): boolean {
  const t = tokenAt(parsed.tokens, offset);
  const previous = parsed.tokens[t - 1];
  if (!previous || parsed.tokens[t]?.start !== offset) return false;
  if (!/^[ \t]+$/.test(parsed.text.slice(previous.end, offset))) return false;
  const sentence = parsed.sentences[previous.sentence];
  return isNameNumber(cardinal, previous, sentence?.firstToken === t - 1);
}

/** A clock time at a `05:13` numeral, with a following `am`/`pm`. */
function clockTime(lex: readonly Lexeme[], i: number): number | null {
  const numeral = lex[i];
  if (!isNumeral(numeral) || numeral.shape !== 'time') return null;
  const [hours = 0, minutes = 0] = numeral.parts;
  if (hours > 24 || minutes > 59) return null;
  const next = lex[i + 1]?.lower;
  if (numeral.suffix === '' && (next === 'am' || next === 'pm')) return i + 2;
  return i + 1;
}

/**
 * {@link extractNumbers} on a text already parsed with {@link parseText}, so that `analyze`
 * parses once.
 *
 * @param parsed - The parsed text.
 * @param options - See {@link NumbersOptions}.
 * @returns The quantities in text order.
 *
 * @example
 * ```ts
 * const parsed = parseText('It cost $130,000.');
 * numbersFromParsed(parsed).map((q) => q.value); // [130000]
 * ```
 */
export function numbersFromParsed(parsed: ParsedText, options: NumbersOptions = {}): Quantity[] {
  const { text } = parsed;
  const bare = options.bareUnits === true;
  // Where a quantity can start: numerals and the words of STARTS, found by the lexer (with bare
  // units, any word can, and every lexeme is looked at).
  const starts = bare ? undefined : { words: STARTS, at: [] as number[] };
  const lex = lexemes(text, starts);
  const candidates = starts?.at;
  let nextCandidate = 0;
  // Numbers inside URLs, e-mail addresses, handles, over-long runs and telephone numbers are not
  // quantities.
  const opaque: [number, number][] = [];
  for (const token of parsed.tokens) {
    const kind = token.kind;
    // Nearly every token is one of the first three kinds: no set lookup for them.
    if (kind === 'word' || kind === 'punctuation' || kind === 'number') continue;
    if (OPAQUE_KINDS.has(kind)) opaque.push([token.start, token.end]);
  }
  // Telephone numbers too (`+44 20 7946 0958`, `(555) 123-4567`, `call 555-1234`).
  const phones = phoneSpans(text);
  if (phones.length > 0) {
    opaque.push(...phones);
    opaque.sort((a, b) => a[0] - b[0]);
  }
  let nextOpaque = 0; // the first opaque span that does not end before the current lexeme
  const out: Quantity[] = [];
  const kinds = options.kinds ? new Set<QuantityKind>(options.kinds) : null;
  let floor = 0; // no quantity may start before the end of the previous one (in lexemes)
  let i = 0;
  while (i < lex.length) {
    if (candidates) {
      // The next place a quantity can start: every lexeme before it would be skipped.
      while (nextCandidate < candidates.length && (candidates[nextCandidate] as number) < i) nextCandidate++;
      if (nextCandidate === candidates.length) break;
      i = candidates[nextCandidate] as number;
    }
    const lexeme = lex[i] as Lexeme;
    if (!candidates && !isNumeral(lexeme) && !STARTS.has(lexeme.lower) && !(bare && lexeme.kind === 'word')) {
      i++;
      continue;
    }
    if (isNumeral(lexeme) && lexeme.identifier) {
      i++;
      continue;
    }
    // Inside an opaque span? (Read in place: a closure would be made at every call.)
    while (nextOpaque < opaque.length && (opaque[nextOpaque] as [number, number])[1] <= lexeme.start)
      nextOpaque++;
    const range = opaque[nextOpaque];
    if (range !== undefined && range[0] <= lexeme.start) {
      i++;
      continue;
    }

    const date = dateAt(lex, i);
    if (date) {
      const first = lex[date.first] as Lexeme;
      const last = lex[date.end - 1] as Lexeme;
      const found = quantityOf(text, first.start, last.end, 'date', null, null, null);
      out.push(date.iso ? { ...found, date: date.iso } : found);
      i = floor = date.end;
      continue;
    }

    const timeEnd = clockTime(lex, i);
    if (timeEnd !== null) {
      const last = lex[timeEnd - 1] as Lexeme;
      out.push(quantityOf(text, lexeme.start, last.end, 'time', null, null, null));
      i = floor = timeEnd;
      continue;
    }

    const factor = lexeme.kind === 'word' ? MULTIPLIERS.get(lexeme.lower) : undefined;
    if (factor !== undefined) {
      out.push(quantityOf(text, lexeme.start, lexeme.end, 'multiplier', factor, null, null));
      i = floor = i + 1;
      continue;
    }

    const magnitude = magnitudeAt(lex, i);
    if (magnitude) {
      let end = (lex[magnitude.end - 1] as Lexeme).end;
      const nouns = magnitude.counts ? countedAfter(parsed, end) : null;
      if (nouns) end = nouns.end;
      if (nouns || !magnitude.counts) {
        const unit = magnitude.currency ?? nouns?.unit ?? null;
        out.push(
          quantityOf(text, lexeme.start, end, magnitude.currency ? 'money' : 'count', null, unit, null),
        );
        i = floor = magnitude.end;
        while (i < lex.length && (lex[i] as Lexeme).start < end) i++;
        floor = i;
        continue;
      }
    }

    const cardinal = readCardinal(lex, i);
    if (!cardinal && bare) {
      const named = bareUnitAt(lex, i);
      if (named) {
        out.push(unitMention(text, lex, i, named));
        i = floor = named.end;
        continue;
      }
    }
    if (!cardinal || isListMarker(text, lex, cardinal)) {
      i = cardinal ? cardinal.end : i + 1;
      continue;
    }
    let prefix = prefixBefore(lex, i);
    if (prefix.first < floor) prefix = { ...prefix, first: i, modifierFirst: i, modifier: null };
    if (isProgrammeName(lex, prefix.modifierFirst, cardinal)) {
      i = cardinal.end + 1;
      continue;
    }
    const unit = unitAfter(lex, cardinal, prefix.currency !== null, text);
    if (unit?.reject) {
      i = cardinal.end;
      continue;
    }
    const endLexeme = unit ? Math.max(unit.end, cardinal.end) : cardinal.end;
    let end = (lex[endLexeme - 1] as Lexeme).end;
    let modifier = prefix.modifier ?? unit?.modifier ?? null;
    const quantity = classify({ lex, cardinal, prefix, unit, previous: lex[i - 1] });
    let counted: string | null = null;
    if (quantity.kind === 'count' || quantity.kind === 'year') {
      const nouns = countedAfter(parsed, end);
      // A year takes a plural noun as what it counts (`2000 people`), unless a preposition of
      // time stands before it (`in 2019 people voted`).
      const yearAfterPreposition = quantity.kind === 'year' && YEAR_PREPOSITIONS.has(lex[i - 1]?.lower ?? '');
      if (nouns && (quantity.kind === 'count' || (isPlural(nouns.unit) && !yearAfterPreposition))) {
        counted = nouns.unit;
        end = nouns.end;
      }
    }
    // `which one`, `the one`: a pronoun, unless it counts something (`that one mile`).
    // `Windows 11`: the end of a name.
    if (
      !unit &&
      !counted &&
      prefix.first === i &&
      (isPronounOne(lex, cardinal) || endsName(parsed, lexeme.start, cardinal))
    ) {
      i = cardinal.end;
      continue;
    }
    let next = endLexeme;
    while (next < lex.length && (lex[next] as Lexeme).start < end) next++;
    if (!modifier && ESTIMATED_AFTER.has(lex[next]?.lower ?? '') && lex[next + 1]?.lower === 'estimated') {
      modifier = 'estimated';
    }
    const start = (lex[prefix.first] as Lexeme).start;
    const kind = counted && quantity.kind === 'year' ? 'count' : quantity.kind;
    out.push(quantityOf(text, start, end, kind, quantity.value, counted ?? quantity.unit, modifier));
    i = floor = next;
    const anchored = bare ? null : anchoredUnitAt(lex, next, kind);
    if (anchored) {
      out.push(unitMention(text, lex, anchored.first, anchored));
      i = floor = anchored.end;
    }
  }
  const ranged = shortYearEnds(text, shareRangeUnits(text, out));
  return kinds ? ranged.filter((q) => kinds.has(q.kind)) : ranged;
}

/** A unit named without a number (lexemes `first` to `unit.end`), as a quantity with no value. */
function unitMention(text: string, lex: readonly Lexeme[], first: number, unit: BareUnit): Quantity {
  const last = lex[unit.end - 1] as Lexeme;
  return quantityOf(text, (lex[first] as Lexeme).start, last.end, unit.kind, null, unit.unit, null);
}

/** What may stand between the two ends of a range (`10 to 15 years`, `200-300 people`). */
const RANGE_JOINS: ReadonlySet<string> = new Set(['-', '–', '—', 'to', 'or', 'and']);
/** Kinds whose unit the first end of a range borrows from the second. */
const RANGE_KINDS: ReadonlySet<QuantityKind> = new Set(['duration', 'money', 'percent', 'measure', 'count']);

/**
 * `10 to 15 years`, `between 10 and 20 people`: the bare first end of a range takes the kind
 * and unit of the second, so both read as what they are.
 */
function shareRangeUnits(text: string, quantities: readonly Quantity[]): Quantity[] {
  const out = quantities.slice();
  for (let q = out.length - 2; q >= 0; q--) {
    const first = out[q] as Quantity;
    const second = out[q + 1] as Quantity;
    if (
      first.kind !== 'count' ||
      first.unit !== null ||
      second.unit === null ||
      !RANGE_KINDS.has(second.kind)
    )
      continue;
    if (second.start - first.end > 5) continue;
    const between = text.slice(first.end, second.start);
    const join = between.trim();
    if (!RANGE_JOINS.has(join)) continue;
    // A spaced em dash sets off an aside (`more than half — 58 percent — of them`); a range
    // takes it unspaced (`10—15 percent`).
    if (join === '—' && between !== join) continue;
    if (join === 'and' && !/\bbetween\s+$/i.test(text.slice(Math.max(0, first.start - 12), first.start)))
      continue;
    out[q] = { ...first, kind: second.kind, unit: second.unit };
  }
  return out;
}

/**
 * `2020-21`, `1990-95`: the two-digit end of a span of years is a year in the same century (or
 * the next, `1999-00`).
 */
function shortYearEnds(text: string, quantities: Quantity[]): Quantity[] {
  for (let q = 1; q < quantities.length; q++) {
    const first = quantities[q - 1] as Quantity;
    const second = quantities[q] as Quantity;
    if (first.kind !== 'year' || first.value === null || second.kind !== 'count' || second.unit !== null)
      continue;
    if (second.start !== first.end + 1 || !/^[-–/]$/.test(text.charAt(first.end))) continue;
    if (!/^[0-9]{2}$/.test(second.text)) continue;
    const century = Math.floor(first.value / 100) * 100;
    let year = century + Number(second.text);
    if (year <= first.value) year += 100;
    quantities[q] = { ...second, kind: 'year', value: year };
  }
  return quantities;
}

/**
 * Finds the quantities a text states: counts with the thing counted, money with its currency,
 * percentages, durations, dates (with an ISO date when absolute), years, decades, ordinals,
 * multipliers, measures and clock times. Numbers that are part of names (`60 Minutes`, `MI5`,
 * `B-2`, `COVID-19`) and list markers are left out.
 *
 * @param text - Any string.
 * @param options - See {@link NumbersOptions}.
 * @returns The quantities in text order; every `start`/`end` indexes `text`.
 * @throws TypeError when `text` is not a string or `options` not an object.
 *
 * @example
 * ```ts
 * import { extractNumbers } from 'copydesk';
 *
 * extractNumbers('With an estimated 800,000 staff, it paid $1.5 billion over 10 years.');
 * // [
 * //   { text: 'an estimated 800,000 staff', kind: 'count', value: 800000, unit: 'staff', modifier: 'estimated', … },
 * //   { text: '$1.5 billion', kind: 'money', value: 1500000000, unit: 'USD', modifier: null, … },
 * //   { text: 'over 10 years', kind: 'duration', value: 10, unit: 'year', modifier: 'over', … },
 * // ]
 * ```
 */
export function extractNumbers(text: string, options?: NumbersOptions): Quantity[] {
  assertText('extractNumbers', 'text', text);
  assertOptions('extractNumbers', options);
  return numbersFromParsed(parseForExtractors(text), options);
}
