/**
 * Result and option types of {@link stripBoilerplate}.
 *
 * @module
 */
import type { LanguageCode } from '../types.js';

/**
 * What a block of the page turned out to be.
 *
 * - `title`: the article's headline (not part of the body).
 * - `heading`: a section heading inside the article (kept in the body).
 * - `content`: a paragraph or list item of the article (kept in the body).
 * - `boilerplate`: page furniture (dropped; `reason` says why).
 *
 * @example
 * ```ts
 * const kind: BlockKind = 'heading';
 * ```
 */
export type BlockKind = 'title' | 'heading' | 'content' | 'boilerplate';

/**
 * Why a block was dropped. One of:
 *
 * - `navigation`: menus, section lists, "Skip to main content", sign-in links.
 * - `promo`: app banners, newsletter and subscription prompts, advertisements.
 * - `comments`: a comment section (its heading, the comments, reply links).
 * - `related`: "related" / "most read" / "popular posts" lists and teaser headlines, including
 *   an unrelated headline dropped between two paragraphs of the article.
 * - `toc`: a table of contents.
 * - `foreign-script`: a line in another writing system than the article.
 * - `repeated`: a line that already stood earlier on the page (a repeated title, a menu twice).
 * - `credits`: photo, video and production credits.
 * - `metadata`: bylines, dates, reading times, tags.
 * - `share`: share buttons and prompts.
 * - `legal`: copyright, cookie and privacy notices.
 * - `short`: a short line with nothing article-like about it.
 * - `outside`: a text line that lies outside the article's region of the page (teasers, bios,
 *   footers written as prose).
 * - `low-score`: a line inside the article's region whose score is under `minScore`.
 * - `supplement`: a template-added FAQ or key-point section, dropped because the options ask so.
 *
 * @example
 * ```ts
 * const reason: BlockReason = 'navigation';
 * ```
 */
export type BlockReason =
  | 'navigation'
  | 'promo'
  | 'comments'
  | 'related'
  | 'toc'
  | 'foreign-script'
  | 'repeated'
  | 'credits'
  | 'metadata'
  | 'share'
  | 'legal'
  | 'short'
  | 'outside'
  | 'low-score'
  | 'supplement';

/**
 * One non-blank line of the input (in HTML mode, one visible line: a paragraph, heading, list
 * item, table cell or `<br>`-separated line) and the decision taken on it.
 *
 * @example
 * ```ts
 * const block: Block = {
 *   text: 'Skip to main content',
 *   start: 0,
 *   end: 20,
 *   kind: 'boilerplate',
 *   reason: 'navigation',
 *   score: 0.05,
 * };
 * ```
 */
export interface Block {
  /**
   * The block's text exactly as it stands in the input, without surrounding white space (and,
   * for a first paragraph that opens with a metadata prefix such as `date 2025-05-19`, without
   * that prefix: the prefix is reported as a separate `metadata` block).
   *
   * In HTML mode it is the text a reader sees: entities decoded, inline tags removed, white space
   * collapsed; `start`/`end` then span its source, from the first visible character to the last,
   * so `input.slice(start, end)` is the block's markup, not `text`.
   */
  readonly text: string;
  /** UTF-16 offset of the block's first character in the input. */
  readonly start: number;
  /** UTF-16 offset after the block's last character in the input. */
  readonly end: number;
  /** What the block is; `heading` and `content` blocks make up the body. */
  readonly kind: BlockKind;
  /** Why a `boilerplate` block was dropped; absent on kept blocks and on the title. */
  readonly reason?: BlockReason;
  /**
   * How article-like the line is on its own, 0..1, from its length, its share of function words
   * (measured against the page's own long lines) and its punctuation. Context decides the rest:
   * a short heading scores low and is still kept inside the article.
   */
  readonly score: number;
}

/**
 * What {@link stripBoilerplate} returns.
 *
 * @example
 * ```ts
 * const result: BoilerplateResult = {
 *   title: 'How China recruits its spies in the U.S.',
 *   published: null,
 *   language: 'eng',
 *   body: "China's main spy agency…",
 *   blocks: [],
 * };
 * ```
 */
export interface BoilerplateResult {
  /** The article's headline, or null when the page shows none before the article. */
  readonly title: string | null;
  /** The article's date as ISO `YYYY-MM-DD` when the page states it, else null. */
  readonly published: string | null;
  /** ISO 639-3 code of the body's language (`detectLanguage` on the body), or `'und'`. */
  readonly language: LanguageCode;
  /**
   * The article: the text of the kept `heading` and `content` blocks, in page order, joined by a
   * blank line. Empty when nothing article-like was found.
   */
  readonly body: string;
  /** Every non-blank line of the input, in order, with its decision. */
  readonly blocks: readonly Block[];
}

/**
 * Options for {@link stripBoilerplate}.
 *
 * @example
 * ```ts
 * const options: StripBoilerplateOptions = { keepFaq: false, keepKeyPoints: false, minScore: 0 };
 * ```
 */
export interface StripBoilerplateOptions {
  /**
   * What the input is. `'auto'` takes it as HTML when it opens with a doctype, a comment or a
   * tag, or holds `<html`, `<head` or `<body` in its first 4 KB; as plain text otherwise.
   *
   * @default 'auto'
   */
  readonly format?: 'auto' | 'html' | 'text';
  /**
   * Keep a "Frequently asked questions" section that follows the article (often added by a page
   * template). When false, the section's heading and everything after it in the article are
   * dropped with reason `supplement`.
   *
   * @default true
   */
  readonly keepFaq?: boolean;
  /**
   * Keep "Key points" / "Key takeaways" / "Summary" sections and key-point tables that follow
   * the article. When false they are dropped with reason `supplement`.
   *
   * @default true
   */
  readonly keepKeyPoints?: boolean;
  /**
   * Lines inside the article's region whose score is below this are dropped (reason
   * `low-score`). Headings and list items are judged by their neighbours, not by this score;
   * raise it (e.g. to 0.3) for a stricter body with fewer captions and bylines.
   *
   * @default 0
   */
  readonly minScore?: number;
}
