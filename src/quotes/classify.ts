/**
 * Tells full statements from fragments, and speech from quoted terms and titles.
 *
 * - A quotation is `direct` when it starts the writer's sentence or follows a colon, comma or
 *   dash (`Graham said, "How…"`); otherwise it is a `partial` quote inside the writer's sentence
 *   (`described it as "the biggest…"`).
 * - A quoted stretch of one to three words is a term or scare quote (`the "honeypot" strategy`)
 *   unless it stands as a statement of its own, with its own final punctuation.
 * - A quoted web or e-mail address is not speech.
 * - A quoted stretch of two words or more in title case (`"Keep Main Street Open"`, `on
 *   Channel 9's "Meet the Town,"`) is a title or slogan, unless it asks or exclaims.
 * - A quoted stretch in title case next to a noun for a made work is that work's title, whatever
 *   its length and final mark (`the movie "Ghosts of Duluth 2: Back Again!"`, `"Night Shift," a show…`).
 *
 * @module
 * @internal
 */
import { isLetterOrDigit, isSpace, isUpper } from './chars.js';
import { CUE_VERBS } from './data/cues.js';
import { WORK_NOUNS } from './data/works.js';

/** Words that stay lower case inside a title. */
const TITLE_SMALL_WORDS = new Set([
  'a',
  'an',
  'the',
  'of',
  'and',
  'or',
  'in',
  'on',
  'for',
  'to',
  'at',
  'by',
  'with',
  'from',
  'is',
  'are',
  'vs',
  'de',
  'del',
  'la',
]);

/**
 * Characters before an opening mark that make the quotation a statement of its own: sentence
 * punctuation, dashes and an opening parenthesis, and the bullets that open a list's items
 * (`• "…," Ruiz said.`).
 */
const STATEMENT_OPENERS = new Set([
  0x2e, 0x21, 0x3f, 0x3a, 0x2c, 0x3b, 0x2014, 0x2013, 0x28, 0x2d, 0x2026, 0x2022, 0x2023, 0x25cf, 0x25aa,
  0x25ba, 0x2043,
]);

/** Punctuation that ends a quoted statement inside its marks. */
const STATEMENT_ENDINGS = new Set([0x2e, 0x2c, 0x21, 0x3f, 0x2026, 0x2014]);

/** The words of `text[start, end)` (runs of letters and digits), counting at most `cap`. */
export function countWords(text: string, start: number, end: number, cap = 1_000): number {
  let words = 0;
  let inWord = false;
  for (let i = start; i < end && words <= cap; i++) {
    const code = text.charCodeAt(i);
    // An apostrophe inside a word (`O'Donnell`, `don’t`) does not split it.
    const apostrophe: boolean =
      (code === 0x27 || code === 0x2019) && inWord && isLetterOrDigit(text.charCodeAt(i + 1));
    const word: boolean = apostrophe || isLetterOrDigit(code);
    if (word && !inWord) words++;
    inWord = word;
  }
  return words;
}

/** Whether the quotation opening at `open` starts a statement: line start or after `. : , —`. */
export function opensStatement(text: string, open: number): boolean {
  let i = open - 1;
  while (i >= 0 && isSpace(text.charCodeAt(i)) && text.charCodeAt(i) !== 0x0a) i--;
  if (i < 0 || text.charCodeAt(i) === 0x0a) return true;
  const code = text.charCodeAt(i);
  if (STATEMENT_OPENERS.has(code)) return true;
  // After another quotation's closing mark (`"…" "…"`).
  return code === 0x22 || code === 0x201d;
}

/** Whether the quoted words end with their own punctuation (`…before,` `…next.`). */
export function endsStatement(text: string, end: number): boolean {
  return STATEMENT_ENDINGS.has(text.charCodeAt(end - 1));
}

