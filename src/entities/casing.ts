/**
 * How a line is written decides what its capitals mean. In running text a capital inside a
 * sentence marks a name; in an all-caps headline ("DERBYSHIRE GO TOP OF THE TABLE") or a
 * title-case heading ("Global Reach, Local Control") every word has one, so capitals there
 * prove nothing and only names known from elsewhere count.
 *
 * @module
 * @internal
 */
import type { ParsedText, Sentence, Token } from '../nlp.js';
import { tokenForms } from './lexicon.js';

/** How a sentence's words are capitalised. */
export type Casing = 'normal' | 'caps' | 'title';

const UPPER = /^\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;

// ASCII fast paths: nearly every character of English news is ASCII, and these checks run
// several times per token.
function asciiUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}
function asciiLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** Whether a token starts with an upper-case letter. */
export function isCapitalised(token: Token): boolean {
  const c = token.text.charCodeAt(0);
  if (c < 128) return asciiUpper(c);
  // Curly quotation marks, dashes and other general punctuation hold no letters.
  if (c >= 0x2000 && c <= 0x206f) return false;
  return UPPER.test(token.text);
}

/** Whether a token has letters and no lower-case letter ("CIA", "U.S.", "LONDON"). */
export function isAllCaps(text: string): boolean {
  let letters = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return LETTER.test(text) && !LOWER.test(text);
    if (asciiLower(c)) return false;
    if (asciiUpper(c)) letters = true;
  }
  return letters;
}

/** Whether a string has a letter. */
function hasLetter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return LETTER.test(text);
    if (asciiUpper(c) || asciiLower(c)) return true;
  }
  return false;
}

/** Whether a token is a word (has a letter). */
export function isWord(token: Token): boolean {
  return hasLetter(token.text) && token.kind !== 'url' && token.kind !== 'email' && token.kind !== 'long';
}

/** Short function words that stay lower case in title-case headings. */
const MINOR = new Set([
  'a',
  'an',
  'the',
  'of',
  'in',
  'on',
  'at',
  'to',
  'for',
  'by',
  'with',
  'from',
  'and',
  'or',
  'as',
  'v',
  'vs',
]);

/** Length of the longest of {@link MINOR}: longer words need no look-up. */
const MINOR_LONGEST = Math.max(...[...MINOR].map((word) => word.length));

/** The casing of one sentence. */
export function sentenceCasing(parsed: ParsedText, sentence: Sentence): Casing {
  let words = 0;
  let caps = 0;
  let content = 0;
  let capitalised = 0;
  let numbers = 0;
  const forms = tokenForms(parsed);
  // Whether a title-case heading is possible at all ({@link endsLikeProse}), read only once the
  // counts leave one reachable: most sentences are prose and show it before.
  let mayBeTitle: boolean | undefined;
  for (let t = sentence.firstToken; t < sentence.endToken; t++) {
    // Stop as soon as neither heading casing can be reached even if every token left were a
    // capitalised word in capitals: most sentences are prose, and it shows early. (Tested at
    // every token: the test is two divisions, less than reading one more token.)
    if (t > sentence.firstToken) {
      const left = sentence.endToken - t;
      const capsReachable = (caps + left) / (words + left) >= 0.6;
      if (!capsReachable) {
        if (numbers > 0 || (capitalised + left) / (content + left) < 0.75) return 'normal';
        if (mayBeTitle === undefined) mayBeTitle = !endsLikeProse(parsed, sentence);
        if (!mayBeTitle) return 'normal';
      }
    }
    const token = parsed.tokens[t] as Token;
    // Results and tables ("Tom Barker (Britain) beat Dan Fuller (U.S.) 6-3") are no headings.
    if ((token.pos === 'NUM' && t > sentence.firstToken + 1) || token.text === '(') numbers++;
    if (!isWord(token)) continue;
    words++;
    const letters = token.text.length;
    if (isAllCaps(token.text) && (letters > 1 || token.text === 'A')) caps++;
    // "West Perth v Okapi Rovers": a fixture, written so in running text too.
    if (token.text === 'v' || token.text === 'vs') numbers++;
    // (Lower-casing never shortens a text: a longer token is no minor word.)
    if (letters <= MINOR_LONGEST) {
      const word = forms.lower(t) as string;
      if (word.length <= MINOR_LONGEST && MINOR.has(word)) continue;
    }
    content++;
    if (isCapitalised(token)) capitalised++;
  }
  if (words === 0) return 'normal';
  // One short acronym ("CIA") is a sentence of its own only in lists; treat it as known-only too.
  if (caps / words >= 0.6) return 'caps';
  if (numbers === 0 && content >= 2 && capitalised / content >= 0.75) {
    if (mayBeTitle === undefined) mayBeTitle = !endsLikeProse(parsed, sentence);
    if (mayBeTitle) return 'title';
  }
  return 'normal';
}

/** Whether the sentence ends with a period, as running text does and headings seldom do. */
function endsLikeProse(parsed: ParsedText, sentence: Sentence): boolean {
  const last = parsed.tokens[sentence.endToken - 1];
  return (
    last !== undefined && (last.text === '.' || last.text === '!' || last.text === '?' || last.text === ',')
  );
}
