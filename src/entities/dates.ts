/**
 * Which tokens belong to an expression of time ("in May", "Last week", "Two years ago",
 * "Monday", "2019", "1996-08-30"), so that a capitalised word in one is not taken for a name and
 * a year is not taken for a score.
 *
 * The entity step reads this from the tokens and their neighbours instead of from wink's own
 * entities: wink's entity pass costs about a quarter of its parse, and dates are all the entity
 * step used it for.
 *
 * @module
 * @internal
 */
import { MONTHS, RELATIVE_DAYS, WEEKDAYS } from '../data/calendar.js';
import type { ParsedText, Token } from '../nlp.js';
import { TIME_UNITS as DURATION_UNITS } from '../numbers/data/units.js';
import { SCALES, SMALL, TENS } from '../numbers/data/words.js';
import { type TokenForms, tokenForms } from './lexicon.js';

/** Words that name a day or a time of day on their own. */
const DAY_WORDS: ReadonlySet<string> = new Set([...WEEKDAYS, ...RELATIVE_DAYS, 'noon', 'midnight']);

/** Halves of the day's clock, a time after a number ("05:37 AM"). */
const CLOCK_HALVES: ReadonlySet<string> = new Set(['am', 'pm', 'a.m.', 'p.m.', 'a.m', 'p.m']);

/** The seasons, which also name things ("Winter Olympics", "Ms Winter"). */
const SEASONS: ReadonlySet<string> = new Set(['spring', 'summer', 'autumn', 'fall', 'winter']);

/**
 * Words before a month or season that make it a time ("in May", "since Winter"); without one
 * (or a number after it) "May" and "Winter" are taken for names.
 */
const TIME_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in',
  'of',
  'since',
  'until',
  'till',
  'by',
  'during',
  'from',
  'through',
  'before',
  'after',
  'last',
  'next',
  'this',
  'early',
  'late',
  'mid',
  'each',
  'every',
]);

/**
 * Units of time that a count or an opener before them makes a time ("Two years", "Last week"):
 * those a duration is measured in, and the parts of the week and the day.
 */
const TIME_UNITS: ReadonlySet<string> = new Set([
  ...DURATION_UNITS.keys(),
  'weekend',
  'weekends',
  'morning',
  'mornings',
  'afternoon',
  'afternoons',
  'evening',
  'evenings',
  'night',
  'nights',
  'season',
  'quarter',
]);

/**
 * Words that open an expression of time before a unit, a day or a month ("Last week", "Early
 * Monday"), besides the number words ("Two years").
 */
const TIME_OPENERS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'last',
  'next',
  'this',
  'past',
  'coming',
  'early',
  'late',
  'mid',
  'every',
  'each',
  'same',
  'previous',
  'following',
  'recent',
  'several',
  'few',
  'many',
]);

/** What a word can be in an expression of time: a bit each, so one look-up answers for all. */
const DAY = 1;
const UNIT = 2;
const CLOCK_HALF = 4;
const MONTH = 8;
const SEASON = 16;
/** Opens a unit, day or month: the openers and the number words (small numbers, tens, scales). */
const OPENER = 32;

/**
 * The classes of every word above, merged: {@link isTimeToken} runs for every capitalised
 * word, and one look-up of a word costs less than the nine of its sets (a fresh lower-cased
 * string is hashed once instead of nine times over).
 */
const TIME_CLASSES: ReadonlyMap<string, number> = (() => {
  const classes = new Map<string, number>();
  const mark = (words: Iterable<string>, bit: number): void => {
    for (const word of words) classes.set(word, (classes.get(word) ?? 0) | bit);
  };
  mark(DAY_WORDS, DAY);
  mark(TIME_UNITS, UNIT);
  mark(CLOCK_HALVES, CLOCK_HALF);
  mark(MONTHS.keys(), MONTH);
  mark(SEASONS, SEASON);
  mark(TIME_OPENERS, OPENER);
  mark(SMALL.keys(), OPENER);
  mark(TENS.keys(), OPENER);
  mark(SCALES.keys(), OPENER);
  return classes;
})();

