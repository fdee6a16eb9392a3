/**
 * What follows a number: a glued suffix (`180lbs`, `11pm`, `1940s`), a hyphenated unit
 * (`10-year`, `512-foot`, `12-cent`), a percent sign or word, a currency (`310 million finnish
 * markka`, `40 MUSD`, `10 $`), a time unit (`18 months`, `60 years old`) or a measurement unit
 * (`240,000 square meters`, `25 degrees celsius`, `5 ft 4 in`).
 *
 * @module
 * @internal
 */
import { andAHalfAt, type Cardinal, readCardinal } from './cardinal.js';
import {
  CURRENCY_CODES,
  CURRENCY_SYMBOLS,
  CURRENCY_WORDS,
  MAX_CURRENCY_WORDS,
  MEASURE_UNITS,
  MINOR_UNITS,
  PERCENT_WORDS,
  POWER_PREFIXES,
  SCALED_CODES,
  TEMPERATURE_SCALES,
  TIME_UNITS,
} from './data/units.js';
import { SCALES, SMALL, TENS } from './data/words.js';
import { isNumeral, type Lexeme } from './lexemes.js';

import type { QuantityKind } from './types.js';

/** The unit read after a number. */
export interface UnitMatch {
  /** The kind the unit gives the number. */
  readonly kind: QuantityKind;
  /** The unit reported (`year`, `USD`, `mile`), or null. */
  readonly unit: string | null;
  /** Lexeme index after the unit. */
  readonly end: number;
  /** Factor applied to the number (`40 MUSD` → 1e6). */
  readonly scale?: number;
  /** Amount added after scaling (`12 dollars 40` → 0.4). */
  readonly add?: number;
  /** Replaces the value (`1940s` → 1940, `90s` → 1990). */
  readonly value?: number;
  /** The numeral's glued letters make it an identifier, not a quantity (`13F`, `4G`). */
  readonly reject?: true;
  /** A hedge written after the number (`100-odd` → `about`, `40-plus` → `more than`). */
  readonly modifier?: string;
}

/** Words hyphenated after a number that make it approximate → the modifier they stand for. */
const APPROXIMATE_SUFFIXES: ReadonlyMap<string, string> = new Map([
  ['odd', 'about'],
  ['some', 'about'],
  ['something', 'about'],
  ['ish', 'about'],
  ['plus', 'more than'],
]);

/** The power written after a length unit → the qualifier reported (`m2` → `square meter`). */
const POWER_DIGITS: ReadonlyMap<string, string> = new Map([
  ['2', 'square'],
  ['²', 'square'],
  ['3', 'cubic'],
  ['³', 'cubic'],
]);

/** Abbreviations that are ordinary words too; taken only glued to a number or after `ft`. */
const GLUED_ONLY: ReadonlySet<string> = new Set(['in', 'm', 'g', 'l', 'mi', 'ha', 'stone', 't', 'rad']);

const touches = (a: Lexeme | undefined, b: Lexeme | undefined): boolean =>
  a !== undefined && b !== undefined && a.end === b.start;

/** A singular scale word of a thousand or more at lexeme `j` (`million`, `bn`), or undefined. */
function largeScaleAt(lex: readonly Lexeme[], j: number): number | undefined {
  const word = lex[j];
  if (word?.kind !== 'word' || word.lower.endsWith('s')) return undefined;
  const scale = SCALES.get(word.lower);
  return scale !== undefined && scale >= 1e3 && word.lower !== 'grand' ? scale : undefined;
}

/**
 * The first words of the currency names: no name starts at a word not among them, which rules
 * out nearly every word after a number before any name is put together and looked up.
 */
const CURRENCY_FIRST_WORDS: ReadonlySet<string> = new Set(
  [...CURRENCY_WORDS.keys()].map((name) => name.split(' ')[0] as string),
);

