/**
 * Boilerplate stripping: from a whole web page, its HTML or its plain text (a browser copy or
 * an HTML-to-text dump), the article's body, title and date, with a decision and a reason for
 * every line.
 *
 * @module
 */
import { assertOptions, assertText } from '../input.js';
import { detectLanguage, detectScript } from '../language/index.js';
import { scriptOf } from '../language/script.js';
import { CYRILLIC_LANGUAGES, ENGLISH_FUNCTION_WORDS, LATIN_LANGUAGES } from './data/languages.js';
import { detectFormat } from './format.js';
import { stripHtml } from './html/strip.js';
import { maskOutsideBody } from './mask.js';
import { stripText } from './text.js';
import type { BoilerplateResult, StripBoilerplateOptions } from './types.js';
import { HASH_BITS, WordTable } from './word-table.js';

export type { Block, BlockKind, BlockReason, BoilerplateResult, StripBoilerplateOptions } from './types.js';

/** Characters of the body that language identification reads (franc's cost grows with it; 300 gave the same answers as 700 on the public set). */
const LANGUAGE_SAMPLE = 300;

/**
 * The body's language: {@link detectLanguage} on the body's opening, with the candidates
 * narrowed to the languages usually written in the body's script when that script is Latin or
 * Cyrillic (five times faster, and surer on short bodies).
 */
function bodyLanguage(body: string): string {
  const sample = body.length > LANGUAGE_SAMPLE ? body.slice(0, LANGUAGE_SAMPLE) : body;
  const script = latinOnly(sample) ? 'Latin' : detectScript(sample).script;
  // The share is counted on a longer opening than franc reads: a headline of names and capitals
  // ("Tom Barker Beats Lena Parkes In Oregon Primary.") keeps 300 characters of English under
  // the bar, and franc then compares all 35 profiles to say English anyway.
  const english =
    script === 'Latin' &&
    englishShare(body.length > ENGLISH_SHARE_SAMPLE ? body.slice(0, ENGLISH_SHARE_SAMPLE) : body) >=
      ENGLISH_SHARE;
  // With English as the only candidate, detectLanguage answers 'eng' for any sample past franc's
  // minimum length: the answer is known without building the sample's trigram profile.
  if (english && sample.length >= ENGLISH_SURE_LENGTH) return 'eng';
  const only = english
    ? ENGLISH_ONLY
    : script === 'Latin'
      ? LATIN_LANGUAGES
      : script === 'Cyrillic'
        ? CYRILLIC_LANGUAGES
        : undefined;
  return detectLanguage(sample, only ? { only } : {}).language;
}

const ENGLISH_ONLY: readonly string[] = ['eng'];
/**
 * Characters of the body whose English share is counted: on the first 120 articles of the quotes
 * dev set, 38 of 120 English bodies fall under {@link ENGLISH_SHARE} in their first 300
 * characters, 6 in their first 1,000.
 */
const ENGLISH_SHARE_SAMPLE = 1000;
/** Share of English function words above which the body is taken as English (see {@link englishShare}). */
const ENGLISH_SHARE = 0.25;
/** Sample length from which franc, asked about English alone, always answers English (its minimum is 10 letters). */
const ENGLISH_SURE_LENGTH = 40;

/**
 * Share of the sample's words that are English function words. English prose has 40–50%;
 * other Latin-script languages share a few ("a", "in", "on") and stay under 10%. Above 25%
 * franc is asked about English alone, which saves it comparing 35 profiles.
 */
function englishShare(sample: string): number {
  const lower = sample.toLowerCase();
  englishWords ??= new WordTable(ENGLISH_FUNCTION_WORDS);
  const table = englishWords;
  let words = 0;
  let english = 0;
  let start = -1;
  // The word's hash for the look-up, as hashOf computes it, taken as the word is read.
  let h = 0;
  // Words are runs of a–z, Latin letters with diacritics (U+00C0–U+024F) and apostrophes.
  for (let i = 0; i <= lower.length; i++) {
    const code = i < lower.length ? lower.charCodeAt(i) : 0x20;
    const inWord = (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f) || code === 0x27;
    if (inWord) {
      if (start < 0) {
        start = i;
        h = 0;
      }
      h = (Math.imul(h, 31) + code) | 0;
      continue;
    }
    if (start < 0) continue;
    words++;
    if (table.hasAt(lower, start, i, h & HASH_BITS)) english++;
    start = -1;
  }
  return words === 0 ? 0 : english / words;
}

/** {@link ENGLISH_FUNCTION_WORDS}, for look-ups by offsets, built on first use. */
let englishWords: WordTable | null = null;

/** Letters below U+0250 (all Latin): ASCII letters, ª, º and U+00C0–U+024F but × and ÷. */
function isLatinLetterBelow250(code: number): boolean {
  if (code < 0xc0)
    return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0xaa || code === 0xba;
  return code !== 0xd7 && code !== 0xf7;
}

/**
 * Whether every letter of the sample is below U+0250 (and there is one): then its script is Latin
 * (every letter below U+0250 is), without a script look-up per character.
 */
function latinOnly(sample: string): boolean {
  let letter = false;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code >= 0x250) {
      // Curly quotes and dashes are no letters; a surrogate may be one (of a script beyond the BMP).
      if ((code >= 0xd800 && code <= 0xdfff) || scriptOf(code) !== null) return false;
      continue;
    }
    if (!letter) letter = isLatinLetterBelow250(code);
  }
  return letter;
}

