/**
 * Reads one number written in digits, words or both (`800,000`, `1.5 billion`, `twenty-one`,
 * `four hundred and three dozens`, `one and a half`, `five eighths`, `three hundred point forty-two`,
 * `6 thousand 2 hundred and 45`, `11th`, `one hundred thirty-second`) from a run of lexemes.
 *
 * The grammar is the usual one for English numbers: units and tens add, `hundred` multiplies
 * the current group, larger scales close a group; `and` joins a smaller group or a fraction;
 * `point` starts decimals. It reads left to right and never backtracks more than one `and`.
 *
 * @module
 * @internal
 */
import { MEASURE_UNITS, ONE_OF_CURRENCY, PERCENT_WORDS, TIME_UNITS } from './data/units.js';
import {
  DECADE_TENS,
  DENOMINATORS,
  DOZENS,
  GLUED_SCALES,
  ORDINAL_SUFFIXES,
  ORDINALS,
  SCALES,
  SMALL,
  TENS,
} from './data/words.js';
import { isNumeral, type Lexeme, type Numeral } from './lexemes.js';
import { modifierBefore } from './prefix.js';

/** A number read from lexemes `first` (inclusive) to `end` (exclusive). */
export interface Cardinal {
  /** The number's value. */
  readonly value: number;
  /** Index of its first lexeme. */
  readonly first: number;
  /** Index after its last lexeme. */
  readonly end: number;
  /** Written as a rank (`third`, `11th`, `twenty-fifth`). */
  readonly ordinal: boolean;
  /** The single numeral the number consists of, if it is one numeral and nothing else. */
  readonly numeral: Numeral | null;
  /** Any word was part of it (`five`, `1 billion`). */
  readonly spelled: boolean;
  /** A scale word or glued scale was applied (`million`, `10k`). */
  readonly scaled: boolean;
  /**
   * A year or decade spoken as two pairs of digits (`nineteen eighty-four`, `twenty twenty`,
   * `the nineteen-nineties`); absent otherwise.
   */
  readonly form?: 'year' | 'decade';
}

/** A number written in words (not a rank, not one numeral) from lexemes `first` to `end`. */
function spelledNumber(value: number, first: number, end: number, scaled: boolean): Cardinal {
  return { value, first, end, ordinal: false, numeral: null, spelled: true, scaled };
}

/** The vulgar fractions Unicode encodes as one character (`2½ years`). */
export const VULGAR: ReadonlyMap<string, number> = new Map([
  ['½', 1 / 2],
  ['⅓', 1 / 3],
  ['⅔', 2 / 3],
  ['¼', 1 / 4],
  ['¾', 3 / 4],
  ['⅕', 1 / 5],
  ['⅖', 2 / 5],
  ['⅗', 3 / 5],
  ['⅘', 4 / 5],
  ['⅙', 1 / 6],
  ['⅚', 5 / 6],
  ['⅐', 1 / 7],
  ['⅛', 1 / 8],
  ['⅜', 3 / 8],
  ['⅝', 5 / 8],
  ['⅞', 7 / 8],
  ['⅑', 1 / 9],
  ['⅒', 1 / 10],
]);

/**
 * Glued letters that scale a numeral (`10k`, `1MM`, `2bn`, `5million`): a singular scale of a
 * thousand or more from the scale table, or one of the glued-only abbreviations. Case matters
 * for `M`: `5M` is five million, `5m` five metres and `5mm` five millimetres.
 */
export function gluedScale(suffix: string): number | null {
  if (suffix === 'M' || suffix === 'MM') return 1e6;
  const lower = suffix.toLowerCase();
  if (lower === 'mm' || lower.endsWith('s')) return null;
  const scale = SCALES.get(lower) ?? GLUED_SCALES.get(lower);
  return scale !== undefined && scale >= 1e3 ? scale : null;
}

/** Plural ordinal used as a denominator (`fifths`, `eighths`, `thirds`). */
function denominatorOf(word: string): number | null {
  const plain = DENOMINATORS.get(word);
  if (plain !== undefined) return plain;
  if (word.endsWith('s')) {
    const ordinal = ORDINALS.get(word.slice(0, -1));
    if (ordinal !== undefined && ordinal >= 3) return ordinal;
  }
  return null;
}

/**
 * Whether what follows a fraction lets it stand as one (`a third of`, `one twenty-fifth.`,
 * `one third percent`), rather than a rank (`a third term`).
 */
function closesFraction(after: Lexeme | undefined): boolean {
  if (after === undefined || after.kind === 'symbol') return true;
  return after.lower === 'of' || after.lower === 'per' || PERCENT_WORDS.has(after.lower);
}

/** The suffix English writes after `n` as a rank: `st`, `nd`, `rd` or `th` (`11th`, `21st`). */
function ordinalSuffixOf(n: number): string {
  const lastTwo = n % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return 'th';
  const last = n % 10;
  return last === 1 ? 'st' : last === 2 ? 'nd' : last === 3 ? 'rd' : 'th';
}

