/**
 * Boilerplate stripping: from the plain text of a whole web page (a browser copy or an
 * HTML-to-text dump), the article's body, title and date, with a decision and a reason for
 * every line.
 *
 * @module
 */
import { assertOptions, assertText } from '../input.js';
import { detectLanguage, detectScript } from '../language/index.js';
import { CYRILLIC_LANGUAGES, ENGLISH_FUNCTION_WORDS, LATIN_LANGUAGES } from './data/languages.js';
import { decideLines, type LineDecision, type MeasuredLine, measure, type PassOptions } from './decide.js';
import { type Line, splitLines } from './lines.js';
import type { Block, BoilerplateResult, StripBoilerplateOptions } from './types.js';

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
  const script = detectScript(sample).script;
  const english = script === 'Latin' && englishShare(sample) >= ENGLISH_SHARE;
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
  let words = 0;
  let english = 0;
  for (const match of sample.toLowerCase().matchAll(LATIN_WORD)) {
    words++;
    if (ENGLISH_FUNCTION_WORDS.has(match[0])) english++;
  }
  return words === 0 ? 0 : english / words;
}

const LATIN_WORD = /[a-z\u00c0-\u024f']+/g;

/** Passes after which stripping stops even if the body still shrinks (it settles in two). */
const MAX_PASSES = 8;

function isKept(decision: LineDecision): boolean {
  return decision.kind === 'content' || decision.kind === 'heading';
}

function isSpaceCode(code: number): boolean {
  return (
    code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x3000 || (code >= 0x2000 && code <= 0x200b)
  );
}

/**
 * Finds the article in the plain text of a web page: its body, headline and date, and the
 * decision taken on every non-blank line with the reason for each dropped one.
 *
 * Each line is measured on its own (length, share of function words compared with the page's
 * own long lines, punctuation, script, furniture wording), tables of contents and repeated lines
 * are marked, and the densest run of article text is kept; inside it headings and list items
 * stay, while furniture and headlines of other stories go. The body is a fixed point:
 * `stripBoilerplate(result.body).body === result.body`. Linear in the length of the text, no
 * tokenizer involved.
 *
 * @param text - The page's text; any string.
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
 * ```
 */
export function stripBoilerplate(text: string, options?: StripBoilerplateOptions): BoilerplateResult {
  assertText('stripBoilerplate', 'text', text);
  assertOptions('stripBoilerplate', options);
  const stripped = stripWithoutLanguage(text, options);
  return { ...stripped, language: bodyLanguage(stripped.body) };
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
): Omit<BoilerplateResult, 'language'> {
  const passOptions: PassOptions = {
    keepFaq: options?.keepFaq ?? true,
    keepKeyPoints: options?.keepKeyPoints ?? true,
    minScore: options?.minScore ?? 0,
  };
  const lines = splitLines(text);
  const final: LineDecision[] = [];
  const cuts = new Array<number>(lines.length).fill(0);
  let title: string | null = null;
  let published: string | null = null;

  let current: MeasuredLine[] = lines.map((line, index) => measure(line.text, line.start, line.end, index));
  for (let pass = 0; pass < MAX_PASSES && current.length > 0; pass++) {
    const result = decideLines(current, passOptions, true);
    if (pass === 0) {
      result.decisions.forEach((decision, i) => {
        final[i] = decision;
      });
      if (result.title >= 0) title = (current[result.title] as MeasuredLine).text;
      published = result.published;
    }
    const next: MeasuredLine[] = [];
    let changed = false;
    current.forEach((candidate, i) => {
      const decision = result.decisions[i] as LineDecision;
      if (!isKept(decision)) {
        if (pass > 0) {
          // A later pass only ever drops lines; a title found there is a dropped line too.
          final[candidate.index] =
            decision.kind === 'title'
              ? { kind: 'boilerplate', reason: 'short', score: decision.score }
              : decision;
        }
        changed = true;
        return;
      }
      const cut = result.prefixes.get(i) ?? 0;
      if (cut === 0) {
        next.push(candidate);
        return;
      }
      let start = candidate.start + cut;
      while (start < candidate.end && isSpaceCode(text.charCodeAt(start))) start++;
      cuts[candidate.index] = start - (lines[candidate.index] as Line).start;
      next.push(measure(text.slice(start, candidate.end), start, candidate.end, candidate.index));
      changed = true;
    });
    current = next;
    if (!changed) break;
  }

  const blocks: Block[] = [];
  const bodyParts: string[] = [];
  lines.forEach((line, i) => {
    const decision = final[i] as LineDecision;
    const cut = cuts[i] ?? 0;
    let start = line.start;
    if (cut > 0) {
      let prefixEnd = line.start + cut;
      while (prefixEnd > line.start && isSpaceCode(text.charCodeAt(prefixEnd - 1))) prefixEnd--;
      if (prefixEnd > line.start) {
        blocks.push({
          text: text.slice(line.start, prefixEnd),
          start: line.start,
          end: prefixEnd,
          kind: 'boilerplate',
          reason: 'metadata',
          score: 0,
        });
      }
      start = line.start + cut;
    }
    const block: Block =
      decision.reason === undefined
        ? {
            text: text.slice(start, line.end),
            start,
            end: line.end,
            kind: decision.kind,
            score: decision.score,
          }
        : {
            text: text.slice(start, line.end),
            start,
            end: line.end,
            kind: decision.kind,
            reason: decision.reason,
            score: decision.score,
          };
    blocks.push(block);
    if (isKept(decision)) bodyParts.push(block.text);
  });
  const body = bodyParts.join('\n\n');
  return { title, published, body, blocks };
}
