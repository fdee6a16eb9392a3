/**
 * Embedded posts: a post quoted in the article prints its text, then its attribution ("— Jane
 * Doe (@jane) November 18, 2019"). Its text often ends in a link rather than a full stop, so it
 * weighs little and the densest region can stop just before a post that closes the article.
 *
 * @module
 * @internal
 */
import type { LineVerdict } from './classify.js';
import { findDate } from './published.js';

/** Lines of a post's text between the region's end and its attribution, at most. */
const MAX_POST_LINES = 3;

/** Whether a line attributes an embedded post: a dash, a name, a handle in brackets and a date. */
export function isPostAttribution(text: string): boolean {
  const first = text.charCodeAt(0);
  if (first !== 0x2014 && first !== 0x2013 && first !== 0x2d) return false;
  if (text.length > 120 || text.charCodeAt(1) !== 0x20) return false;
  return text.includes('(@') && findDate(text) !== null;
}

/**
 * Extends the region over embedded posts that follow it: up to the attribution of a post whose
 * text (a few lines, none of them furniture) starts right after the region.
 */
export function extendOverPosts(
  region: { first: number; end: number },
  lines: readonly { readonly text: string }[],
  verdicts: readonly LineVerdict[],
): { first: number; end: number } {
  if (region.end <= region.first) return region;
  let end = region.end;
  for (;;) {
    let attribution = -1;
    for (let i = end; i < lines.length && i <= end + MAX_POST_LINES; i++) {
      if (i > end && isPostAttribution((lines[i] as { text: string }).text)) {
        attribution = i;
        break;
      }
      if ((verdicts[i] as LineVerdict).lineClass === 'bad') break;
    }
    if (attribution < 0) break;
    end = attribution + 1;
  }
  return end > region.end ? { first: region.first, end } : region;
}
