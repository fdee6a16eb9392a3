/**
 * One place that turns a caller's text into a profile, honouring the `body` option.
 *
 * @module
 * @internal
 */
import { articleRanges, readArticle } from './article.js';
import { type Profile, profileText } from './features.js';
import { scanRanges, scanText } from './tokens.js';
import type { TextRange } from './types.js';

/**
 * The profile of the ranges `body(text)` picks out: by default the article that boilerplate
 * stripping keeps; `null` compares the whole text.
 */
export function profileOf(
  text: string,
  body: ((text: string) => readonly TextRange[]) | null = articleRanges,
): DatedProfile {
  if (body === null) return { ...profileText(text, scanText(text)), published: null };
  if (body === articleRanges) {
    // The default body: one pass of boilerplate stripping gives the ranges and the stated date.
    const article = readArticle(text);
    // An HTML page is read from its visible text (tags, scripts and styles blanked at the same
    // offsets), so words come from what a reader sees and spans still index the HTML (their text
    // is the visible text, as in boilerplate stripping's HTML mode).
    const visible = article.visible ?? text;
    return { ...profileText(visible, scanRanges(visible, article.ranges)), published: article.published };
  }
  if (typeof body !== 'function') {
    throw new TypeError(`copydesk: copies: expected options.body to be a function, got ${typeof body}`);
  }
  const ranges = body(text);
  if (!Array.isArray(ranges)) {
    throw new TypeError(
      'copydesk: copies: expected options.body to return an array of { start, end } ranges',
    );
  }
  return { ...profileText(text, scanRanges(text, ranges)), published: null };
}

/** A profile with the publication date its page states (null when none, or with a custom body). */
export interface DatedProfile extends Profile {
  readonly published: string | null;
}
