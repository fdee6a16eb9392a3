/**
 * Names in the text: capitalised runs of proper nouns, stripped of titles, and the index that
 * expands a short mention to the fullest form the text uses (`Lewis` → `Jim Lewis`).
 *
 * @module
 * @internal
 */

import { isAsciiLetter } from '../chars.js';
import { isDemonym, isKnownPlace, lexicon, nameKey } from '../entities/lexicon.js';
import type { Token } from '../nlp.js';
import { isSpace, isUpper } from './chars.js';
import { CUE_VERBS } from './data/cues.js';
import { OPENING_ADVERBS, ORGANIZATION_WORDS, TIME_WORDS } from './data/names.js';
import { NAME_SUFFIXES, TITLES } from './data/titles.js';

export { ORGANIZATION_WORDS };

/** The key of a word for the word lists: lower case, without a final period. */
export function wordKey(text: string): string {
  const lower = text.toLowerCase();
  return lower.endsWith('.') ? lower.slice(0, -1) : lower;
}

/**
 * Whether `text.toLowerCase() === word`, for a `word` in lower-case ASCII, without making the
 * lower-case string when `text` is ASCII (nearly every token): the walks compare capitalised
 * names with short function words many times per name.
 */
export function lowerIs(text: string, word: string): boolean {
  // Only two characters past ASCII lower-case to ASCII letters: `K` (Kelvin) to `k`, one for
  // one, and `İ` to `i` and a combining dot, which is not ASCII. So a text whose lower case is
  // ASCII has that many code units already.
  if (text.length !== word.length) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) return text.toLowerCase() === word;
    if ((c >= 0x41 && c <= 0x5a ? c + 0x20 : c) !== word.charCodeAt(i)) return false;
  }
  return true;
}

/** Whether a token can be part of a name: a capitalised proper noun (or initial, `U.S.`). */
export function isNameToken(token: Token): boolean {
  return token.pos === 'PROPN' && isUpper(token.text.charCodeAt(0));
}

/** Tags a first name gets by mistake (`Josh/VERB Bivens/PROPN`, `Mark/NOUN Barden/PROPN`). */
function mistaggedNamePos(pos: string): boolean {
  return pos === 'NOUN' || pos === 'VERB' || pos === 'ADJ' || pos === 'ADV' || pos === 'X' || pos === 'INTJ';
}

/**
 * Whether token `i` is part of a name: a capitalised proper noun, or a capitalised word the
 * tagger got wrong right before one.
 */
export function isNameAt(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  if (!token) return false;
  if (isNameToken(token)) return true;
  // Half the tokens (punctuation, articles, prepositions, pronouns) fail on the tag, which is
  // read without loading the token's text: test it before the first letter.
  if (!mistaggedNamePos(token.pos) || !isUpper(token.text.charCodeAt(0)) || token.text.length < 2)
    return false;
  const lower = token.text.toLowerCase();
  if (CUE_VERBS.has(lower)) return false;
  // `Later Tom Reyes said`: an adverb that opens the sentence is no first name.
  if (token.pos === 'ADV' && OPENING_ADVERBS.has(lower)) return false;
  // `Here’s Maria Delgado`: a word with a contracted `is` is no part of a name.
  if (lower.endsWith('’s') || lower.endsWith("'s")) return false;
  // `Ana Ruiz Thanked Ortiz` (a headline): a verb form is no first name.
  if (token.pos === 'VERB' && token.text.length > 5 && (lower.endsWith('ed') || lower.endsWith('ing')))
    return false;
  const next = tokens[i + 1];
  const previous = tokens[i - 1];
  // `Bob/VERB Ortiz`, `Ana Rush/VERB (D-Ore.)`, `"…," Rush/VERB said`.
  if (
    next &&
    next.start === token.end + 1 &&
    (isNameToken(next) || (CUE_VERBS.has(next.text) && next.pos === 'VERB'))
  ) {
    return true;
  }
  // `Lewis Stephen/VERB`, `said Aida/NOUN, who…`.
  if (!previous || token.start !== previous.end + 1) return false;
  return isNameToken(previous) || (CUE_VERBS.has(previous.text) && previous.pos === 'VERB');
}

/** Whether a token is a title word (`Sen.`, `spokesman`, `President`). */
export function isTitle(token: Token): boolean {
  return TITLES.has(wordKey(token.text));
}

/**
 * Connectors that may join two capitalised parts of one name (`Ministry of State Security`), and
 * the one-word particles of personal names (`Luis da Silva`, `Anna di Marco`).
 */
