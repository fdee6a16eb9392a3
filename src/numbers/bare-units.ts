/**
 * Units named without a number (`the dollar fell`, `convert to degrees celsius`, `rmb`): not
 * quantities, but a currency or scale the text mentions. Returned only with the `bareUnits`
 * option, with a null value.
 *
 * @module
 * @internal
 */
import { CURRENCY_CODES, CURRENCY_WORDS, MAX_CURRENCY_WORDS, TEMPERATURE_SCALES } from './data/units.js';
import type { Lexeme } from './lexemes.js';
import type { QuantityKind } from './types.js';

/** Currency words that are mostly other words when no number stands by them. */
const AMBIGUOUS: ReadonlySet<string> = new Set([
  'won',
  'real',
  'marks',
  'rand',
  'pound',
  'pounds',
  'cent',
  'mark',
  'p',
]);

/** Long names of temperature scales (single letters are too ambiguous alone). */
const TEMPERATURE_WORDS: ReadonlySet<string> = new Set(
  [...TEMPERATURE_SCALES.keys()].filter((name) => name.length > 1),
);

/** A unit named without a number: its kind, unit and end (in lexemes). */
export interface BareUnit {
  readonly kind: QuantityKind;
  readonly unit: string;
  readonly end: number;
}

/**
 * A unit named at lexeme `i` without a number, or null. `anchored` says an amount stands by it,
 * which lets the currency names that are mostly other words (`won`, `pound`) count too.
 */
export function bareUnitAt(lex: readonly Lexeme[], i: number, anchored = false): BareUnit | null {
  const head = lex[i];
  if (head?.kind !== 'word') return null;
  if (CURRENCY_CODES.has(head.text) && head.text.length === 3) {
    return { kind: 'money', unit: head.text === 'RMB' ? 'CNY' : head.text, end: i + 1 };
  }
  for (let n = MAX_CURRENCY_WORDS; n >= 1; n--) {
    const words: string[] = [];
    for (let k = i; k < i + n && lex[k]?.kind === 'word'; k++) words.push(lex[k]?.lower ?? '');
    if (words.length !== n) continue;
    const name = words.join(' ');
    const code = CURRENCY_WORDS.get(name);
    if (code !== undefined && (n > 1 || anchored || !AMBIGUOUS.has(name)))
      return { kind: 'money', unit: code, end: i + n };
  }
  const afterDegrees = head.lower === 'degrees' || head.lower === 'degree';
  const scaleWord = lex[afterDegrees ? i + 1 : i]?.lower ?? '';
  if (TEMPERATURE_WORDS.has(scaleWord)) {
    return {
      kind: 'measure',
      unit: TEMPERATURE_SCALES.get(scaleWord) ?? scaleWord,
      end: afterDegrees ? i + 2 : i + 1,
    };
  }
  return null;
}

/** Words that make the next unit the target of a conversion (`51 fahrenheit to celsius`). */
const CONVERSIONS: ReadonlySet<string> = new Set(['to', 'into', 'in']);

/**
 * A unit named without a number that an amount just before it anchors, or null: the currency
 * written again after an amount (`$10 dollars`, `80 dollar rmb`), or the target of a conversion
 * (`68 fahrenheit to degrees celsius`, `$100 in euros`). `i` is the lexeme after an amount of
 * `kind`. Unlike a unit alone (`the dollar fell`), these are read by default: the amount says
 * the word is a unit here.
 */
export function anchoredUnitAt(
  lex: readonly Lexeme[],
  i: number,
  kind: QuantityKind,
): (BareUnit & { readonly first: number }) | null {
  if (kind !== 'money' && kind !== 'measure') return null;
  const next = lex[i];
  if (next === undefined) return null;
  const at = next.kind === 'word' && CONVERSIONS.has(next.lower) ? i + 1 : i;
  const unit = bareUnitAt(lex, at, at === i + 1 || kind === 'money');
  if (unit === null || unit.kind !== kind) return null;
  // Right after the amount only a currency repeats; a scale after a temperature is its own unit.
  if (at === i && kind !== 'money') return null;
  return { ...unit, first: at };
}
