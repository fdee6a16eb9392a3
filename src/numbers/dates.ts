/**
 * Calendar dates: `May 18, 2025`, `18 May 2025`, `June 14`, `November 1997`, `2025-05-19`,
 * `5/18/2025` (month first, the US order), and weekdays. Absolute dates get an ISO string.
 *
 * @module
 * @internal
 */
import { MONTHS, WEEKDAYS } from '../data/calendar.js';
import { isNumeral, type Lexeme, type Numeral } from './lexemes.js';

/** A date found at some lexemes. */
export interface DateMatch {
  /** Index of the date's first lexeme. */
  readonly first: number;
  /** Index after the date's last lexeme. */
  readonly end: number;
  /** ISO 8601 date (`2025-05-18`, `1997-11`), when the text gives the year. */
  readonly iso: string | null;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function isDay(lexeme: Lexeme | undefined): lexeme is Numeral {
  if (!isNumeral(lexeme) || lexeme.identifier || lexeme.shape !== 'number') return false;
  const suffix = lexeme.suffix.toLowerCase();
  if (suffix !== '' && suffix !== 'st' && suffix !== 'nd' && suffix !== 'rd' && suffix !== 'th') return false;
  return lexeme.leadDigits <= 2 && lexeme.value >= 1 && lexeme.value <= 31 && Number.isInteger(lexeme.value);
}

function isYear(lexeme: Lexeme | undefined): lexeme is Numeral {
  return (
    isNumeral(lexeme) &&
    lexeme.plain &&
    lexeme.suffix === '' &&
    !lexeme.identifier &&
    lexeme.leadDigits === 4 &&
    lexeme.value >= 1000 &&
    lexeme.value <= 2200
  );
}

/** Month at lexeme `i` (capitalised, or an abbreviation with a full stop), and the index after it. */
function monthAt(lex: readonly Lexeme[], i: number): { month: number; end: number } | null {
  const word = lex[i];
  if (word?.kind !== 'word') return null;
  const month = MONTHS.get(word.lower);
  if (month === undefined) return null;
  const code = word.text.charCodeAt(0);
  if (code < 65 || code > 90) return null;
  const dot = lex[i + 1];
  if (dot?.text === '.' && dot.start === word.end && word.lower.length <= 4) return { month, end: i + 2 };
  return { month, end: i + 1 };
}

/** The date starting at lexeme `i`, or null. */
export function dateAt(lex: readonly Lexeme[], i: number): DateMatch | null {
  const head = lex[i];
  if (isNumeral(head) && !head.identifier) {
    if (head.shape === 'isoDate') {
      const [y = 0, m = 0, d = 0] = head.parts;
      if (m >= 1 && m <= 12 && d >= 1 && d <= 31)
        return { first: i, end: i + 1, iso: `${y}-${pad(m)}-${pad(d)}` };
    }
    if (head.shape === 'slashDate') {
      const [m = 0, d = 0, y = 0] = head.parts;
      const year = y < 100 ? 2000 + y : y;
      if (m >= 1 && m <= 12 && d >= 1 && d <= 31)
        return { first: i, end: i + 1, iso: `${year}-${pad(m)}-${pad(d)}` };
      return null;
    }
    // `18 May 2025`, `18th of May`
    if (isDay(head)) {
      let k = i + 1;
      if (lex[k]?.lower === 'of') k++;
      const month = monthAt(lex, k);
      if (!month) return null;
      const year = lex[month.end];
      if (isYear(year)) {
        return { first: i, end: month.end + 1, iso: `${year.value}-${pad(month.month)}-${pad(head.value)}` };
      }
      return { first: i, end: month.end, iso: null };
    }
    return null;
  }
  const month = monthAt(lex, i);
  if (month) {
    const day = lex[month.end];
    if (isDay(day)) {
      let k = month.end + 1;
      if (lex[k]?.text === ',') k++;
      const year = lex[k];
      if (isYear(year))
        return { first: i, end: k + 1, iso: `${year.value}-${pad(month.month)}-${pad(day.value)}` };
      return { first: i, end: month.end + 1, iso: null };
    }
    if (isYear(day)) return { first: i, end: month.end + 1, iso: `${day.value}-${pad(month.month)}` };
    return null;
  }
  if (head?.kind === 'word' && WEEKDAYS.has(head.lower)) {
    const code = head.text.charCodeAt(0);
    if (code >= 65 && code <= 90) return { first: i, end: i + 1, iso: null };
  }
  return null;
}