/** Whether lexemes `a` and `b` touch (no space between them). */
const touches = (a: Lexeme | undefined, b: Lexeme | undefined): boolean =>
  a !== undefined && b !== undefined && a.end === b.start;

/**
 * A tens word joined to a unit by a hyphen (`twenty-one`, `fifty - two`, `twenty-fifth`):
 * the combined value, whether it is an ordinal, and the index after it; null otherwise.
 */
function hyphenatedTens(
  lex: readonly Lexeme[],
  i: number,
): { value: number; ordinal: boolean; end: number } | null {
  const tens = TENS.get(lex[i]?.lower ?? '');
  const dash = lex[i + 1];
  const unit = lex[i + 2];
  if (tens === undefined || dash?.text !== '-' || unit?.kind !== 'word') return null;
  // Spaced hyphens come from tokenised text (`fifty - two`); both sides spaced or both glued.
  if (touches(lex[i], dash) !== touches(dash, unit)) return null;
  const small = SMALL.get(unit.lower);
  if (small !== undefined && small > 0 && small < 10)
    return { value: tens + small, ordinal: false, end: i + 3 };
  const ordinal = ORDINALS.get(unit.lower);
  if (ordinal !== undefined && ordinal < 10) return { value: tens + ordinal, ordinal: true, end: i + 3 };
  return null;
}

/** Whether `and a half` starts at lexeme `j` (`a year and a half`, not `and a half-hour`). */
export function andAHalfAt(lex: readonly Lexeme[], j: number): boolean {
  const article = lex[j + 1]?.lower;
  if (lex[j]?.lower !== 'and' || (article !== 'a' && article !== 'an')) return false;
  return lex[j + 2]?.lower === 'half' && lex[j + 3]?.text !== '-';
}

/** A tens word hyphenated to a plural rank (`thirty-fifths`): the denominator and the index after it. */
function hyphenatedDenominator(lex: readonly Lexeme[], i: number): { value: number; end: number } | null {
  const tens = TENS.get(lex[i]?.lower ?? '');
  const dash = lex[i + 1];
  if (tens === undefined || dash?.text !== '-' || !touches(lex[i], dash) || !touches(dash, lex[i + 2]))
    return null;
  const rank = denominatorOf(lex[i + 2]?.lower ?? '');
  if (rank === null || rank >= 10) return null;
  return { value: tens + rank, end: i + 3 };
}

/** Digits written as words after `point` (`seventy-one` → "71", `nought four` → "04"). */
function decimalsAfterPoint(lex: readonly Lexeme[], i: number): { digits: string; end: number } | null {
  const first = lex[i];
  if (isNumeral(first) && first.plain) return { digits: first.text, end: i + 1 };
  const joined = hyphenatedTens(lex, i);
  if (joined && !joined.ordinal) return { digits: String(joined.value), end: joined.end };
  // `point eleven` → "11"
  const teen = SMALL.get(first?.lower ?? '');
  if (teen !== undefined && teen >= 10 && teen < 20) return { digits: String(teen), end: i + 1 };
  const tens = TENS.get(first?.lower ?? '');
  if (tens !== undefined) {
    // `point eighty three` → "83"
    const unit = SMALL.get(lex[i + 1]?.lower ?? '');
    if (unit !== undefined && unit > 0 && unit < 10) return { digits: String(tens + unit), end: i + 2 };
    return { digits: String(tens), end: i + 1 };
  }
  let digits = '';
  let j = i;
  while (j < lex.length && j < i + 16) {
    const value = SMALL.get(lex[j]?.lower ?? '');
    if (value === undefined || value > 9) break;
    digits += String(value);
    j++;
  }
  return digits ? { digits, end: j } : null;
}

/**
 * A fraction such as `a half`, `three fifths`, `a quarter` starting at `i`: its value and end,
 * or null. `a` + ordinal (`a third`) only counts when the ordinal is a scale ordinal
 * (`a trillionth`) or nothing but `of` or punctuation follows, since `a third term` is a rank.
 */
function fractionAt(lex: readonly Lexeme[], i: number): { value: number; end: number } | null {
  const fraction = simpleFractionAt(lex, i);
  if (!fraction) return null;
  // `a quarter of a million`, `a third of a billion`
  const scale = lex[fraction.end]?.lower === 'of' ? ofAScale(lex, fraction.end + 1) : null;
  return scale ? { value: fraction.value * scale.value, end: scale.end } : fraction;
}

/** `a million`, `a billion` after `of` (`a quarter of a million`): the scale and its end. */
function ofAScale(lex: readonly Lexeme[], k: number): { value: number; end: number } | null {
  const article = lex[k]?.lower;
  const scale = SCALES.get(lex[k + 1]?.lower ?? '');
  if ((article !== 'a' && article !== 'an') || scale === undefined || scale < 1e3) return null;
  if (lex[k + 1]?.lower.endsWith('s')) return null;
  return { value: scale, end: k + 2 };
}