/** Whether every word of `text[start, end)` is capitalised, small words aside. */
export function isTitleCase(text: string, start: number, end: number): boolean {
  let i = start;
  let words = 0;
  while (i < end) {
    while (i < end && !isLetterOrDigit(text.charCodeAt(i))) i++;
    if (i >= end) break;
    const wordStart = i;
    while (
      i < end &&
      (isLetterOrDigit(text.charCodeAt(i)) || text.charCodeAt(i) === 0x27 || text.charCodeAt(i) === 0x2019)
    )
      i++;
    words++;
    const first = text.charCodeAt(wordStart);
    // A number stands in a title as a capital does (`Sharknado 3`, `Catch-22`).
    if (
      !isUpper(first) &&
      !(first >= 0x30 && first <= 0x39) &&
      !TITLE_SMALL_WORDS.has(text.slice(wordStart, i).toLowerCase())
    ) {
      return false;
    }
    if (words > 12) return false;
  }
  return words > 0;
}

/** Whether `text[start, end)` is one web or e-mail address (no space, with `://`, `www.` or `@`). */
export function isAddress(text: string, start: number, end: number): boolean {
  if (end - start > 2_000) return false;
  let last = end;
  while (last > start && TRAILING_PUNCTUATION.has(text.charCodeAt(last - 1))) last--;
  const address = text.slice(start, last);
  if (address.length === 0) return false;
  for (let i = 0; i < address.length; i++) if (isSpace(address.charCodeAt(i))) return false;
  if (address.includes('://') || address.toLowerCase().startsWith('www.')) return true;
  // `name@host.org`: one at sign, a dot after it.
  const at = address.indexOf('@');
  return at > 0 && at === address.lastIndexOf('@') && address.indexOf('.', at) > at + 1;
}

/** Punctuation that may close a quoted address (`"www.example.com,"`). */
const TRAILING_PUNCTUATION = new Set([0x2e, 0x2c, 0x3b, 0x3a, 0x21, 0x3f]);

/** Longest word looked at beside a quotation (`documentary` and some room). */
const MAX_WORD = 16;

/** The lower-case word that ends right before `at` (spaces and one comma skipped), and where it starts. */
function wordEndingBefore(text: string, at: number): { word: string; start: number } {
  let end = at;
  while (end > 0 && end > at - 8 && isSpace(text.charCodeAt(end - 1))) end--;
  if (text.charCodeAt(end - 1) === 0x2c) end--;
  let start = end;
  while (start > 0 && start > end - MAX_WORD && isLetterOrDigit(text.charCodeAt(start - 1))) start--;
  return { word: text.slice(start, end).toLowerCase(), start };
}

/** The lower-case word that starts at or after `at` (spaces and one comma skipped), and its end. */
function wordStartingAfter(text: string, at: number): { word: string; end: number } {
  let start = at;
  while (start < text.length && start < at + 8 && isSpace(text.charCodeAt(start))) start++;
  if (text.charCodeAt(start) === 0x2c) start++;
  while (start < text.length && start < at + 8 && isSpace(text.charCodeAt(start))) start++;
  let end = start;
  while (end < text.length && end < start + MAX_WORD && isLetterOrDigit(text.charCodeAt(end))) end++;
  return { word: text.slice(start, end).toLowerCase(), end };
}

/**
 * Whether the quotation with marks at `open` and `close` (-1 when none) stands beside a noun for a
 * made work: right after it (`the movie "…"`, `one ad, "…,"`) or followed by one in apposition
 * (`"…," a movie`, `"…," the new ad`).
 */
export function besideWorkNoun(text: string, open: number, close: number): boolean {
  if (WORK_NOUNS.has(wordEndingBefore(text, open).word)) return true;
  if (close < 0) return false;
  const article = wordStartingAfter(text, close + 1);
  if (article.word !== 'a' && article.word !== 'an' && article.word !== 'the') return false;
  const next = wordStartingAfter(text, article.end);
  if (WORK_NOUNS.has(next.word)) return true;
  return WORK_NOUNS.has(wordStartingAfter(text, next.end).word);
}

/** Verbs that open a predicate right after a subject (`the essay, "…," is`). */
const PREDICATE_OPENERS: ReadonlySet<string> = new Set([
  'is',
  'was',
  'has',
  'had',
  'will',
  'would',
  'became',
  'remains',
]);

/**
 * Whether the quotation with marks at `open` and `close` names a work in apposition to the subject
 * (`Lena Park's essay, "Sail home, sailor," is a delight`): a noun for a made work and a comma
 * before it, and its predicate right after it. Such a title is written in any case.
 */
