/**
 * Decides what a number measures from what was read around it: an ordinal stays an ordinal,
 * a currency makes money, a unit gives its kind, a bare four-digit number between 1000 and
 * 2100 is a year, anything else is a count.
 *
 * @module
 * @internal
 */
import type { Cardinal } from './cardinal.js';
import type { Lexeme } from './lexemes.js';
import type { Prefix } from './prefix.js';
import type { QuantityKind } from './types.js';
import type { UnitMatch } from './units.js';

/** What {@link classify} needs. */
export interface Reading {
  /** The lexemes of the text. */
  readonly lex: readonly Lexeme[];
  /** The number read. */
  readonly cardinal: Cardinal;
  /** What stands before it. */
  readonly prefix: Prefix;
  /** The unit after it, if any. */
  readonly unit: UnitMatch | null;
  /** The lexeme before the number (`number` in `number one`). */
  readonly previous: Lexeme | undefined;
}

/** Kind, value and unit of a number. */
export interface Classified {
  /** What the number measures. */
  readonly kind: QuantityKind;
  /** Its value, signed and scaled; null for clock times. */
  readonly value: number | null;
  /** Its unit or currency, or null. */
  readonly unit: string | null;
}

/** Whether a number reads as a calendar year: four plain digits, 1000 to 2100. */
function isYear(cardinal: Cardinal): boolean {
  const numeral = cardinal.numeral;
  return (
    numeral?.plain === true &&
    numeral.suffix === '' &&
    numeral.leadDigits === 4 &&
    numeral.value >= 1000 &&
    numeral.value <= 2100
  );
}

/** Whether an age is announced before lexeme `i`: `aged 30`, `age 5`, `at the age of 30`. */
function statesAge(lex: readonly Lexeme[], i: number): boolean {
  const before = lex[i - 1]?.lower;
  if (before === 'aged' || before === 'age') return true;
  return before === 'of' && lex[i - 2]?.lower === 'age';
}

/** Classifies one number. */
export function classify({ lex, cardinal, prefix, unit, previous }: Reading): Classified {
  let value = unit?.value ?? cardinal.value;
  if (unit?.scale !== undefined) value *= unit.scale;
  if (unit?.add !== undefined) value += unit.add;
  if (prefix.negative) value = -value;
  // Floating point noise from scaling (`2.38 billion`): keep 15 significant digits. An integer
  // below 10^15 has no more than that (and the string round trip costs more than all the rest of
  // this function); `+ 0` turns -0 into 0 as the round trip does.
  value = Number.isInteger(value) && Math.abs(value) < 1e15 ? value + 0 : Number(value.toPrecision(15));
  if (cardinal.ordinal) return { kind: 'ordinal', value, unit: null };
  if (previous?.lower === 'number' && cardinal.spelled && !cardinal.scaled && cardinal.value < 100) {
    return { kind: 'ordinal', value, unit: null };
  }
  if (prefix.currency !== null) {
    if (unit?.kind === 'percent') return { kind: 'percent', value, unit: '%' };
    return { kind: 'money', value, unit: prefix.currency };
  }
  if (unit) {
    if (unit.kind === 'time' || unit.kind === 'decade') {
      return { kind: unit.kind, value: unit.kind === 'time' ? null : value, unit: null };
    }
    return { kind: unit.kind, value, unit: unit.unit };
  }
  if (cardinal.form !== undefined && !prefix.negative) return { kind: cardinal.form, value, unit: null };
  if (statesAge(lex, prefix.first) && cardinal.value < 150) return { kind: 'duration', value, unit: 'year' };
  if (isYear(cardinal) && !prefix.negative) return { kind: 'year', value, unit: null };
  return { kind: 'count', value, unit: null };
}