/** {@link fractionAt} without a scale after it. */
function simpleFractionAt(lex: readonly Lexeme[], i: number): { value: number; end: number } | null {
  const head = lex[i]?.lower ?? '';
  const numerator = head === 'a' || head === 'an' ? 1 : SMALL.get(head);
  if (numerator === undefined || numerator === 0) return null;
  // `three-quarters`, `one-half`: numerator and denominator joined by a hyphen.
  const hyphen = lex[i + 1];
  if (hyphen?.text === '-' && touches(lex[i], hyphen) && touches(hyphen, lex[i + 2])) {
    const den = denominatorOf(lex[i + 2]?.lower ?? '');
    if (den !== null && head !== 'a' && head !== 'an') return { value: numerator / den, end: i + 3 };
  }
  const word = lex[i + 1]?.lower ?? '';
  const plural = denominatorOf(word);
  if (plural !== null && (numerator > 1 || word === 'half' || word === 'quarter')) {
    return { value: numerator / plural, end: i + 2 };
  }
  if (numerator === 1) {
    const joined = hyphenatedTens(lex, i + 1);
    if (joined?.ordinal) {
      if (closesFraction(lex[joined.end])) return { value: 1 / joined.value, end: joined.end };
    }
    const ordinal = ORDINALS.get(word);
    if (ordinal !== undefined && (ordinal >= 100 || (ordinal >= 3 && closesFraction(lex[i + 2])))) {
      return { value: 1 / ordinal, end: i + 2 };
    }
  }
  return null;
}

/**
 * A decimal whose point tokenised text spaced out (`2 . 4 billion`): the value when a plain
 * numeral, a lone `.`, a plain numeral and a scale word follow each other; null otherwise.
 */
function spacedDecimalAt(lex: readonly Lexeme[], j: number): number | null {
  const whole = lex[j];
  const dot = lex[j + 1];
  const fraction = lex[j + 2];
  if (!isNumeral(whole) || !whole.plain || whole.suffix !== '' || dot?.text !== '.') return null;
  if (!isNumeral(fraction) || !fraction.plain || fraction.suffix !== '' || fraction.identifier) return null;
  if (touches(whole, dot) || touches(dot, fraction)) return null;
  const scale = SCALES.get(lex[j + 3]?.lower ?? '');
  // Before a scale word; or a zero, or a short whole part with two or more decimals
  // (`0 . 85`, `1 . 7250`): spaced on both sides, the dot is no full stop.
  const decimals = (whole.value === 0 || whole.leadDigits <= 3) && fraction.text.length >= 2;
  if ((scale === undefined || scale < 1e3) && !decimals) return null;
  if (isNumeral(lex[j + 3]) || lex[j + 3]?.text === '.') return null;
  return Number(`${whole.text}.${fraction.text}`);
}

/** Words before a scale word that make the amount vague (`a few hundred thousand`): no figure. */
const VAGUE_BEFORE_SCALE: ReadonlySet<string> = new Set(['couple', 'few', 'several', 'many']);

type Last = 'none' | 'digits' | 'unit' | 'tens' | 'hundred' | 'scale' | 'and';

/** Determiners and nouns before `point` that make it the noun (`the point one makes`). */
const POINT_NOUN_BEFORE: ReadonlySet<string> = new Set([
  'the',
  'a',
  'this',
  'that',
  'one',
  'each',
  'every',
  'any',
  'no',
  'some',
  'match',
  'set',
  'game',
  'break',
  'his',
  'her',
  'my',
  'your',
  'our',
  'their',
  'its',
]);

/**
 * Reads the number starting at lexeme `i`, or returns null when none starts there. With
 * `compound` false, a ratio (`1 in 21`), a fraction with `over` or a compound denominator is not
 * looked for after it (so reading a denominator never recurses further).
 */