/** Longest currency name (up to three words) starting at lexeme `j`. */
function currencyWordsAt(lex: readonly Lexeme[], j: number): { code: string; end: number } | null {
  const first = lex[j];
  if (first?.kind !== 'word' || !CURRENCY_FIRST_WORDS.has(first.lower)) return null;
  for (let n = MAX_CURRENCY_WORDS; n >= 1; n--) {
    const words: string[] = [];
    for (let k = j; k < j + n; k++) {
      const lexeme = lex[k];
      if (lexeme?.kind !== 'word') break;
      words.push(lexeme.lower);
    }
    if (words.length !== n) continue;
    const code = CURRENCY_WORDS.get(words.join(' '));
    if (code !== undefined) return { code, end: j + n };
  }
  return null;
}

/** Words that follow an amount of money and name nothing (`15 dollars 50 more`). */
const AFTER_AMOUNT: ReadonlySet<string> = new Set(['more', 'less', 'extra', 'each', 'apiece']);

/**
 * Minor units after a currency: a two-digit numeral or a number word ending the phrase
 * (`12 dollars 40`, `14 USD 35`, `two euros fifty`, `12 dollars and 25`), `and 50 cents` /
 * `and twenty pence`, or
 * `20 cents`, `five mao` (with a bare digit after a tenth unit: `five mao five` = 0.55).
 */
function centsAt(lex: readonly Lexeme[], j: number): { value: number; end: number } | null {
  const joined = lex[j]?.lower === 'and';
  const k = joined ? j + 1 : j;
  // Digits, or a number word proper (`fifty`), not `a dozen`.
  const head = lex[k];
  if (!isNumeral(head) && !SMALL.has(head?.lower ?? '') && !TENS.has(head?.lower ?? '')) return null;
  const amount = readCardinal(lex, k, false);
  if (!amount || amount.ordinal || !Number.isInteger(amount.value) || amount.value >= 100) return null;
  const after = lex[amount.end];
  const minor = after?.kind === 'word' ? MINOR_UNITS.get(after.lower) : undefined;
  if (minor !== undefined) {
    let value = amount.value * minor;
    let end = amount.end + 1;
    const rest = minor > 0.01 ? readCardinal(lex, end, false) : null;
    const restEnds = rest && (lex[rest.end] === undefined || lex[rest.end]?.kind === 'symbol');
    if (rest && restEnds && Number.isInteger(rest.value) && rest.value > 0 && rest.value < 10) {
      value += rest.value * minor * 0.1;
      end = rest.end;
    }
    return { value, end };
  }
  // Without their name, minor units end the phrase: `12 USD 40.`, `12 USD 40 more`.
  if (after !== undefined && after.kind !== 'symbol' && !AFTER_AMOUNT.has(after.lower)) return null;
  const numeral = amount.numeral;
  if (numeral) {
    if (!numeral.plain || numeral.suffix !== '') return null;
    // `12 dollars 40` takes two digits; after `and` one will do (`12 dollars and 5`).
    if (numeral.leadDigits !== 2 && !(joined && numeral.leadDigits === 1)) return null;
  } else if (!amount.spelled || (amount.value < 10 && !joined)) return null;
  if (amount.value === 0) return null;
  return { value: amount.value / 100, end: amount.end };
}

