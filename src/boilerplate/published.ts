/**
 * The article's date: a date on a short metadata line near the top of the article ("Published
 * May 19, 2025", "Associated Press March 4, 2021, 7:15 AM", "date 2025-05-19 …"), read as
 * ISO `YYYY-MM-DD`. Dates inside the prose are events, not the publication date, and are not
 * looked at.
 *
 * @module
 * @internal
 */
import { isAsciiDigit } from '../chars.js';
import { MONTHS } from './data/months.js';
import type { LineDecision } from './decide.js';
import type { LineFeatures } from './features.js';

/** A date found in a line: its ISO form and where it ends in the line. */
export interface FoundDate {
  readonly iso: string;
  readonly start: number;
  readonly end: number;
}

interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly number: boolean;
}

/** Letter or digit runs of the first `limit` characters (a bounded window). */
function tokens(line: string, limit: number): Token[] {
  const out: Token[] = [];
  const end = Math.min(line.length, limit);
  let i = 0;
  while (i < end) {
    const code = line.charCodeAt(i);
    const digit = isAsciiDigit(code);
    const letter = !digit && isLetter(code);
    if (!digit && !letter) {
      i++;
      continue;
    }
    const start = i;
    while (i < end && (digit ? isDigitAt(line, i) : isLetter(line.charCodeAt(i)))) i++;
    out.push({ text: line.slice(start, i), start, end: i, number: digit });
  }
  return out;
}

function isDigitAt(line: string, i: number): boolean {
  return isAsciiDigit(line.charCodeAt(i));
}

function isLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code < 0x250);
}

/** `YYYY-MM-DD` for a calendar date that exists (years 1900–2100), else null. */
export function isoDay(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The first date written in the first `limit` characters of `line`: `2025-05-19`,
 * `2025/05/19`, `May 19, 2025`, `Nov. 19 2019`, `19 May 2025`, `19. Mai 2025`, `19.05.2025`.
 */
export function findDate(line: string, limit = 200): FoundDate | null {
  if (!hasYear(line, limit)) return null;
  const list = tokens(line, limit);
  for (let k = 0; k < list.length; k++) {
    const a = list[k] as Token;
    const b = list[k + 1];
    const c = list[k + 2];
    if (!b || !c) break;
    // Numeric: Y-M-D or D.M.Y with the separators checked between the tokens.
    if (a.number && b.number && c.number) {
      const sep1 = line.slice(a.end, b.start);
      const sep2 = line.slice(b.end, c.start);
      if (sep1 !== sep2 || (sep1 !== '-' && sep1 !== '/' && sep1 !== '.')) continue;
      if (a.text.length === 4) {
        const found = isoDay(Number(a.text), Number(b.text), Number(c.text));
        if (found) return { iso: found, start: a.start, end: c.end };
      } else if (c.text.length === 4 && sep1 === '.') {
        const found = isoDay(Number(c.text), Number(b.text), Number(a.text));
        if (found) return { iso: found, start: a.start, end: c.end };
      }
      continue;
    }
    // Month D, YYYY
    const monthA = a.number ? undefined : MONTHS.get(a.text.toLowerCase());
    if (monthA && b.number && c.number && b.text.length <= 2 && c.text.length === 4) {
      const found = isoDay(Number(c.text), monthA, Number(b.text));
      if (found) return { iso: found, start: a.start, end: c.end };
    }
    // D Month YYYY
    const monthB = b.number ? undefined : MONTHS.get(b.text.toLowerCase());
    if (monthB && a.number && c.number && a.text.length <= 2 && c.text.length === 4) {
      const found = isoDay(Number(c.text), monthB, Number(a.text));
      if (found) return { iso: found, start: a.start, end: c.end };
    }
  }
  return null;
}

/**
 * Whether the first `limit` characters of `line` hold a run of four digits: every date form
 * {@link findDate} reads has its year written out, and most lines have none (a scan without
 * allocation spares them the tokens).
 */
function hasYear(line: string, limit: number): boolean {
  const end = Math.min(line.length, limit);
  let run = 0;
  for (let i = 0; i < end; i++) {
    const code = line.charCodeAt(i);
    run = isAsciiDigit(code) ? run + 1 : 0;
    if (run === 4) return true;
  }
  return false;
}

const PREFIX_WORDS = new Set([
  'date',
  'dated',
  'published',
  'posted',
  'updated',
  'on',
  'publié',
  'veröffentlicht',
]);

/**
 * Length of a metadata prefix that opens a paragraph ("date 2025-05-19 The main…",
 * "Published: May 19, 2025 — The…"): a date, optionally after a label word, followed by
 * the start of a sentence. 0 when there is none.
 */
export function metadataPrefixLength(line: string): number {
  const date = findDate(line, 60);
  if (!date) return 0;
  const before = line
    .slice(0, date.start)
    .trim()
    .toLowerCase()
    .replace(/[:\s]+$/, '');
  if (before !== '' && !PREFIX_WORDS.has(before)) return 0;
  let i = date.end;
  // Optional time and separators after the date.
  while (i < line.length && i < date.end + 24) {
    const code = line.charCodeAt(i);
    if (
      code === 0x20 ||
      code === 0x2c ||
      code === 0x7c ||
      code === 0x2014 ||
      code === 0x2013 ||
      code === 0x2d ||
      code === 0x3a ||
      code === 0xa0 ||
      isAsciiDigit(code)
    ) {
      i++;
      continue;
    }
    break;
  }
  const rest = line.slice(i);
  if (rest.length < 20) return 0;
  const first = rest.charCodeAt(0);
  const upper = rest[0] !== undefined && rest[0] !== rest[0].toLowerCase();
  if (!upper && !(first === 0x22 || first === 0x201c)) return 0;
  return i;
}

/** Lines before the article searched for its date. */
const DATE_WINDOW = 12;

/**
 * The date on a metadata line just before the article (or in a prefix of its first
 * paragraph, which is then cut from the body).
 */
export function findPublished(
  texts: readonly string[],
  features: readonly LineFeatures[],
  decisions: LineDecision[],
  first: number,
  prefixes: Map<number, number>,
): string | null {
  const firstKept = decisions.findIndex(
    (d, i) => i >= first && (d.kind === 'content' || d.kind === 'heading'),
  );
  if (firstKept >= 0) {
    const text = texts[firstKept] as string;
    const cut = metadataPrefixLength(text);
    if (cut > 0) {
      prefixes.set(firstKept, cut);
      return findDate(text, cut)?.iso ?? null;
    }
  }
  for (let i = first - 1; i >= 0 && i >= first - DATE_WINDOW; i--) {
    const f = features[i] as LineFeatures;
    if (f.words > 16 || (decisions[i] as LineDecision).kind === 'title') continue;
    const found = findDate(texts[i] as string);
    if (found) {
      decisions[i] = { kind: 'boilerplate', reason: 'metadata', score: (decisions[i] as LineDecision).score };
      return found.iso;
    }
  }
  return null;
}