export function readCardinal(lex: readonly Lexeme[], i: number, compound = true): Cardinal | null {
  const year = spokenYearAt(lex, i);
  if (year) {
    return {
      value: year.value,
      first: i,
      end: year.end,
      ordinal: false,
      numeral: null,
      spelled: true,
      scaled: false,
      form: year.form,
    };
  }
  const head = lex[i];
  if (head?.lower === 'point' && !POINT_NOUN_BEFORE.has(lex[i - 1]?.lower ?? '')) {
    // `point five`: a decimal with no whole part, as it is said.
    const decimals = decimalsAfterPoint(lex, i + 1);
    if (!decimals || isNumeral(lex[i + 1])) return null;
    const scale = SCALES.get(lex[decimals.end]?.lower ?? '');
    const big = scale !== undefined && scale >= 1e3;
    return {
      value: Number(`0.${decimals.digits}`) * (big ? scale : 1),
      first: i,
      end: decimals.end + (big ? 1 : 0),
      ordinal: false,
      numeral: null,
      spelled: true,
      scaled: big,
    };
  }
  let total = 0;
  let current = 0;
  let last: Last = 'none';
  let lastScale = Number.POSITIVE_INFINITY;
  let spelled = false;
  let scaled = false;
  let ordinal = false;
  let numeral: Numeral | null = null;
  let parts = 0;
  // The units-and-tens part of the current group (what `dozens` multiplies), and the last tens
  // word read on its own (which a following `fifths` turns into `twenty-fifths`).
  let tail = 0;
  let lastTens = 0;
  // `hundred` already multiplied the current group (`415 hundred` may, `5 hundred and 4 hundred`
  // is two numbers).
  let hundredInGroup = false;
  // The total before the last scale word closed a group (`lakh` in `five lakh crore`).
  let totalBeforeScale = 0;
  let j = i;
  // State before the last `and`, restored when what follows it cannot join.
  let saved: { total: number; current: number; j: number; last: Last } | null = null;
  // Set where what follows cannot join the number: the loop stops and that state comes back
  // (no closure for it: one would be made at every call).
  let undo = false;
  // A fraction in digits ended the number; a scale word may still follow (`10 1/2 million`).
  let fractionEnded = false;
  // Bounded: no English number runs to 40 lexemes.
  while (j < lex.length && j < i + 40) {
    const lexeme = lex[j] as Lexeme;
    const w = lexeme.lower;
    const started = last !== 'none';
    const joinable = !started || last === 'hundred' || last === 'scale' || last === 'and';

    // `6 hundred and 0`: nobody adds a zero, so `and` does not join one.
    if (last === 'and' && (SMALL.get(w) === 0 || (isNumeral(lexeme) && lexeme.value === 0))) break;
    if (isNumeral(lexeme)) {
      if (lexeme.identifier || !joinable) break;
      if (lexeme.shape === 'fraction') {
        // `10 1/2` reads as ten and a half; a lone `1/2` is one half.
        if (started && last !== 'digits') break;
        current += lexeme.value;
        parts++;
        j++;
        fractionEnded = true;
        break;
      }
      if (lexeme.shape !== 'number') break;
      if (started && !lexeme.plain) break;
      const spacedDecimal = spacedDecimalAt(lex, j);
      if (spacedDecimal !== null) {
        // `2 . 4 billion` in tokenised text: one decimal, read as `2.4 billion`.
        current += spacedDecimal;
        numeral = null;
        parts++;
        last = 'digits';
        j += 3;
        continue;
      }
      current += lexeme.value;
      tail = lexeme.value;
      numeral = parts === 0 ? lexeme : null;
      parts++;
      last = 'digits';
      j++;
      const glued = gluedScale(lexeme.suffix);
      if (glued !== null) {
        total += current * glued;
        current = 0;
        scaled = true;
        last = 'scale';
        lastScale = glued;
        numeral = null;
        continue;
      }
      if (lexeme.suffix && ORDINAL_SUFFIXES.has(lexeme.suffix.toLowerCase())) {
        ordinal = true;
        break;
      }
      if (lexeme.suffix) break;
      // `1.5 x 10^20`, `3 × 10^8`: scientific notation.
      const power = lex[j + 1];
      if (
        parts === 1 &&
        (lex[j]?.text === 'x' || lex[j]?.text === '×' || lex[j]?.text === '*') &&
        isNumeral(power) &&
        power.text.startsWith('10^')
      ) {
        current *= power.value;
        numeral = null;
        j += 2;
        break;
      }
      // `1 st`, `22 nd` in tokenised text: the suffix that number takes, in lower case.
      if (parts === 1 && lexeme.plain && lex[j]?.text === ordinalSuffixOf(lexeme.value)) {
        ordinal = true;
        numeral = null;
        j++;
        break;
      }
      // `10 1/2`
      const next = lex[j];
      if (isNumeral(next) && next.shape === 'fraction' && !next.identifier) {
        current += next.value;
        numeral = null;
        j++;
        fractionEnded = true;
        break;
      }
      continue;
    }

    const vulgar = VULGAR.get(w);
    if (vulgar !== undefined) {
      if (started && last !== 'digits') break;
      current += vulgar;
      numeral = null;
      parts++;
      j++;
      fractionEnded = true;
      break;
    }
    // `one-hundred`, `two-thousand`: a hyphen between number words.
    if (lexeme.text === '-' && started && last !== 'and' && touches(lex[j - 1], lexeme)) {
      const after = lex[j + 1];
      if (
        touches(lexeme, after) &&
        after?.kind === 'word' &&
        (SCALES.has(after.lower) || DOZENS.has(after.lower))
      ) {
        j++;
        continue;
      }
    }
    if (lexeme.kind !== 'word') break;

    // `and` joins a smaller group (`two hundred and two`) or a fraction (`one and a half`).
    if (w === 'and') {
      if (!started || last === 'and') break;
      // `2 and 3/4`: a whole number and a fraction in digits.
      const digitFraction = lex[j + 1];
      if (
        isNumeral(digitFraction) &&
        digitFraction.shape === 'fraction' &&
        !digitFraction.identifier &&
        (last === 'digits' || last === 'unit' || last === 'tens')
      ) {
        current += digitFraction.value;
        numeral = null;
        j += 2;
        break;
      }
      const fraction = fractionAt(lex, j + 1);
      if (fraction) {
        const afterScale = SCALES.get(lex[fraction.end]?.lower ?? '');
        if (afterScale !== undefined && afterScale >= 1e3 && afterScale < lastScale) {
          // `two and a half million`, `two billion and a quarter million`
          total += (current + fraction.value) * afterScale;
          current = 0;
          scaled = true;
          j = fraction.end + 1;
        } else {
          const unit = current === 0 && Number.isFinite(lastScale) ? lastScale : 1;
          total += fraction.value * unit;
          j = fraction.end;
        }
        spelled = true;
        numeral = null;
        break;
      }
      if (last !== 'hundred' && last !== 'scale') break;
      saved = { total, current, j, last };
      last = 'and';
      j++;
      continue;
    }

    // `point` starts decimals.
    if (w === 'point' && started && last !== 'and') {
      const decimals = decimalsAfterPoint(lex, j + 1);
      if (!decimals) break;
      current += Number(`0.${decimals.digits}`);
      j = decimals.end;
      spelled = true;
      numeral = null;
      // `one point two million`
      const after = SCALES.get(lex[j]?.lower ?? '');
      if (after !== undefined && after >= 1e3 && after < lastScale) {
        total += current * after;
        current = 0;
        scaled = true;
        j++;
      }
      break;
    }

    // `a hundred`, `a dozen`, `a billion`, `half a dozen`, `half million`, `a quarter`.
    if (!started && (w === 'a' || w === 'an')) {
      const next = lex[j + 1]?.lower ?? '';
      // `a grand` is mostly the adjective (`a grand parade`); `five grand` is money.
      // `a dollar`, `a penny`: one of the currency.
      if ((SCALES.has(next) && next !== 'grand') || DOZENS.has(next) || ONE_OF_CURRENCY.has(next)) {
        current = 1;
        last = 'unit';
        spelled = true;
        j++;
        continue;
      }
      // `a year and a half`, `an hour and a half`: one of the unit; the unit adds the half.
      if ((TIME_UNITS.has(next) || MEASURE_UNITS.has(next)) && andAHalfAt(lex, j + 2)) {
        return spelledNumber(1, i, j + 1, false);
      }
      const fraction = fractionAt(lex, j);
      if (!fraction) break;
      const afterScale = SCALES.get(lex[fraction.end]?.lower ?? '');
      const value = fraction.value * (afterScale ?? 1);
      return {
        value,
        first: i,
        end: fraction.end + (afterScale === undefined ? 0 : 1),
        ordinal: false,
        numeral: null,
        spelled: true,
        scaled: afterScale !== undefined,
      };
    }
    if (!started && (w === 'half' || w === 'quarter')) {
      const next = lex[j + 1]?.lower ?? '';
      const nextScale = SCALES.get(next);
      if (nextScale !== undefined && nextScale >= 1e3) {
        current = w === 'half' ? 0.5 : 0.25;
        last = 'unit';
        spelled = true;
        j++;
        continue;
      }
      // `half percent`, `a quarter percent`: the fraction is the number, the unit follows.
      if (PERCENT_WORDS.has(next)) return spelledNumber(w === 'half' ? 0.5 : 0.25, i, j + 1, false);
      // `half a percent`, `half a percentage point`: the fraction is the number.
      if ((next === 'a' || next === 'an') && PERCENT_WORDS.has(lex[j + 2]?.lower ?? '')) {
        return spelledNumber(w === 'half' ? 0.5 : 0.25, i, j + 2, false);
      }
      // `half of a million`
      const ofScale = next === 'of' ? ofAScale(lex, j + 2) : null;
      if (ofScale) {
        return spelledNumber((w === 'half' ? 0.5 : 0.25) * ofScale.value, i, ofScale.end, true);
      }
      // `half a million` is read like `half million`.
      const scaleAfterA = SCALES.get(lex[j + 2]?.lower ?? '');
      if ((next === 'a' || next === 'an') && scaleAfterA !== undefined && scaleAfterA >= 1e3) {
        return spelledNumber((w === 'half' ? 0.5 : 0.25) * scaleAfterA, i, j + 3, true);
      }
      if ((next === 'a' || next === 'an') && DOZENS.has(lex[j + 2]?.lower ?? '')) {
        return spelledNumber(w === 'half' ? 6 : 3, i, j + 3, false);
      }
      // `half of voters`, `half the students`, `half a day`: half of something, unless it is
      // a part of a game or an hour (`the first half of`, `half past`).
      const before = lex[i - 1]?.lower ?? '';
      if (
        w === 'half' &&
        (next === 'of' || next === 'the' || next === 'a' || next === 'an') &&
        !ORDINALS.has(before) &&
        before !== 'the' &&
        lex[j + 2]?.lower !== 'century' &&
        !(next === 'of' && ofAScale(lex, j + 2))
      ) {
        return spelledNumber(0.5, i, j + 1, false);
      }
      // `more than half`, `nearly half came`: a hedge makes the word a share (`nearly half a
      // century` is a span of time, read by none of these rules).
      if (w === 'half' && next !== '-' && next !== 'a' && next !== 'an' && modifierBefore(lex, i) !== null) {
        return spelledNumber(0.5, i, j + 1, false);
      }
      break;
    }

    // `one hundred forty-sevenths`: one hundred divided by forty-seven.
    const compoundDenominator = started ? hyphenatedDenominator(lex, j) : null;
    if (compoundDenominator) {
      if (last !== 'hundred' && last !== 'scale' && last !== 'unit' && last !== 'digits') break;
      current = (total + current) / compoundDenominator.value;
      total = 0;
      j = compoundDenominator.end;
      spelled = true;
      numeral = null;
      break;
    }
    const joined = hyphenatedTens(lex, j);
    if (joined) {
      if (!joinable) break;
      current += joined.value;
      tail = joined.value;
      j = joined.end;
      spelled = true;
      numeral = null;
      parts++;
      last = 'unit';
      if (joined.ordinal) {
        ordinal = true;
        break;
      }
      continue;
    }

    const small = SMALL.get(w);
    if (small !== undefined) {
      const afterTens = last === 'tens' && small > 0 && small < 10;
      if (!joinable && !afterTens) break;
      // `one-eighth`, `three-fifths`: a hyphenated fraction; spaced (`one - sixth`, from
      // tokenised text) only when the fraction ends the phrase, since a spaced hyphen also
      // joins a range or a list.
      const glued = touches(lexeme, lex[j + 1]) && touches(lex[j + 1], lex[j + 2]);
      const spaced = !touches(lexeme, lex[j + 1]) && !touches(lex[j + 1], lex[j + 2]);
      if (!started && lex[j + 1]?.text === '-' && (glued || (spaced && closesFraction(lex[j + 3])))) {
        const word = lex[j + 2]?.lower ?? '';
        const den = denominatorOf(word) ?? (small === 1 ? (ORDINALS.get(word) ?? 0) : 0);
        if (den >= 2) {
          return spelledNumber(small / den, i, j + 3, false);
        }
      }
      tail = afterTens ? tail + small : small;
      current += small;
      last = 'unit';
      spelled = true;
      numeral = null;
      parts++;
      j++;
      continue;
    }
    const tens = TENS.get(w);
    if (tens !== undefined) {
      if (!joinable) {
        // `forty forty fifths`: forty divided by forty-five.
        const unitRank = ORDINALS.get(lex[j + 1]?.lower.replace(/s$/, '') ?? '');
        if (
          (last === 'unit' || last === 'tens') &&
          unitRank !== undefined &&
          unitRank < 10 &&
          lex[j + 1]?.lower.endsWith('s')
        ) {
          current = (total + current) / (tens + unitRank);
          total = 0;
          j += 2;
          spelled = true;
          numeral = null;
          break;
        }
        break;
      }
      current += tens;
      tail = tens;
      // After `and` the tens word closes the numerator (`one hundred and thirty fifths` is 130
      // fifths), so a following denominator does not take it.
      lastTens = last === 'and' ? 0 : tens;
      last = 'tens';
      spelled = true;
      numeral = null;
      parts++;
      j++;
      continue;
    }
    const scale = SCALES.get(w);
    // `hundred and five`, `thousand and one`: a leading scale word means one of it, unless a
    // vague quantity stands before it (`a couple hundred thousand`, `several thousand and one`).
    if (
      !started &&
      (w === 'hundred' || w === 'thousand') &&
      !VAGUE_BEFORE_SCALE.has(lex[i - 1]?.lower ?? '')
    ) {
      const next = lex[j + 1]?.lower ?? '';
      const nextScale = SCALES.get(next) ?? 0;
      // `hundred thousand euros`: one of it before a larger scale too.
      if (
        next === 'and' ||
        SMALL.has(next) ||
        TENS.has(next) ||
        (nextScale > (scale ?? 0) && !next.endsWith('s'))
      ) {
        current = 1;
        last = 'unit';
        spelled = true;
        continue;
      }
    }
    if (scale !== undefined && started && last !== 'and' && (scale === 100 || !w.endsWith('s'))) {
      if (scale === 100) {
        if (last === 'hundred' || last === 'scale') break;
        if (hundredInGroup || (current >= 100 && (w !== 'hundred' || current >= 1000))) {
          // `5 hundred and 4 hundred`, `in 1999 hundreds`: two numbers, not one.
          undo = true;
          break;
        }
        hundredInGroup = true;
        current = (current || 1) * 100;
        last = 'hundred';
        tail = 0;
        lastTens = 0;
      } else if (scale >= lastScale) {
        // `five lakh crore`, `two thousand million`: a scale word right after a smaller one
        // multiplies it, when the number is that one group.
        if (last !== 'scale' || current !== 0 || totalBeforeScale !== 0) {
          undo = true;
          break;
        }
        total *= scale;
        lastScale *= scale;
      } else {
        totalBeforeScale = total;
        total += (current || 1) * scale;
        current = 0;
        tail = 0;
        lastTens = 0;
        hundredInGroup = false;
        lastScale = scale;
        last = 'scale';
      }
      spelled = true;
      scaled = true;
      numeral = null;
      j++;
      continue;
    }
    if (DOZENS.has(w) && started && last !== 'and') {
      current = tail > 0 ? current - tail + tail * 12 : (current || 1) * 12;
      tail = 0;
      spelled = true;
      numeral = null;
      last = 'unit';
      j++;
      continue;
    }
    const denominator = denominatorOf(w);
    if (denominator !== null && started && last !== 'and') {
      if (last === 'tens' && lastTens > 0 && denominator < 10 && total + current > lastTens) {
        // `one hundred forty sevenths`: one hundred divided by forty-seven.
        current = (total + current - lastTens) / (lastTens + denominator);
      } else {
        current = (total + current) / denominator;
      }
      total = 0;
      spelled = true;
      numeral = null;
      j++;
      // `three quarters trillion`, `three quarters of a million`
      const after = SCALES.get(lex[j]?.lower ?? '');
      const ofScale = lex[j]?.lower === 'of' ? ofAScale(lex, j + 1) : null;
      if (after !== undefined && after >= 1e3) {
        current *= after;
        scaled = true;
        j++;
      } else if (ofScale) {
        current *= ofScale.value;
        scaled = true;
        j = ofScale.end;
      }
      break;
    }
    const rank = ORDINALS.get(w);
    if (rank !== undefined) {
      if (!started) {
        return {
          value: rank,
          first: i,
          end: j + 1,
          ordinal: true,
          numeral: null,
          spelled: true,
          scaled: false,
        };
      }
      if (last === 'unit' && current === 1 && total === 0 && rank >= 3 && closesFraction(lex[j + 1])) {
        // `one third of voters`
        return spelledNumber(1 / rank, i, j + 1, false);
      }
      if (rank < 10 && last === 'tens') {
        current += rank;
      } else if (rank < 100 && (last === 'hundred' || last === 'scale' || last === 'and')) {
        current += rank;
      } else if (rank >= 100 && last !== 'and') {
        current = (current || 1) * rank;
      } else break;
      ordinal = true;
      last = 'unit';
      spelled = true;
      numeral = null;
      j++;
      break;
    }
    break;
  }
  if ((undo || last === 'and') && saved) {
    total = saved.total;
    current = saved.current;
    j = saved.j;
    last = saved.last;
  }
  if (j === i || (last === 'none' && parts === 0)) return null;
  if (fractionEnded) {
    const after = SCALES.get(lex[j]?.lower ?? '');
    if (after !== undefined && after >= 1e3 && after < lastScale) {
      total += current * after;
      current = 0;
      scaled = true;
      j++;
    }
  }
  if (!compound) return { value: total + current, first: i, end: j, ordinal, numeral, spelled, scaled };
  const ratio =
    overAt(lex, j, total + current, ordinal || scaled) ??
    ratioAt(lex, j, total + current, ordinal || scaled) ??
    (spelled && !ordinal && !scaled && parts === 1 && total + current === 1 && last === 'unit'
      ? compoundDenominatorAt(lex, j)
      : null);
  if (ratio) return spelledNumber(ratio.value, i, ratio.end, false);
  return { value: total + current, first: i, end: j, ordinal, numeral, spelled, scaled };
}