function glued(suffix: string, leadDigits: number, value: number, afterCurrency: boolean): UnitMatch | null {
  const lower = suffix.toLowerCase();
  // One capital letter glued to a number names a thing (`5G`, `13F`, `4K`), not a unit.
  if (suffix.length === 1 && suffix !== lower && suffix !== 'M') {
    return { kind: 'count', unit: null, end: 0, reject: true };
  }
  if (lower === 'am' || lower === 'pm') return { kind: 'time', unit: null, end: 0 };
  // `5x faster`, `a 10x return`: a factor.
  if (suffix === 'x') return { kind: 'multiplier', unit: null, end: 0 };
  if (lower === 's' && Number.isInteger(value) && value % 10 === 0) {
    if (leadDigits === 4) return { kind: 'decade', unit: null, end: 0, value };
    if (leadDigits === 2)
      return { kind: 'decade', unit: null, end: 0, value: value >= 30 ? 1900 + value : 2000 + value };
  }
  if (lower === 'yo' || lower === 'yrs') return { kind: 'duration', unit: 'year', end: 0 };
  if (suffix === 'p') return { kind: 'money', unit: 'pence', end: 0 };
  if (lower === 'm' && afterCurrency) return { kind: 'money', unit: null, end: 0, scale: 1e6 };
  const measure = MEASURE_UNITS.get(lower);
  if (measure !== undefined) return { kind: 'measure', unit: measure, end: 0 };
  // `24703m2`, `5km²`, `3m3` (the lexer only lets a length unit carry the power).
  const power = POWER_DIGITS.get(lower.slice(-1));
  const base = power === undefined ? undefined : MEASURE_UNITS.get(lower.slice(0, -1));
  if (power !== undefined && base !== undefined) return { kind: 'measure', unit: `${power} ${base}`, end: 0 };
  const time = TIME_UNITS.get(lower);
  if (time !== undefined) return { kind: 'duration', unit: time, end: 0 };
  const code = suffix.toUpperCase();
  if (CURRENCY_CODES.has(code)) return { kind: 'money', unit: code, end: 0 };
  // `100元`, `500円`: a currency sign that is a letter.
  const sign = suffix.length === 1 ? CURRENCY_WORDS.get(suffix) : undefined;
  if (sign !== undefined) return { kind: 'money', unit: sign, end: 0 };
  return { kind: 'count', unit: null, end: 0, reject: true };
}

/** Extends a duration over `old` / `of age` (`60 years old`, `fourteen months of age`). */
function ageEnd(lex: readonly Lexeme[], j: number): number {
  if (lex[j]?.lower === 'old') return j + 1;
  if (lex[j]?.lower === 'of' && lex[j + 1]?.lower === 'age') return j + 2;
  if (lex[j]?.text === '-' && lex[j + 1]?.lower === 'old' && touches(lex[j], lex[j + 1])) return j + 2;
  return j;
}

/** How far around a number words are looked at for a temperature cue. */
const TEMPERATURE_WINDOW = 80;
/** Words that make a glued `C` or `F` a temperature scale. */
const TEMPERATURE_CUE =
  /temperat|degree|heat|weather|warm|cold|hot|cool|freez|celsius|fahrenheit|°|oven|bak|thermo|fever|forecast/i;

/** Whether the text within a bounded window around `start`–`end` speaks of a temperature. */
function nearTemperature(text: string, start: number, end: number): boolean {
  return TEMPERATURE_CUE.test(text.slice(Math.max(0, start - TEMPERATURE_WINDOW), end + TEMPERATURE_WINDOW));
}

/**
 * The unit after the number `cardinal` (which ends at lexeme `cardinal.end`), or null; `hedged`
 * when a hedge suffix (`-odd`) was already read.
 */