const NAME_JOINERS = new Set([
  'of',
  'for',
  '&',
  'de',
  'la',
  'von',
  'van',
  'bin',
  'al',
  'da',
  'di',
  'du',
  'del',
  'della',
  'dos',
  'das',
  'ibn',
]);

/**
 * Second particles of a two-word name particle (`de la Cruz`, `van der Berg`, `de los Santos`):
 * read only right after a first particle.
 */
const SECOND_PARTICLES = new Set(['la', 'las', 'los', 'le', 'der', 'den', 'ter', 'ten']);

/** Whether tokens `i` and `i + 1` are a two-word name particle (`de la`, `van der`). */
function joinsTwo(tokens: readonly Token[], i: number): boolean {
  const first = (tokens[i] as Token | undefined)?.text;
  const second = (tokens[i + 1] as Token | undefined)?.text;
  return (
    (first === 'de' || first === 'van' || first === 'von' || first === 'ten') &&
    second !== undefined &&
    SECOND_PARTICLES.has(second)
  );
}

/**
 * Whether token `i` is a name particle inside a person's name (`Ana de la Cruz`, `Jan van der
 * Berg`, `Luis de Silva`): a name before the particle and one after it.
 */
export function isParticleAt(tokens: readonly Token[], i: number): boolean {
  const word = (tokens[i] as Token | undefined)?.text;
  if (word === undefined || word === 'of' || word === 'for' || word === '&' || !NAME_JOINERS.has(word)) {
    if (word === undefined || !SECOND_PARTICLES.has(word) || !joinsTwo(tokens, i - 1)) return false;
    return isNameAt(tokens, i - 2) && isNameAt(tokens, i + 1);
  }
  if (joinsTwo(tokens, i)) return isNameAt(tokens, i - 1) && isNameAt(tokens, i + 2);
  return isNameAt(tokens, i - 1) && isNameAt(tokens, i + 1);
}

/**
 * Whether the joiner at token `i` joins two parts of one name: `of` and `for` only after the
 * head word of a body or a title (`Ministry of State Security`, `Secretary of State`), so that
 * `Lena Park of Millbrook` stays a person from a place.
 */
function joins(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i] as Token;
  // `Ana Ruiz-Tagle`, `KING-TV`: a hyphen with no space on either side joins the parts of a name.
  if (token.text === '-') return tokens[i - 1]?.end === token.start && tokens[i + 1]?.start === token.end;
  // Every joiner opens with an ASCII letter or `&`, and no other character lower-cases to one
  // of those: most tokens after a name (`,`, `.`, `’s`) fail here without being lower-cased.
  const c = token.text.charCodeAt(0);
  if (!(isAsciiLetter(c) || c === 0x26)) return false;
  const word = token.text.toLowerCase();
  if (!NAME_JOINERS.has(word)) return false;
  if (word !== 'of' && word !== 'for') return true;
  const before = wordKey((tokens[i - 1] as Token | undefined)?.text ?? '');
  return ORGANIZATION_WORDS.has(before) || TITLES.has(before);
}

/** Double quotation marks as tokens, around a nickname inside a name. */
const NICKNAME_MARKS: ReadonlySet<string> = new Set(['"', '“', '”']);

/**
 * Whether tokens `i` to `i + 2` are a quoted nickname (`Juan "Chico" Manriquez`): one name word
 * between two marks, with a name word on both sides.
 */
function isNickname(tokens: readonly Token[], i: number): boolean {
  return (
    NICKNAME_MARKS.has(tokens[i]?.text ?? '') &&
    NICKNAME_MARKS.has(tokens[i + 2]?.text ?? '') &&
    isNameAt(tokens, i + 1) &&
    isNameAt(tokens, i - 1) &&
    isNameAt(tokens, i + 3)
  );
}

/**
 * The name run that ends at token `last` (inclusive), walking back at most `limit` tokens:
 * returns the index of its first token, or -1 when `last` is not part of a name.
 */
export function nameRunEndingAt(tokens: readonly Token[], last: number, floor: number): number {
  if (!isNameAt(tokens, last)) return -1;
  let first = last;
  while (first - 1 >= floor && first > last - 8) {
    if (isNameAt(tokens, first - 1)) first--;
    else if (first - 2 >= floor && joins(tokens, first - 1) && isNameAt(tokens, first - 2)) {
      first -= 2;
    } else if (first - 3 >= floor && joinsTwo(tokens, first - 2) && isNameAt(tokens, first - 3)) {
      // `Ana de la Cruz`, `Jan van der Berg`.
      first -= 3;
    } else if (first - 4 >= floor && isNickname(tokens, first - 3)) {
      first -= 4;
    } else break;
  }
  return first;
}