/**
 * `one over twenty`, `1 over one hundred and thirty two`: a fraction written with `over`, when
 * the denominator ends the phrase (`over 30 years` is a hedge on the next number instead).
 */
function overAt(
  lex: readonly Lexeme[],
  j: number,
  numerator: number,
  excluded: boolean,
): { value: number; end: number } | null {
  if (excluded || lex[j]?.lower !== 'over' || !Number.isInteger(numerator) || numerator > 99) return null;
  const denominator = readCardinal(lex, j + 1, false);
  if (!denominator || denominator.ordinal || denominator.value === 0) return null;
  const after = lex[denominator.end];
  if (after !== undefined && after.kind !== 'symbol') return null;
  const year = denominator.numeral?.leadDigits === 4;
  if (year) return null;
  return { value: numerator / denominator.value, end: denominator.end };
}

/**
 * `1 in 21`, `one in five Americans`, `2 out of 5`, `one out of every ten`: a proportion, valued
 * as the fraction. Not when the second number is a year (`1 in 2020`), a duration or a
 * percentage (`3 in 10 minutes`), or no larger than the first.
 */
function ratioAt(
  lex: readonly Lexeme[],
  j: number,
  numerator: number,
  excluded: boolean,
): { value: number; end: number } | null {
  if (excluded || !Number.isInteger(numerator) || numerator < 1 || numerator > 99) return null;
  let k = j;
  const word = lex[k]?.lower;
  if (word === 'in') k++;
  else if (word === 'out' && lex[k + 1]?.lower === 'of') k += 2;
  else return null;
  if (lex[k]?.lower === 'every') k++;
  const denominator = readCardinal(lex, k, false);
  if (!denominator || denominator.ordinal || denominator.form !== undefined) return null;
  if (!Number.isInteger(denominator.value) || denominator.value <= numerator) return null;
  const numeral = denominator.numeral;
  if (numeral && (numeral.shape !== 'number' || numeral.suffix !== '')) return null;
  if (numeral?.plain && numeral.leadDigits === 4 && numeral.value >= 1000 && numeral.value <= 2100)
    return null;
  const after = lex[denominator.end];
  if (after && (after.text === '%' || TIME_UNITS.has(after.lower) || PERCENT_WORDS.has(after.lower)))
    return null;
  return { value: numerator / denominator.value, end: denominator.end };
}