export function unitAfter(
  lex: readonly Lexeme[],
  cardinal: Cardinal,
  afterCurrency: boolean,
  text = '',
  hedged = false,
): UnitMatch | null {
  const j = cardinal.end;
  const last = lex[j - 1];
  // Letters glued to the last numeral.
  if (isNumeral(last) && last.suffix !== '' && !cardinal.ordinal && !cardinal.scaled) {
    // `45C`, `104F`: a temperature only where the words around speak of one (`13F` is a form).
    const letter = last.suffix.toLowerCase();
    if ((letter === 'c' || letter === 'f') && nearTemperature(text, last.start, last.end)) {
      return { kind: 'measure', unit: letter === 'c' ? 'celsius' : 'fahrenheit', end: j };
    }
    const match = glued(last.suffix, last.leadDigits, last.value, afterCurrency);
    if (match) {
      // `3x faster`: a factor before a word; `7x - 3` is a score.
      if (match.kind === 'multiplier' && lex[j]?.kind !== 'word') return { ...match, reject: true };
      if (match.kind === 'duration') return { ...match, end: ageEnd(lex, j) };
      if (match.kind === 'measure' && match.unit === 'foot') return feetAndInches(lex, j, match);
      return { ...match, end: j };
    }
  }
  const next = lex[j];
  if (!next) return null;

  // `half a mile`, `half an hour`, `half a dollar`: the unit after the article.
  if (
    (next.lower === 'a' || next.lower === 'an') &&
    last?.lower === 'half' &&
    cardinal.end - cardinal.first === 1
  ) {
    const unit = unitAfter(lex, { ...cardinal, end: j + 1 }, afterCurrency, text, hedged);
    return unit?.kind === 'duration' || unit?.kind === 'measure' || unit?.kind === 'money' ? unit : null;
  }

  // `10-year`, `512-foot`, `12-cent`, `10-year-old`; spaced `30 - year` in tokenised text.
  if (next.text === '-') {
    const word = lex[j + 1];
    if (word?.kind === 'word' && touches(last, next) === touches(next, word)) {
      // `100-odd people`, `40-plus years`, `30-something`: a hedge, then what is counted.
      const approximate = APPROXIMATE_SUFFIXES.get(word.lower);
      if (approximate !== undefined && touches(last, next) && !cardinal.ordinal && !hedged) {
        // Read once: `hedged` stops a chain (`1-odd-odd-…`) from recursing.
        const rest = unitAfter(lex, { ...cardinal, end: j + 2 }, afterCurrency, text, true);
        if (rest?.reject) return null;
        return { ...(rest ?? { kind: 'count', unit: null }), end: rest?.end ?? j + 2, modifier: approximate };
      }
      const time = TIME_UNITS.get(word.lower);
      if (time !== undefined) return { kind: 'duration', unit: time, end: ageEnd(lex, j + 2) };
      // `a 5-percent rise`, `a three-percentage-point lead`
      if (PERCENT_WORDS.has(word.lower)) {
        const k = lex[j + 2]?.text === '-' && touches(word, lex[j + 2]) ? j + 3 : j + 2;
        const point = word.lower === 'percentage' ? lex[k]?.lower : undefined;
        if (point === 'point' || point === 'points')
          return { kind: 'percent', unit: 'percentage point', end: k + 1 };
        return { kind: 'percent', unit: '%', end: j + 2 };
      }
      // `a ten-fold rise`, `10-fold`
      if (word.lower === 'fold' && !cardinal.ordinal) return { kind: 'multiplier', unit: null, end: j + 2 };
      const measure = MEASURE_UNITS.get(word.lower);
      if (measure !== undefined) return { kind: 'measure', unit: measure, end: j + 2 };
      const currency = CURRENCY_WORDS.get(word.lower);
      if (currency !== undefined) return { kind: 'money', unit: currency, end: j + 2 };
      // `a $5-million contract`
      const scale = SCALES.get(word.lower);
      if (scale !== undefined && scale >= 1e3 && !cardinal.scaled)
        return { kind: 'count', unit: null, end: j + 2, scale };
    }
    return null;
  }
  if (next.text === '%' || next.text === '٪') return { kind: 'percent', unit: '%', end: j + 1 };
  // `1940's`: a decade written with an apostrophe.
  const s = lex[j + 1];
  if (
    (next.text === "'" || next.text === '’') &&
    s?.lower === 's' &&
    touches(last, next) &&
    touches(next, s)
  ) {
    if (isNumeral(last) && last.plain && last.leadDigits === 4 && last.value % 10 === 0) {
      return { kind: 'decade', unit: null, end: j + 2, value: last.value };
    }
  }
  if (next.text === '°' && !afterCurrency) {
    // `30°C`, and `30 ° C` in tokenised text.
    const scale = TEMPERATURE_SCALES.get(lex[j + 1]?.lower ?? '');
    if (scale !== undefined) return belowZero(lex, { kind: 'measure', unit: scale, end: j + 2 }, cardinal);
    return belowZero(lex, { kind: 'measure', unit: 'degree', end: j + 1 }, cardinal);
  }
  const symbol = CURRENCY_SYMBOLS.get(next.text);
  if (symbol !== undefined && next.kind === 'symbol' && !afterCurrency) {
    // `10 $` but not `1 $10` (the sign then belongs to the next number).
    if (!isNumeral(lex[j + 1]) || !touches(next, lex[j + 1]))
      return { kind: 'money', unit: symbol, end: j + 1 };
    return null;
  }
  if (next.kind !== 'word') return null;
  const w = next.lower;
  // `$3.5 m`, `£2 b`: a lone letter scales only after a currency.
  if (afterCurrency && !cardinal.scaled && (w === 'm' || w === 'b')) {
    return { kind: 'money', unit: null, end: j + 1, scale: w === 'm' ? 1e6 : 1e9 };
  }
  if (w === 'per' && lex[j + 1]?.lower === 'cent') return { kind: 'percent', unit: '%', end: j + 2 };
  // `12 noon`, `12 midnight`: a clock time.
  if ((w === 'noon' || w === 'midnight') && cardinal.value === 12)
    return { kind: 'time', unit: null, end: j + 1 };
  if (w === 'per' && lex[j + 1]?.text === '-' && lex[j + 2]?.lower === 'cent') {
    return { kind: 'percent', unit: '%', end: j + 3 };
  }
  // `50 F`, `-5 C` spaced: a temperature scale where the words around speak of one.
  if (
    !afterCurrency &&
    (w === 'c' || w === 'f') &&
    next.text.length === 1 &&
    !isNumeral(lex[j + 1]) &&
    nearTemperature(text, next.start, next.end)
  ) {
    return { kind: 'measure', unit: w === 'c' ? 'celsius' : 'fahrenheit', end: j + 1 };
  }
  if (PERCENT_WORDS.has(w)) {
    // `10 percentage points`: a difference of percentages.
    const points = lex[j + 1]?.lower;
    if (w === 'percentage' && (points === 'points' || points === 'point')) {
      return { kind: 'percent', unit: 'percentage point', end: j + 2 };
    }
    return { kind: 'percent', unit: '%', end: j + 1 };
  }

  const scaledCode = SCALED_CODES.get(next.text);
  if (scaledCode) return { kind: 'money', unit: scaledCode[0], end: j + 1, scale: scaledCode[1] };
  const upper = next.text.toUpperCase();
  if (CURRENCY_CODES.has(upper) && upper.length === 3 && !afterCurrency) {
    const cents = centsAt(lex, j + 1);
    const code = upper === 'RMB' ? 'CNY' : upper;
    if (cents !== null) return { kind: 'money', unit: code, end: cents.end, add: cents.value };
    // `90 USD million`: the scale said after the code.
    const scale = cardinal.scaled ? undefined : largeScaleAt(lex, j + 1);
    if (scale !== undefined) return { kind: 'money', unit: code, end: j + 2, scale };
    return { kind: 'money', unit: code, end: j + 1 };
  }
  if (afterCurrency && w === 'and') {
    // `$1 and 50 cents`
    const cents = centsAt(lex, j);
    if (cents !== null && cents.end > j + 2)
      return { kind: 'money', unit: null, end: cents.end, add: cents.value };
  }
  const currency = afterCurrency ? null : currencyWordsAt(lex, j);
  if (currency) {
    const cents = MINOR_UNITS.has(lex[currency.end - 1]?.lower ?? '') ? null : centsAt(lex, currency.end);
    if (cents !== null) return { kind: 'money', unit: currency.code, end: cents.end, add: cents.value };
    return { kind: 'money', unit: currency.code, end: currency.end };
  }
  if (afterCurrency) return null;

  // `4.2 light years`, `4.2 light-years`: a length, not a duration.
  if (w === 'light') {
    const k = lex[j + 1]?.text === '-' && touches(next, lex[j + 1]) ? j + 2 : j + 1;
    const year = lex[k]?.lower;
    if (year === 'year' || year === 'years') return { kind: 'measure', unit: 'light year', end: k + 1 };
  }
  const time = TIME_UNITS.get(w);
  if (time !== undefined) return andAHalf(lex, { kind: 'duration', unit: time, end: ageEnd(lex, j + 1) });

  if (w === 'degrees' || w === 'degree' || w === 'deg' || next.text === '°') {
    let end = j + 1;
    if (lex[end]?.text === '.' && w === 'deg') end++;
    const scale = TEMPERATURE_SCALES.get(lex[end]?.lower ?? '');
    if (scale !== undefined) return belowZero(lex, { kind: 'measure', unit: scale, end: end + 1 }, cardinal);
    return belowZero(lex, { kind: 'measure', unit: 'degree', end }, cardinal);
  }
  const qualifier = POWER_PREFIXES.get(w);
  if (qualifier !== undefined) {
    const unit = MEASURE_UNITS.get(lex[j + 1]?.lower ?? '');
    if (unit !== undefined) return { kind: 'measure', unit: `${qualifier} ${unit}`, end: j + 2 };
    return null;
  }
  if (!GLUED_ONLY.has(w)) {
    const measure = MEASURE_UNITS.get(w);
    if (measure !== undefined) {
      const match: UnitMatch = { kind: 'measure', unit: measure, end: j + 1 };
      return measure === 'foot' ? feetAndInches(lex, j + 1, match) : andAHalf(lex, perTime(lex, match));
    }
  }
  return null;
}