/** The name run that starts at token `first`: returns the index after its last token. */
export function nameRunStartingAt(tokens: readonly Token[], first: number, ceiling: number): number {
  let end = first;
  while (end < ceiling && end < first + 8) {
    if (isNameAt(tokens, end)) end++;
    else if (end > first && joins(tokens, end) && end + 1 < ceiling && isNameAt(tokens, end + 1)) {
      end += 2;
    } else if (end > first && joinsTwo(tokens, end) && end + 2 < ceiling && isNameAt(tokens, end + 2)) {
      end += 3;
    } else if (end > first && end + 3 < ceiling && isNickname(tokens, end)) {
      end += 4;
    } else break;
  }
  return end;
}

/**
 * Drops the titles at the front of a name run (`Navy Capt. Jim Ortiz` → `Jim Ortiz`): the
 * name starts after the last title word, as long as a word remains.
 */
export function stripTitles(tokens: readonly Token[], first: number, end: number): number {
  // `Martin Luther King III`, `Tom Major Jr.`: a suffix is no name of its own, so the word before
  // it stays in the name even when it is a title word.
  let core = end;
  while (core - 1 > first && NAME_SUFFIXES.has(wordKey((tokens[core - 1] as Token).text))) core--;
  let start = first;
  // `KING-TV`: a title word joined by a hyphen is part of the name.
  for (let i = first; i < core - 1; i++) {
    if (isTitle(tokens[i] as Token) && (tokens[i + 1] as Token).text !== '-') start = i + 1;
  }
  // `Chief of Staff Lena Park`: a joiner right after a title belongs to the title.
  while (start < end - 1 && NAME_JOINERS.has((tokens[start] as Token).text.toLowerCase())) {
    start++;
    while (start < end - 1 && isTitle(tokens[start] as Token)) start++;
  }
  return start;
}

/**
 * The parts of `text` between runs of white space, as `text.split(/\s+/)` gives them, without
 * the regular expression (names are split on every mention, and this is a hot path).
 */
function splitOnSpace(text: string): string[] {
  const parts: string[] = [];
  let start = 0;
  let i = 0;
  while (i < text.length) {
    if (!isSpace(text.charCodeAt(i))) {
      i++;
      continue;
    }
    parts.push(text.slice(start, i));
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    start = i;
  }
  parts.push(text.slice(start));
  return parts;
}

/** The words of a name, for comparisons: lower case, suffixes dropped. */
function nameWords(text: string): string[] {
  const words = splitOnSpace(text.toLowerCase());
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    if (word.endsWith('.')) words[i] = word.slice(0, -1);
  }
  while (words.length > 1 && NAME_SUFFIXES.has(words[words.length - 1] as string)) words.pop();
  return words;
}

/** The last word of a name (the key the index uses), lower case. */
export function lastNameKey(name: string): string {
  return lastWordKey(name.toLowerCase());
}

/** {@link lastNameKey} of a name already in lower case. */
function lastWordKey(lower: string): string {
  // The last of {@link nameWords}, read from the end without splitting the whole name: every
  // name run of the text is keyed so.
  let end = lower.length;
  for (;;) {
    let start = end;
    while (start > 0 && !isSpace(lower.charCodeAt(start - 1))) start--;
    const word = lower.endsWith('.', end) ? lower.slice(start, end - 1) : lower.slice(start, end);
    // The first word stays, suffix or not.
    if (start === 0 || !NAME_SUFFIXES.has(word)) return word;
    end = start;
    while (end > 0 && isSpace(lower.charCodeAt(end - 1))) end--;
  }
}

/**
 * Whether a name looks like a person's: no organisation or time word in it, and not a known
 * place of two or more words (`North Carolina`, `New York`). One-word places stay possible
 * people: many are surnames too (`Houston`, `Jackson`, `Lincoln`). The answer depends on the
 * name alone; the attributor remembers it per text (it asks about the same few names again and
 * again).
 */
export function looksLikePerson(name: string): boolean {
  // `KING-TV`: call letters joined by a hyphen name a station.
  if (CALL_LETTERS.test(name)) return false;
  const words = nameWords(name);
  if (words.length > 4) return false;
  for (const word of words) if (ORGANIZATION_WORDS.has(word) || TIME_WORDS.has(word)) return false;
  return words.length < 2 || !isKnownPlace(lexicon(), nameKey(name));
}

/** A name made of capitals joined by a hyphen (`KING-TV`, `WXYZ-FM`). */
const CALL_LETTERS = /^[A-Z]{2,}-[A-Z]{2,}$/;

/** Whether a name is a known place: a country, city or region (`Vietnam`, `North Carolina`). */
export function isPlace(text: string): boolean {
  return isKnownPlace(lexicon(), nameKey(text));
}

