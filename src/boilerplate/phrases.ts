/**
 * Matches a line against the furniture phrases of `data/phrases.ts`.
 *
 * @module
 * @internal
 */
import { isWhitespace } from '../chars.js';
import {
  LINE_START_PHRASES,
  PREFIX_MAX_LENGTH,
  WHOLE_LINE_PHRASES,
  WHOLE_MAX_LENGTH,
} from './data/phrases.js';
import { isCommentSignature } from './thread.js';
import type { BlockReason } from './types.js';

/** Line-start phrases grouped by their first character, so a line is checked against few. */
const LINE_START_BY_FIRST: ReadonlyMap<string, readonly (readonly [string, BlockReason])[]> = (() => {
  const map = new Map<string, (readonly [string, BlockReason])[]>();
  for (const entry of LINE_START_PHRASES) {
    const first = entry[0].charAt(0);
    const list = map.get(first) ?? [];
    list.push(entry);
    map.set(first, list);
  }
  return map;
})();

/** What a phrase match found: the reason, and whether the whole line was the phrase. */
export interface PhraseMatch {
  readonly reason: BlockReason;
  readonly whole: boolean;
}

/**
 * Lower-cases a line and strips what varies around a furniture phrase: leading counts and
 * bullets ("12 Comments", "• Share"), trailing punctuation and arrows, doubled spaces.
 * `lowerCased` is `text.toLowerCase()` when the caller already has it.
 */
export function normaliseLine(text: string, lowerCased?: string): string {
  const lower = lowerCased ?? text.toLowerCase();
  let start = 0;
  let end = lower.length;
  while (start < end && !isLetter(lower.charCodeAt(start)) && lower.charCodeAt(start) !== 0xa9) start++;
  while (end > start && !isLetter(lower.charCodeAt(end - 1)) && lower.charCodeAt(end - 1) !== 0x29) end--;
  // Runs of spaces and apostrophes become one space ("editor’s picks" → "editor s picks"). Most
  // lines have single plain spaces only: then the slice is the answer and nothing is rebuilt.
  // (A gap at `start` is kept as a space: U+2019 and the wide spaces count as letters there; the
  // line never ends in a plain space, and a gap it ends in is dropped.)
  const gaps = gapTable();
  let out = '';
  let from = start; // the start of what is not copied to `out` yet
  for (let i = start; i < end; i++) {
    const gap = gaps[lower.charCodeAt(i)] as number;
    if (gap === NO_GAP) continue;
    let j = i + 1;
    while (j < end && gaps[lower.charCodeAt(j)] !== NO_GAP) j++;
    if (gap === PLAIN_SPACE && j === i + 1) continue; // one plain space stays as it is
    out += j === end ? lower.slice(from, i) : `${lower.slice(from, i)} `;
    from = j;
    i = j - 1;
  }
  if (from === start) return lower.slice(start, end);
  return from < end ? out + lower.slice(from, end) : out;
}

/** {@link gapTable}: no gap, a plain space, or another gap. */
const NO_GAP = 0;
const PLAIN_SPACE = 1;
const OTHER_GAP = 2;

let gapCodes: Uint8Array | null = null;

/**
 * What {@link normaliseLine} turns into a space, by code unit, built on first use: a plain space,
 * and the other gaps: apostrophes and all other white space (`isWhitespace`).
 */
function gapTable(): Uint8Array {
  if (gapCodes !== null) return gapCodes;
  const table = new Uint8Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    if (code === 0x27 || code === 0x2019 || (code !== 0x20 && isWhitespace(code))) table[code] = OTHER_GAP;
  }
  table[0x20] = PLAIN_SPACE;
  gapCodes = table;
  return table;
}

function isLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || code >= 0xc0;
}

/** Words whose presence makes a line of up to 1,000 characters a legal or cookie notice. */
const LEGAL_MARKERS = [
  'all rights reserved',
  'uses cookies',
  'use cookies',
  'cookie policy',
  'cookies to improve',
  'necessary cookies',
  'cookie settings',
];

/** Lines longer than this are matched in lower case, without {@link normaliseLine}. */
export const NORMALISED_MAX_LENGTH = 250;

