/**
 * Numbers that are not quantities: list markers (`1.`, `2)`, `3 |` at the start of a line),
 * names that contain a number (`60 Minutes` the programme, `told 60 minutes that`), and `one`
 * used as a pronoun (`which one`, `the one`). Names with glued letters (`MI5`, `B-2`,
 * `COVID-19`) never become numbers: the lexer marks them as identifiers.
 *
 * @module
 * @internal
 */

import { MONTHS, WEEKDAYS } from '../data/calendar.js';
import type { Cardinal } from './cardinal.js';
import { TIME_UNITS } from './data/units.js';
import { isNumeral, type Lexeme } from './lexemes.js';

/** Symbols that close a list marker. */
const MARKER_ENDS: ReadonlySet<string> = new Set(['.', ')', '|', ']', ':']);

/** Words before `one` that make it a pronoun. */
const PRONOUN_BEFORE: ReadonlySet<string> = new Set([
  'which',
  'this',
  'that',
  'each',
  'every',
  'any',
  'no',
  'another',
  'the',
  'a',
  'little',
  'loved',
  'only',
]);

/** Verbs after which `N minutes` names a programme, not a duration (`told 60 Minutes`). */
const TELL_VERBS: ReadonlySet<string> = new Set(['told', 'tell', 'tells', 'telling']);
const SAY_VERBS: ReadonlySet<string> = new Set(['said', 'says', 'say']);

function startsLine(text: string, offset: number): boolean {
  for (let k = offset - 1; k >= 0 && k > offset - 200; k--) {
    const c = text.charCodeAt(k);
    if (c === 0x0a || c === 0x0d) return true;
    if (c !== 0x20 && c !== 0x09 && c !== 0x28) return false;
  }
  return offset < 200;
}

/**
 * A numbered list item's marker: a small plain numeral first on its line, then `.`/`)`/`|`, then
 * a space and the item's text on the same line.
 */
export function isListMarker(text: string, lex: readonly Lexeme[], cardinal: Cardinal): boolean {
  const numeral = cardinal.numeral;
  if (!numeral?.plain || numeral.suffix !== '' || numeral.value >= 1000) return false;
  if (!startsLine(text, numeral.start)) return false;
  const after = lex[cardinal.end];
  if (!after || !MARKER_ENDS.has(after.text)) return false;
  const next = text.charCodeAt(after.end);
  if (next !== 0x20 && next !== 0x09) return false;
  // A marker opens an item: something must follow it on its line (`192.` alone ends a sentence).
  for (let k = after.end; k < text.length && k < after.end + 200; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x0a || c === 0x0d) return false;
    if (c !== 0x20 && c !== 0x09) return true;
  }
  return false;
}

const isCapitalised = (lexeme: Lexeme | undefined): boolean => {
  const c = lexeme?.text.charCodeAt(0) ?? 0;
  return lexeme?.kind === 'word' && c >= 65 && c <= 90;
};

/**
 * A name built on a number and a time unit: the unit capitalised in running text (`on 60
 * Minutes spotlighted`, `The 60 Minutes piece`), or the number told or said to (`told 60
 * minutes that`).
 */
export function isProgrammeName(lex: readonly Lexeme[], first: number, cardinal: Cardinal): boolean {
  const unit = lex[cardinal.end];
  if (unit?.kind !== 'word' || !TIME_UNITS.has(unit.lower)) return false;
  const after = lex[cardinal.end + 1];
  if (isCapitalised(unit) && !isCapitalised(after)) return true;
  const verb = lex[first - 1]?.lower ?? '';
  if (TELL_VERBS.has(verb)) return true;
  return SAY_VERBS.has(verb) && after?.lower === 'that';
}

/** Words after `one` that make it a pronoun (`one who`, `one in which`). */
const RELATIVES: ReadonlySet<string> = new Set(['who', 'whom', 'whose', 'which', 'that', 'where']);

/** `one` as a pronoun (`which one do you prefer`, `the one who`, `an era—one in which`). */
export function isPronounOne(lex: readonly Lexeme[], cardinal: Cardinal): boolean {
  if (cardinal.end - cardinal.first !== 1) return false;
  const word = lex[cardinal.first];
  if (word?.lower !== 'one' || isNumeral(word)) return false;
  if (PRONOUN_BEFORE.has(lex[cardinal.first - 1]?.lower ?? '')) return true;
  const next = lex[cardinal.end]?.lower ?? '';
  const after = lex[cardinal.end + 1]?.lower ?? '';
  return RELATIVES.has(next) || ((next === 'in' || next === 'on' || next === 'by') && RELATIVES.has(after));
}

/**
 * A number that ends a name (`Windows 11`, `Apollo 11`, `Chapter 11`, `Boeing 737`, `iPhone
 * 15`): a small plain integer right after a proper noun that does not open its sentence (or a
 * camel-cased brand), with nothing counted after it. `previous` is wink's token before the number, `opensSentence` whether it is the
 * first token of its sentence.
 */
export function isNameNumber(
  cardinal: Cardinal,
  previous: { readonly text: string; readonly pos: string } | undefined,
  opensSentence: boolean,
): boolean {
  const numeral = cardinal.numeral;
  if (
    !numeral?.plain ||
    numeral.suffix !== '' ||
    numeral.value >= 1000 ||
    cardinal.end - cardinal.first !== 1
  ) {
    return false;
  }
  if (!previous) return false;
  // `iPhone 15`, `eBay 2`: a camel-cased brand, whatever its tag.
  if (/^[a-z]{1,3}[A-Z]/.test(previous.text)) return true;
  if (opensSentence || previous.pos !== 'PROPN') return false;
  const c = previous.text.charCodeAt(0);
  if (c < 65 || c > 90) return false;
  const lower = previous.text.toLowerCase();
  return !MONTHS.has(lower) && !WEEKDAYS.has(lower);
}