/** Whether a one-word name is a nationality or group word (`Israeli`, `Mexican`), no body's name. */
export function isNationality(text: string): boolean {
  return isDemonym(lexicon(), nameKey(text));
}

/** Whether a one-word name is a time word (`Tuesday`) rather than a speaker. */
export function isTimeWord(text: string): boolean {
  return TIME_WORDS.has(wordKey(text));
}

/** The joined text of tokens `[first, end)` as it stands in the input. */
export function spanText(text: string, tokens: readonly Token[], first: number, end: number): string {
  const a = tokens[first] as Token;
  const b = tokens[end - 1] as Token;
  return text.slice(a.start, b.end);
}

/**
 * `text` with each run of white space made one space, as `text.replace(/\s+/g, ' ')` gives it;
 * without the regular expression when the text has nothing to replace (ASCII with single spaces,
 * as nearly every name is).
 */
export function singleSpaced(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 ? text.charCodeAt(i + 1) === 0x20 : c < 0x20 || c >= 0x80)
      return text.replace(/\s+/g, ' ');
  }
  return text;
}

/** One written form of a name in the {@link NameIndex}. */
interface NameForm {
  count: number;
  readonly words: number;
  readonly lower: string;
}

/**
 * Every name the text uses, by last word, to expand a mention to its fullest form.
 *
 * @internal
 */
export class NameIndex {
  /** last word → each multi-word form: how often it occurs, its word count, its lower case. */
  private readonly byLast = new Map<string, Map<string, NameForm>>();

  /** One-word names seen inside a sentence (not first in it, where any word is capitalised). */
  private readonly singles = new Set<string>();

  /**
   * Answers of {@link NameIndex.expand} since the last {@link NameIndex.add}: the index is filled
   * first, then asked about the same few names again and again.
   */
  private readonly expanded = new Map<string, string>();

  /** Records the name in tokens `[first, end)` (titles already stripped). */
  add(text: string, tokens: readonly Token[], first: number, end: number, opensSentence = false): void {
    if (this.expanded.size > 0) this.expanded.clear();
    if (end - first === 1) {
      if (!opensSentence) this.singles.add(wordKey((tokens[first] as Token).text));
      return;
    }
    if (end - first > 6) return;
    const name = singleSpaced(spanText(text, tokens, first, end));
    // The words of the single-spaced name, counted without splitting it.
    let words = 1;
    for (let at = name.indexOf(' '); at >= 0; at = name.indexOf(' ', at + 1)) words++;
    // `Ruiz-Tagle`, one word in three tokens, is no fuller form of a name.
    if (words === 1 || words > 4) return;
    const lower = name.toLowerCase();
    const key = lastWordKey(lower);
    if (!key) return;
    let forms = this.byLast.get(key);
    if (!forms) {
      forms = new Map();
      this.byLast.set(key, forms);
    }
    const form = forms.get(name);
    if (form) form.count++;
    else forms.set(name, { count: 1, words, lower });
  }

  /**
   * Whether `name` (already expanded) is a name the text uses as one: several words, or one word
   * seen inside a sentence (`Obama`), not only capitalised at a sentence start (`Bombs`).
   */
  isEstablished(name: string): boolean {
    return name.includes(' ') || this.singles.has(wordKey(name));
  }

  /**
   * The fullest form of `name`: the most frequent longer form that ends with the whole mention;
   * ties go to the shorter form (a capitalised word before a name at the start of a sentence is
   * often a description: `Billionaire Tom Reyes`).
   */
  expand(name: string): string {
    let full = this.expanded.get(name);
    if (full === undefined) {
      full = this.fullestForm(name);
      this.expanded.set(name, full);
    }
    return full;
  }

  /** The fullest form of `name` (see {@link NameIndex.expand}), looked up afresh. */
  private fullestForm(name: string): string {
    const forms = this.byLast.get(lastNameKey(name));
    if (!forms) return name;
    const parts = splitOnSpace(name);
    const own = parts.length;
    // `LEWIS:` (a transcript's label) is `Jim Lewis`: a name in capitals is the same name.
    const suffix = ` ${parts.join(' ')}`.toLowerCase();
    let best = name;
    let bestCount = 0;
    let bestWords = own;
    for (const [form, { count, words, lower }] of forms) {
      if (words < own) continue;
      // `Valley News` is no short form of `Harbor News`: the whole mention must end the longer form.
      if (form !== name && !lower.endsWith(suffix)) continue;
      if (count > bestCount || (count === bestCount && words < bestWords)) {
        best = form;
        bestCount = count;
        bestWords = words;
      }
    }
    return best;
  }
}