/**
 * Finds the article in a web page, given as HTML or as plain text: its body, headline and date,
 * and the decision taken on every non-blank line with the reason for each dropped one.
 *
 * HTML is detected by itself (`options.format` overrides): one streaming pass of htmlparser2's
 * tokenizer (no DOM) gives the visible lines; furniture markup (`nav`, `aside`, `footer`,
 * class and id words such as `comment`, `related`, `share`), link lists, hidden elements,
 * scripts and styles are dropped; the text rules below decide the rest, the article's root
 * element takes back its tables and lists, and the title and date come from JSON-LD, OpenGraph,
 * `<meta>` and `<time datetime>` when the page states them. In HTML mode `start`/`end` index
 * the HTML and `text` is the visible text (entities decoded), so `input.slice(start, end)` is
 * the block's source rather than its text.
 *
 * Each line is measured on its own (length, share of function words compared with the page's
 * own long lines, punctuation, script, furniture wording), tables of contents and repeated lines
 * are marked, and the densest run of article text is kept; inside it headings and list items
 * stay, while furniture and headlines of other stories go. The body is a fixed point:
 * `stripBoilerplate(result.body).body === result.body`. Linear in the length of the text, no
 * tokenizer involved.
 *
 * @param text - The page's HTML or text; any string.
 * @param options - See {@link StripBoilerplateOptions}.
 * @returns Title, date, language, body and the blocks (see {@link BoilerplateResult}).
 * @throws TypeError when `text` is not a string or `options` is not an object.
 *
 * @example
 * ```ts
 * import { stripBoilerplate } from 'copydesk';
 *
 * const page = [
 *   'Skip to main content',
 *   'Ministry warns of parcel scams',
 *   'Share',
 *   'The ministry said on Tuesday that it had found several parcels that were used to carry out scams, and it asked people to report them.',
 *   'Officials said the parcels had been sent from abroad over the past year and that the police were looking into the matter.',
 *   'Comments',
 *   'Great article, thanks for sharing this with all of us here on the blog today!',
 * ].join('\n');
 * const result = stripBoilerplate(page);
 * result.title; // 'Ministry warns of parcel scams'
 * result.body; // 'The ministry said on Tuesday … report them.\n\nOfficials said … the matter.'
 * result.blocks.map((b) => b.reason ?? b.kind);
 * // ['navigation', 'title', 'share', 'content', 'content', 'comments', 'outside']
 *
 * const html = '<html><head><meta property="og:title" content="Ministry warns of parcel scams">' +
 *   '<meta property="article:published_time" content="2025-05-19T08:00:00Z"></head><body>' +
 *   '<nav><a href="/">Home</a></nav><article><h1>Ministry warns of parcel scams</h1>' +
 *   '<p>The ministry said on Tuesday that it had found several parcels &amp; letters used to carry out scams.</p>' +
 *   '</article><footer>© 2025 Daily</footer></body></html>';
 * const fromHtml = stripBoilerplate(html);
 * fromHtml.title; // 'Ministry warns of parcel scams'
 * fromHtml.published; // '2025-05-19'
 * fromHtml.body; // 'The ministry said on Tuesday that it had found several parcels & letters used to carry out scams.'
 * ```
 */
export function stripBoilerplate(text: string, options?: StripBoilerplateOptions): BoilerplateResult {
  assertText('stripBoilerplate', 'text', text);
  assertOptions('stripBoilerplate', options);
  const { title, published, body, blocks } = stripWithoutLanguage(text, options);
  return { title, published, language: bodyLanguage(body), body, blocks };
}

/**
 * {@link stripBoilerplate}, plus the input with everything but the body blanked out (same
 * length, offsets unchanged), for the one parse of {@link analyze}. For plain text the body's
 * characters stay where they are; for HTML, tags become spaces and an entity's source holds its
 * decoded text.
 *
 * @param text - The page (already checked to be a string).
 * @param options - See {@link StripBoilerplateOptions}.
 * @returns The result and the masked input.
 * @internal
 *
 * @example
 * ```ts
 * stripForAnalysis('<p>A &amp; B</p>').masked; // '   A &    B\n   '
 * ```
 */
export function stripForAnalysis(
  text: string,
  options?: StripBoilerplateOptions,
): { readonly result: BoilerplateResult; readonly masked: string } {
  const stripped = stripWithoutLanguage(text, options);
  const { title, published, body, blocks } = stripped;
  const result = { title, published, language: bodyLanguage(body), body, blocks };
  return { result, masked: stripped.bodyMask ? stripped.bodyMask() : maskOutsideBody(text, blocks) };
}

/**
 * {@link stripBoilerplate} without the body's language, for callers that only need the blocks
 * (copy detection compares articles in any language and never reads it; language identification
 * is a large share of the cost on short pages).
 *
 * @param text - The page's text (already checked to be a string).
 * @param options - See {@link StripBoilerplateOptions}.
 * @returns Everything {@link stripBoilerplate} returns but `language`.
 * @internal
 *
 * @example
 * ```ts
 * stripWithoutLanguage('Menu\nHome\n\nThe article says a great many things at some length here.').blocks;
 * ```
 */
export function stripWithoutLanguage(
  text: string,
  options?: StripBoilerplateOptions,
): Omit<BoilerplateResult, 'language'> & { readonly bodyMask?: () => string } {
  const format = options?.format ?? 'auto';
  const html = format === 'html' || (format === 'auto' && detectFormat(text) === 'html');
  return html ? stripHtml(text, options) : stripText(text, options);
}
