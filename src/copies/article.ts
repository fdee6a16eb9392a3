/**
 * The default `body` of copy detection: the article as boilerplate stripping sees it, so that two
 * pages are compared by their articles, not by the navigation, banners and teasers around them.
 *
 * @module
 */
import { stripBoilerplate, stripWithoutLanguage } from '../boilerplate/index.js';
import type { TextRange } from './types.js';

/**
 * The ranges of `text` that {@link stripBoilerplate} keeps as the article (content and section
 * headings). When nothing is kept (a text too short or too odd to judge), the whole text is
 * compared rather than nothing.
 *
 * @param text - Any string.
 * @returns Half-open UTF-16 ranges into `text`, in order.
 *
 * @example
 * ```ts
 * import { articleRanges } from 'copydesk';
 *
 * articleRanges('Menu\nHome\n\nThe article says a great many things at some length here.');
 * // [{ start: 11, end: 70 }]
 * ```
 */
export function articleRanges(text: string): TextRange[] {
  return readArticle(text).ranges;
}

/**
 * The article's ranges (as {@link articleRanges}) and the publication date the page states
 * before it (`YYYY-MM-DD`, or null), from one pass of boilerplate stripping.
 *
 * @internal
 */
export function readArticle(text: string): {
  ranges: TextRange[];
  published: string | null;
  /** For an HTML page: the page with all but the article's visible text blanked, same offsets. */
  visible: string | null;
} {
  const ranges: TextRange[] = [];
  // The blocks only: the body's language is never read here.
  const stripped = stripWithoutLanguage(text);
  for (const block of stripped.blocks) {
    if (block.kind === 'content' || block.kind === 'heading')
      ranges.push({ start: block.start, end: block.end });
  }
  return {
    ranges: ranges.length > 0 ? ranges : [{ start: 0, end: text.length }],
    published: stripped.published,
    visible: ranges.length > 0 && stripped.bodyMask ? stripped.bodyMask() : null,
  };
}
