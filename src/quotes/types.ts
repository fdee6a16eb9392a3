/**
 * The result types of {@link extractQuotes}.
 *
 * @module
 */
import type { LanguageCode, Span } from '../types.js';

/**
 * What sort of quotation a {@link Quote} is.
 *
 * - `direct`: a full quoted statement (`"It's hard," Lewis said.`).
 * - `partial`: a quoted fragment inside the writer's own sentence (`described it as "the biggest
 *   operation"`).
 * - `nested`: a quote inside a quote (`"Students tell me, 'I couldn't talk.'"`).
 *
 * @example
 * ```ts
 * const kind: QuoteKind = 'partial';
 * ```
 */
export type QuoteKind = 'direct' | 'partial' | 'nested';

/**
 * How a speaker was found.
 *
 * - `cue`: the subject or object of the speech verb next to the quote (`Lewis said`, `said Lewis`,
 *   `according to Lewis`), or a phrase before it that names whose words they are (`in Lewis's
 *   words,`, `From the report:`, `Here's Lewis in 1992:`, an interview's `LEWIS:`).
 * - `pronoun`: the cue names a pronoun (`he said`), resolved to the most recent named speaker or
 *   sentence subject.
 * - `apposition`: the name stands in an apposition of the cue's subject (`The spokesperson, Mao
 *   Ning, remarked`) or the description was tied to a name by one earlier in the text.
 * - `previous-quote`: no cue; the speaker of the previous quote (the second half of a split quote, a
 *   quote-only paragraph).
 * - `paragraph-context`: no cue; the last person the text reported as speaking (`Lewis told 60
 *   Minutes that…`) before the quote.
 *
 * @example
 * ```ts
 * const via: SpeakerVia = 'pronoun';
 * ```
 */
export type SpeakerVia = 'cue' | 'pronoun' | 'apposition' | 'previous-quote' | 'paragraph-context';

/**
 * Who said a quote. The span (`text`, `start`, `end`) is the mention of the speaker nearest the
 * quote (`Lewis`, `he`, `the spokesperson`); `name` is the fullest form the text uses for that
 * person or body.
 *
 * @example
 * ```ts
 * const speaker: Speaker = { name: 'Jim Lewis', text: 'he', start: 2210, end: 2212, via: 'pronoun' };
 * ```
 */
export interface Speaker extends Span {
  /**
   * The fullest name the text uses for the speaker (`Lewis` → `Jim Lewis`, `he` → `Jim Lewis`),
   * without titles (`Sen.`, `spokesman`); for an unnamed speaker, the description as written
   * without its article (`campaign spokesman`).
   */
  readonly name: string;
  /** How the speaker was found. */
  readonly via: SpeakerVia;
}

/**
 * One quotation, with who said it and the words that introduced it.
 *
 * @example
 * ```ts
 * const quote: Quote = {
 *   text: 'Money works like a charm,',
 *   start: 2718,
 *   end: 2743,
 *   kind: 'direct',
 *   speaker: { name: 'Jim Lewis', text: 'Lewis', start: 2745, end: 2750, via: 'cue' },
 *   cue: { text: 'said', start: 2751, end: 2755 },
 *   continues: false,
 * };
 * ```
 */
export interface Quote extends Span {
  /**
   * The quoted words without the quotation marks. A quote that runs on over several paragraphs
   * (each reopened with a mark) is one quote: its text then holds the line breaks and the
   * reopening marks between the paragraphs.
   */
  readonly text: string;
  /** Whether this is a full statement, a fragment in the writer's sentence, or a quote in a quote. */
  readonly kind: QuoteKind;
  /** Who said it, or null when the text does not say. */
  readonly speaker: Speaker | null;
  /** The verb or phrase that introduced it (`said`, `told`, `according to`), or null. */
  readonly cue: Span | null;
  /**
   * Whether this quote carries on the words of the quote before it: the same named speaker, the
   * same paragraph, and nothing between the two but the attribution's sentence.
   * `"I think," she said, "we should go."` and `"We tried," Ruiz said. "It failed."` each come
   * back as two quotes, the second with `continues: true`; join such pieces to read the
   * statement whole. A `partial` quote continues only a `partial` one of the same speaker that
   * a conjunction alone joins it to (`warned that "the dam is failing" because "nobody paid"`);
   * always false for `nested` quotes.
   */
  readonly continues: boolean;
}

/**
 * Options for {@link extractQuotes}.
 *
 * @example
 * ```ts
 * const options: ExtractQuotesOptions = { allQuoted: true, language: 'eng' };
 * ```
 */
export interface ExtractQuotesOptions {
  /**
   * Also return quoted terms and scare quotes (a quoted noun of one to three words such as the
   * "honeypot" strategy) and quoted titles, which are not speech. They come back as `partial`
   * quotes.
   *
   * @default false
   */
  readonly allQuoted?: boolean;
  /**
   * The language of the text. The rules are English-only: with `'auto'` the language is detected
   * (see `detectLanguage`) and a text confidently identified as another language gives `[]`
   * instead of guesses. Pass `'eng'` to skip detection when you know the text is English; any
   * other code gives `[]`.
   *
   * @default 'auto'
   */
  readonly language?: LanguageCode | 'auto';
  /**
   * Return the quotes of these kinds only.
   *
   * @default ['direct', 'partial', 'nested']
   */
  readonly kinds?: readonly QuoteKind[];
}