export function titleInApposition(text: string, open: number, close: number): boolean {
  if (close < 0 || text.charCodeAt(close - 1) !== 0x2c) return false;
  let i = open - 1;
  while (i > 0 && isSpace(text.charCodeAt(i))) i--;
  if (text.charCodeAt(i) !== 0x2c || !WORK_NOUNS.has(wordEndingBefore(text, open).word)) return false;
  const next = wordStartingAfter(text, close + 1);
  if (PREDICATE_OPENERS.has(next.word)) return true;
  // `The episode, "The one where the mill closes," aired Monday`: a past tense in `-ed`.
  return (
    next.word.endsWith('ed') && !CUE_VERBS.has(next.word) && isLowerAt(text, next.end - next.word.length)
  );
}

/** Whether the character at `at` is a lower-case letter. */
function isLowerAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code >= 0x61 && code <= 0x7a;
}

/**
 * Nouns for works whose name is all that stands in quotation marks right after them, never their
 * words (`the film "A boy and his dog"`, `the song "We will sail on"`), and the verbs that give
 * such a name (`titled`, `nicknamed`); ads, columns and headlines are left out, since what
 * follows them in marks is often what they say.
 */
const TITLED_WORKS: ReadonlySet<string> = new Set([
  'movie',
  'film',
  'documentary',
  'book',
  'novel',
  'memoir',
  'song',
  'album',
  'single',
  'sitcom',
  'episode',
  'podcast',
  'musical',
  'opera',
  'poem',
  'painting',
  'titled',
  'entitled',
  'headlined',
  'nicknamed',
]);

/**
 * Nouns for a quoted term, name or slogan (`the phrase "…"`, `the hashtag "…"`): what stands in
 * marks right after them is the term itself, not anyone's statement (`words` is left out: `whose
 * words "…"` quotes speech).
 */
const TERM_NOUNS: ReadonlySet<string> = new Set([
  'word',
  'phrase',
  'term',
  'slogan',
  'motto',
  'hashtag',
  'nickname',
  'catchphrase',
]);

/** Verbs that name what comes next (`a film called "…"`, `a podcast named "…"`). */
const NAMING_VERBS: ReadonlySet<string> = new Set(['called', 'named']);

/**
 * Nouns for works that are also verbs (`polls show "…"`): a title after them only with a
 * determiner or a kind of show before (`the show "…"`, `his new series "…"`, `a radio program "…"`).
 */
const WORKS_AFTER_DETERMINER: ReadonlySet<string> = new Set(['show', 'series', 'program', 'programme']);

/** Words before {@link WORKS_AFTER_DETERMINER} that make them nouns. */
const WORK_DETERMINERS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  'your',
  'this',
  'new',
  'hit',
  'tv',
  'talk',
  'radio',
  'reality',
  'comedy',
  'cooking',
  'weekly',
  'nightly',
  'daily',
]);

/**
 * Whether the quotation opening at `open` follows a noun for a titled work with no comma between
 * (`the film "A boy and his dog go to town"`), or `titled`: it is that work's title, in any case.
 */
export function afterTitledWork(text: string, open: number): boolean {
  let i = open - 1;
  while (i > 0 && isSpace(text.charCodeAt(i))) i--;
  if (!isLetterOrDigit(text.charCodeAt(i))) return false;
  const before = wordEndingBefore(text, open);
  if (TITLED_WORKS.has(before.word) || TERM_NOUNS.has(before.word)) return true;
  const noun = wordEndingBefore(text, before.start);
  // `the so-called "…"`, `what is known as "…"`: a name or term, in the writer's words.
  const soCalled =
    before.word === 'called' && text.slice(before.start - 3, before.start).toLowerCase() === 'so-';
  if (soCalled || (before.word === 'as' && noun.word === 'known')) {
    return true;
  }
  // `a film called "The last ferry"`, `a podcast named "…"`: a work named right after its noun,
  // its name capitalised (`The film called "a disaster" by critics` is what they said).
  if (NAMING_VERBS.has(before.word)) return WORK_NOUNS.has(noun.word) && isUpper(text.charCodeAt(open + 1));
  // `the show "…"`, `his radio program "…"`, but not `polls show "…"`.
  return WORKS_AFTER_DETERMINER.has(before.word) && WORK_DETERMINERS.has(noun.word);
}
