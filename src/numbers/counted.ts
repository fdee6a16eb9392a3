/**
 * The thing a number counts (`800,000 staff`, `three unrelated espionage attempts`,
 * `250 MSS spies`): the nouns after the number, past at most two adjectives or acronyms, as
 * wink's part-of-speech tags mark them.
 *
 * @module
 * @internal
 */
import { RELATIVE_DAYS } from '../data/calendar.js';
import type { ParsedText, Token } from '../nlp.js';

/** How many adjectives, adverbs or acronyms may stand between the number and the nouns. */
const MAX_MODIFIERS = 3;
/** How many nouns a counted thing may have (`espionage plots`). */
const MAX_NOUNS = 3;

/** Index of the first token starting at or after `offset` (binary search). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Plural nouns that do not end in `s`, which make a four-digit number a count (`2000 people`). */
const IRREGULAR_PLURALS: ReadonlySet<string> = new Set([
  'people',
  'men',
  'women',
  'children',
  'police',
  'staff',
  'personnel',
  'cattle',
  'sheep',
  'fish',
  'feet',
  'teeth',
  'mice',
  'geese',
  'troops',
]);

/** Whether the counted nouns end in a plural (`people`, `servers`). */
export function isPlural(unit: string): boolean {
  const last = unit.slice(unit.lastIndexOf(' ') + 1).toLowerCase();
  return IRREGULAR_PLURALS.has(last) || (last.endsWith('s') && !last.endsWith('ss'));
}

/** The counted nouns after `offset` in the same sentence: their text, and where they end. */
export function countedAfter(parsed: ParsedText, offset: number): { unit: string; end: number } | null {
  const { tokens } = parsed;
  const t = tokenAt(tokens, offset);
  const first = tokens[t];
  if (!first) return null;
  // Only words separated from the number by spaces (`3-0` or `5,` are not followed by a thing).
  const gap = parsed.text.slice(offset, first.start);
  if (gap.length === 0 || gap.trim() !== '' || gap.includes('\n')) return null;
  const sentence = first.sentence;
  const found = nounsAt(parsed, t, sentence);
  if (!found) return null;
  // `the two world's largest economies`: a singular owner cannot be what is counted, a plural
  // noun after it is; `three children's books` counts children, `one man's trash` a man.
  const owner = tokens[found.next];
  if (
    owner &&
    (owner.text === "'s" || owner.text === '’s') &&
    owner.start === found.end &&
    !isPlural(found.unit)
  ) {
    const owned = nounsAt(parsed, found.next + 1, sentence);
    if (owned && isPlural(owned.unit)) return { unit: owned.unit, end: owned.end };
  }
  return { unit: found.unit, end: found.end };
}

/** The modifiers and nouns from token `t` on in `sentence`: the nouns, their end, the next token. */
function nounsAt(
  parsed: ParsedText,
  start: number,
  sentence: number,
): { unit: string; end: number; next: number } | null {
  const { tokens } = parsed;
  let t = start;
  let skipped = 0;
  while (skipped < MAX_MODIFIERS) {
    const token = tokens[t];
    if (!token || token.sentence !== sentence) return null;
    // Adjectives, nationalities and acronyms (`unrelated`, `American`, `MSS`), and an adverb
    // before an adjective (`three extremely well-protected sites`).
    const adverb = token.pos === 'ADV' && tokens[t + 1]?.pos === 'ADJ';
    if (token.pos === 'ADJ' || token.pos === 'PROPN' || adverb) {
      skipped++;
      t++;
    } else break;
  }
  const nouns: Token[] = [];
  while (nouns.length < MAX_NOUNS) {
    const token = tokens[t];
    if (!token || token.sentence !== sentence || token.pos !== 'NOUN' || token.kind !== 'word') break;
    // A number before a day noun never counts it (`the index rose 5 today`).
    if (RELATIVE_DAYS.has(token.text.toLowerCase())) break;
    const previous = nouns[nouns.length - 1];
    if (previous && parsed.text.slice(previous.end, token.start).trim() !== '') break;
    nouns.push(token);
    t++;
  }
  const last = nouns[nouns.length - 1];
  if (!last) return null;
  return { unit: nouns.map((n) => n.text).join(' '), end: last.end, next: t };
}