/**
 * The classes of a lower-cased word. Its month bit is that of {@link monthKey} (an
 * abbreviation's full stop dropped), its other bits those of the word as written.
 */
function timeClass(word: string): number {
  const classes = TIME_CLASSES.get(word) ?? 0;
  const key = monthKey(word);
  if (key === word) return classes;
  return (classes & ~MONTH) | ((TIME_CLASSES.get(key) ?? 0) & MONTH);
}

/** A numeric date (`1996-08-30`, `30/08/1996`). */
const DATE_NUMBER = /^(?:1\d{3}|20\d{2})-\d{1,2}-\d{1,2}$|^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/;

/** A number that can be a year: `1848`, `2019`. */
const YEAR = /^(?:1\d{3}|20\d{2})$/;

/** A word as looked up among the months: an abbreviation's full stop dropped ("Aug." → "aug"). */
function monthKey(word: string): string {
  return word.length <= 5 && word.endsWith('.') ? word.slice(0, -1) : word;
}

function sameSentence(a: Token, b: Token | undefined): b is Token {
  return b !== undefined && b.sentence === a.sentence;
}

/** Whether a month or season at `t` is used as a time: after a preposition of time or before a number. */
function isUsedAsTime(parsed: ParsedText, forms: TokenForms, t: number): boolean {
  const token = parsed.tokens[t] as Token;
  const before = parsed.tokens[t - 1];
  if (sameSentence(token, before) && TIME_PREPOSITIONS.has(forms.lower(t - 1) as string)) return true;
  const after = parsed.tokens[t + 1];
  return sameSentence(token, after) && after.kind === 'number';
}

/** Whether the word at `t` is a day, a month, a season or a unit of time. */
function isTimeWord(forms: TokenForms, t: number): boolean {
  return (timeClass(forms.lower(t) as string) & (DAY | UNIT | MONTH | SEASON)) !== 0;
}

/**
 * Whether token `t` is part of an expression of time: a day or time-of-day word, AM or PM after a
 * number, a unit of time ("Day" after "Labor"), a month (May only when used as a time), a season
 * used as a time, a decade or numeric date, a day beside its month or after its weekday, a year
 * after a preposition of time, or a word that counts or opens a unit of time, a day or a month
 * ("Two years", "Last week", "Early Monday"). `forms` is {@link tokenForms} of `parsed`, for callers that test many tokens.
 */
export function isTimeToken(parsed: ParsedText, t: number, forms: TokenForms = tokenForms(parsed)): boolean {
  const token = parsed.tokens[t];
  if (!token) return false;
  if (token.kind === 'decade') return true; // "1990s", as wink's tokenizer marks it
  if (token.kind === 'number') {
    if (DATE_NUMBER.test(token.text)) return true;
    const before = sameSentence(token, parsed.tokens[t - 1]) ? (forms.lower(t - 1) as string) : '';
    // A day beside its month, or after its weekday ("May 15", "15 May", "Friday 30").
    const after = sameSentence(token, parsed.tokens[t + 1]) ? monthKey(forms.lower(t + 1) as string) : '';
    if (MONTHS.has(monthKey(before)) || WEEKDAYS.has(before) || MONTHS.has(after)) return true;
    // A bare year is a year after a preposition of time ("in 2019"); elsewhere it may as well
    // be a count or a score ("Tasman 1250").
    return YEAR.test(token.text) && TIME_PREPOSITIONS.has(before);
  }
  const word = forms.lower(t) as string;
  const classes = timeClass(word);
  if (classes === 0) return false; // nearly every word: no class, no further test
  if (classes & (DAY | UNIT)) return true;
  if (classes & CLOCK_HALF) return parsed.tokens[t - 1]?.kind === 'number';
  if (classes & MONTH) return word !== 'may' || isUsedAsTime(parsed, forms, t);
  if (classes & SEASON) return isUsedAsTime(parsed, forms, t);
  if (!(classes & OPENER)) return false;
  const after = parsed.tokens[t + 1];
  return sameSentence(token, after) && isTimeWord(forms, t + 1);
}