/** The furniture phrase a line is or opens with, or null (`lowerCased`: `text.toLowerCase()`, when known). */
export function matchPhrase(
  text: string,
  words: number,
  normalised?: string,
  lowerCased?: string,
): PhraseMatch | null {
  if (text.length > 1000) return null;
  // A paragraph is only searched for words, for which lower case does as well as the
  // normalised line (and costs no second copy of it). A line of 121 to 250 characters not given
  // normalised is normalised only when a search below needs it: each search first asks the
  // lower-cased line for the letters it looks for, which the normalised line can only hold if
  // the lower-cased one does (normalising keeps every run of non-gap characters as it is).
  const long = text.length > NORMALISED_MAX_LENGTH;
  const given = normalised !== undefined && normalised !== '';
  const lowered = long || !given ? (lowerCased ?? text.toLowerCase()) : '';
  let normal: string | null = long
    ? lowered
    : given
      ? normalised
      : text.length <= 120
        ? normaliseLine(text, lowered)
        : null;
  // One scan tells whether any of the marker words below occurs at all (most lines: none). A
  // line over 120 characters is only searched for the words of a legal notice, fewer and
  // rarer letters to try (the full alternation was the costliest test of a paragraph). A long
  // paragraph is a notice only if it also speaks of the site (an article may be about
  // cookies): asked only of the few paragraphs that hold such a word.
  if (normal === null && LEGAL_HINTS.test(lowered)) normal = normaliseLine(text, lowered);
  const marked =
    normal !== null &&
    (text.length <= 120
      ? MARKER_WORDS.test(normal)
      : LEGAL_WORDS.test(normal) && (text.length <= 250 || speaksOfSite(normal)));
  if (
    marked &&
    normal !== null &&
    (normal.includes('cookie') || normal.includes('rights reserved') || normal.includes('copyright'))
  ) {
    for (const marker of LEGAL_MARKERS) {
      if (normal.includes(marker)) return { reason: 'legal', whole: false };
    }
  }
  // An author bio: "Jane Doe is a reporter for …", "Lena Parkes (@lenaparkes) is a
  // contributing editor at Example News …".
  if (text.length <= 300) {
    const at = authorBioVerb(text);
    if (at >= 0) {
      normal ??= normaliseLine(text, lowered);
      if (WRITER_WORDS.test(normal) && isAuthorName(text, at)) return { reason: 'credits', whole: false };
    }
  }
  // A caption ends with its credit: "… the hibernation module. Credit: ESA".
  // Only the line's tail is searched, so a long paragraph costs nothing here.
  if (normal === null && lowered.includes('credit:')) normal = normaliseLine(text, lowered);
  if (normal !== null && normal.indexOf('credit:', normal.length - 60) >= 0)
    return { reason: 'credits', whole: false };
  // A caption that ends with a bracketed credit: "… [File: Reuters]", "… [AP Photo/Jane Doe]".
  if (text.charCodeAt(text.length - 1) === 0x5d) {
    const open = text.lastIndexOf('[');
    if (
      open >= 0 &&
      text.length - open <= 60 &&
      /file|photo|reuters|afp|getty|\/|:/i.test(text.slice(open))
    ) {
      return { reason: 'credits', whole: false };
    }
  }
  if (text.length > 120 || normal === null) return null; // (a line of 120 or fewer has it)
  if (marked) {
    if (normal.includes('newsletter') || normal.includes('subscribe') || normal.includes('your inbox')) {
      return { reason: 'promo', whole: false };
    }
    if (normal.includes('recaptcha')) return { reason: 'legal', whole: false };
    if (socialNetworks(normal) >= 2) return { reason: 'share', whole: false };
  }
  // "About Jane Doe", "Sobre Ana Ruiz": an author bio follows, the article has ended.
  if (words >= 2 && words <= 4 && ABOUT_START.has(normal.slice(0, normal.indexOf(' ')))) {
    const space = text.indexOf(' ');
    const next = text.charAt(space + 1);
    if (space > 0 && next !== next.toLowerCase()) return { reason: 'related', whole: true };
  }
  // "More Great WIRED Stories", "Latest news", "Top Videos": a heading over teaser links.
  if (words >= 2 && words <= 6) {
    const space = normal.indexOf(' ');
    const last = normal.slice(normal.lastIndexOf(' ') + 1);
    if (TEASER_FIRST.has(normal.slice(0, space)) && TEASER_LAST.has(last))
      return { reason: 'related', whole: true };
  }
  if (text.length > PREFIX_MAX_LENGTH) return null;
  if (text.length <= WHOLE_MAX_LENGTH) {
    const whole = WHOLE_LINE_PHRASES.get(normal);
    if (whole) return { reason: whole, whole: true };
  }
  const first = text.charCodeAt(0);
  const lower =
    (first >= 0x41 && first <= 0x5a) || (first >= 0x61 && first <= 0x7a) ? normal : text.toLowerCase();
  // "34 responses to …", "12 Comments": a counted comments heading.
  if (first >= 0x30 && first <= 0x39 && /^\d{1,5} (comments?|responses?|replies|thoughts)\b/.test(lower)) {
    return { reason: 'comments', whole: true };
  }
  // A commenter's name line: "jane says:", "John wrote:", "Alex on May 2, 2018 at 6:34 am said:".
  if (isCommentSignature(text, words)) return { reason: 'comments', whole: false };
  const byRaw = startMatch(LINE_START_BY_FIRST.get(lower.charAt(0)), lower, normal, text, words);
  if (byRaw !== null || normal.charAt(0) === lower.charAt(0)) return byRaw;
  return startMatch(LINE_START_BY_FIRST.get(normal.charAt(0)), lower, normal, text, words);
}