/** `a year and a half`, `two miles and a half`: the half added after the unit. */
function andAHalf(lex: readonly Lexeme[], match: UnitMatch): UnitMatch {
  if (match.add !== undefined || !andAHalfAt(lex, match.end)) return match;
  return { ...match, end: match.end + 3, add: 0.5 };
}

/** `10 degrees below zero`: the temperature is negative. */
function belowZero(lex: readonly Lexeme[], match: UnitMatch, cardinal: Cardinal): UnitMatch {
  if (lex[match.end]?.lower !== 'below' || lex[match.end + 1]?.lower !== 'zero') return match;
  return { ...match, end: match.end + 2, value: -cardinal.value };
}

/** Time units a rate is given per (`km/h`, `miles per hour`). */
const PER: ReadonlyMap<string, string> = new Map([
  ['h', 'hour'],
  ['hr', 'hour'],
  ['hour', 'hour'],
  ['s', 'second'],
  ['sec', 'second'],
  ['second', 'second'],
  ['day', 'day'],
  ['year', 'year'],
]);

/** Extends a unit over `/h` or `per hour`. */
function perTime(lex: readonly Lexeme[], match: UnitMatch): UnitMatch {
  const slash = lex[match.end];
  const per =
    slash?.text === '/' || slash?.lower === 'per' ? PER.get(lex[match.end + 1]?.lower ?? '') : undefined;
  if (per === undefined) return match;
  return { ...match, unit: `${match.unit} per ${per}`, end: match.end + 2 };
}

/** `5 ft 4 in`: inches after feet add a twelfth each. */
function feetAndInches(lex: readonly Lexeme[], j: number, feet: UnitMatch): UnitMatch {
  const inches = lex[j];
  const unit = lex[j + 1]?.lower ?? '';
  if (isNumeral(inches) && inches.plain && (unit === 'in' || unit === 'inch' || unit === 'inches')) {
    return { ...feet, end: j + 2, add: inches.value / 12 };
  }
  return { ...feet, end: j };
}