/**
 * `one twenty-fifth`, `one one hundred seventh`: one over a rank written in several words, when
 * nothing but `of`, a percentage or punctuation follows (`one twenty-fifth anniversary` is not).
 */
function compoundDenominatorAt(lex: readonly Lexeme[], j: number): { value: number; end: number } | null {
  const rank = readCardinal(lex, j, false);
  if (!rank?.ordinal || !rank.spelled || rank.value < 3 || rank.end - rank.first < 2) return null;
  if (!closesFraction(lex[rank.end])) return null;
  return { value: 1 / rank.value, end: rank.end };
}

/**
 * A year or decade said as two pairs of digits: a century word from thirteen to twenty, then
 * `eighty-four`, `eighty four`, `eleven`, `oh five` or a plural tens word (`nineties`, a decade).
 * Not when the number goes on (`nineteen twenty-five thousand`, `fifteen twenty-year-olds`) or
 * names a clock time (`fourteen thirty hours`, `nineteen forty pm`).
 */
function spokenYearAt(
  lex: readonly Lexeme[],
  i: number,
): { value: number; end: number; form: 'year' | 'decade' } | null {
  const head = lex[i];
  if (head?.kind !== 'word') return null;
  const century = head.lower === 'twenty' ? 20 : SMALL.get(head.lower);
  if (century === undefined || century < 13 || century > 20) return null;
  let j = i + 1;
  // `nineteen-eighty-four`, `nineteen-nineties`
  if (lex[j]?.text === '-' && touches(head, lex[j]) && touches(lex[j], lex[j + 1])) j++;
  const word = lex[j];
  if (word?.kind !== 'word') return null;
  let rest: number | null = null;
  let end = j + 1;
  let form: 'year' | 'decade' = 'year';
  const decade = DECADE_TENS.get(word.lower);
  const joined = hyphenatedTens(lex, j);
  if (decade !== undefined) {
    rest = decade;
    form = 'decade';
  } else if (word.lower === 'oh' || word.lower === 'o') {
    const digit = SMALL.get(lex[j + 1]?.lower ?? '');
    if (digit !== undefined && digit >= 1 && digit <= 9) {
      rest = digit;
      end = j + 2;
    }
  } else if (joined) {
    if (joined.ordinal) return null;
    rest = joined.value;
    end = joined.end;
  } else {
    const tens = TENS.get(word.lower);
    const teen = SMALL.get(word.lower);
    if (tens !== undefined) {
      rest = tens;
      const unit = SMALL.get(lex[j + 1]?.lower ?? '');
      if (unit !== undefined && unit >= 1 && unit <= 9) {
        rest += unit;
        end = j + 2;
      }
    } else if (teen !== undefined && teen >= 10) {
      rest = teen;
    }
  }
  if (rest === null) return null;
  const after = lex[end];
  const next = after?.lower ?? '';
  if (after?.text === '-' || SCALES.has(next) || DOZENS.has(next) || ORDINALS.has(next)) return null;
  if (denominatorOf(next) !== null || TIME_UNITS.has(next) || next === 'am' || next === 'pm') return null;
  if (next === 'o' || next === 'oclock' || next === "o'clock") return null;
  return { value: century * 100 + rest, end, form };
}