/** Every marker word the checks of {@link matchPhrase} look for, in one alternation. */
const MARKER_WORDS =
  /cookie|rights reserved|copyright|credit:|newsletter|subscribe|your inbox|recaptcha|facebook|twitter|instagram|youtube|linkedin|whatsapp|pinterest|tiktok|telegram/;

/** The marker words of a legal or cookie notice (each {@link LEGAL_MARKERS} holds one). */
const LEGAL_WORDS = /cookie|rights reserved|copyright/;

/**
 * Letters the lower-cased line holds whenever its normalised form holds one of
 * {@link LEGAL_WORDS} (`rights reserved` may be spaced otherwise before normalising).
 */
const LEGAL_HINTS = /cookie|rights|copyright/;

/**
 * Whether a line holds "website" or "this site": both end in "site", which is searched for once
 * (the word never overlaps itself, so the search resumes after each one).
 */
function speaksOfSite(normal: string): boolean {
  for (let at = normal.indexOf('site'); at >= 0; at = normal.indexOf('site', at + 4)) {
    if ((at >= 3 && normal.startsWith('web', at - 3)) || (at >= 5 && normal.startsWith('this ', at - 5)))
      return true;
  }
  return false;
}

/** Words that name a writer's job in an author bio (by hand). */
const WRITER_WORDS =
  /\b(writer|reporter|editor|correspondent|journalist|contributor|columnist|author|freelance)/;

/**
 * An author bio opens with a capitalised name of two or three words (optionally followed by a
 * handle in brackets), then "is a" / "is an" / "is the", and names a writer's job
 * ({@link WRITER_WORDS}, asked of the normalised line by the caller). Where the verb starts,
 * when it does within the first 60 characters, else -1.
 */
function authorBioVerb(text: string): number {
  // Both verbs open with " is ", within the first 60 characters.
  const is = firstIs(text, 60);
  if (is < 0) return -1;
  const verb = text.indexOf(' is a', is);
  const theVerb = text.indexOf(' is the ', is);
  const at = verb >= 0 && (theVerb < 0 || verb < theVerb) ? verb : theVerb;
  return at < 0 || at > 60 ? -1 : at;
}

/** Whether the text before the verb at `at` is a name of two or three capitalised words. */
function isAuthorName(text: string, at: number): boolean {
  const name = text.slice(0, at).replace(/\s*\([^)]{0,40}\)\s*$/, '');
  const parts = name.split(' ');
  if (parts.length < 2 || parts.length > 3) return false;
  return parts.every((part) => part.length > 0 && part.charAt(0) !== part.charAt(0).toLowerCase());
}

/**
 * Where the first " is " of `text` starts, if at or before `last`, else -1. A loop over the
 * line's opening only: a search by the engine reads a line without one to its end, and a
 * backward search is a runtime call, each costlier than the loop.
 */
function firstIs(text: string, last: number): number {
  const end = Math.min(last, text.length - 4);
  for (let i = 0; i <= end; i++) {
    if (
      text.charCodeAt(i) === 0x20 &&
      text.charCodeAt(i + 1) === 0x69 &&
      text.charCodeAt(i + 2) === 0x73 &&
      text.charCodeAt(i + 3) === 0x20
    )
      return i;
  }
  return -1;
}

/** Names of social networks a "follow us" or share line lists (by hand). */
const SOCIAL = [
  'facebook',
  'twitter',
  'instagram',
  'youtube',
  'linkedin',
  'whatsapp',
  'pinterest',
  'tiktok',
  'telegram',
];

/** How many social networks a short line names: two or more make it a share/follow line. */
function socialNetworks(normal: string): number {
  let count = 0;
  for (const name of SOCIAL) if (normal.includes(name)) count++;
  return count;
}

/** First and last words of a teaser-list heading (by hand). */
const TEASER_FIRST = new Set([
  'more',
  'related',
  'latest',
  'top',
  'popular',
  'trending',
  'recommended',
  'similar',
  'other',
  'recent',
  'featured',
  'editors',
]);
const TEASER_LAST = new Set([
  'stories',
  'articles',
  'posts',
  'news',
  'reads',
  'videos',
  'links',
  'content',
  'coverage',
  'headlines',
  'picks',
]);

const ABOUT_START = new Set(['about', 'sobre', 'über', 'tentang']);

function startMatch(
  candidates: readonly (readonly [string, BlockReason])[] | undefined,
  lower: string,
  normal: string,
  text: string,
  words: number,
): PhraseMatch | null {
  if (candidates === undefined) return null;
  for (const [phrase, reason] of candidates) {
    // (`lower` is `normal` itself for most lines: one test then.)
    if (!lower.startsWith(phrase) && (lower === normal || !normal.startsWith(phrase))) continue;
    // A byline or date line is short; a sentence that happens to open with "By 2030," is not.
    if (reason === 'metadata' && (words > 10 || /[.!?]["”’)]?$/.test(text))) continue;
    return { reason, whole: false };
  }
  return null;
}
