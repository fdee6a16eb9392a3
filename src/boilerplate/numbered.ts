/**
 * Numbered lists: five or more lines in a row that open with consecutive numbers ("1a etapa: 10
 * de março – Interlagos", "2. Results", "3) …"). A page numbers the rows of its own content (a
 * calendar, a ranking, steps); menus and teaser lists are not numbered in a run. Their short
 * lines would otherwise pull the article's region away from them, so that a page whose article
 * is such a list loses it to a sidebar of prose.
 *
 * @module
 * @internal
 */

import { isAsciiDigit } from '../chars.js';
import type { LineVerdict } from './classify.js';
import type { LineFeatures } from './features.js';

/** Lines in a run of consecutive numbers for it to count as a list. */
const MIN_ITEMS = 5;
/** Words an item needs besides its number (a pager's "1", "2", "3" is not a list). */
const MIN_ITEM_WORDS = 3;

/** The number a line opens with (one to three digits not followed by more of a number), or -1. */
function openingNumber(text: string): number {
  let n = 0;
  let i = 0;
  while (i < text.length && i < 3) {
    const code = text.charCodeAt(i);
    if (code < 0x30 || code > 0x39) break;
    n = n * 10 + (code - 0x30);
    i++;
  }
  if (i === 0) return -1;
  const next = text.charCodeAt(i);
  // "10.5 million" or "3,000 people" or "2019": a quantity, not an item number.
  if (next >= 0x30 && next <= 0x39) return -1;
  if ((next === 0x2e || next === 0x2c || next === 0x3a) && isAsciiDigit(text.charCodeAt(i + 1))) return -1;
  return n;
}

/** Whether line `i` can be a list item: words besides its number, and no furniture by its wording. */
function isItem(features: readonly LineFeatures[], verdicts: readonly LineVerdict[], i: number): boolean {
  const v = verdicts[i] as LineVerdict;
  return (
    (features[i] as LineFeatures).words >= MIN_ITEM_WORDS + 1 &&
    (v.lineClass !== 'bad' || v.reason === 'metadata' || v.reason === 'repeated')
  );
}

/**
 * Gives the items of every numbered list on the page the weight of prose (their length), unless
 * their wording marks them as furniture. Changes `weights` in place.
 */
export function weighNumberedLists(
  weights: number[],
  lines: readonly { readonly text: string }[],
  features: readonly LineFeatures[],
  verdicts: readonly LineVerdict[],
): void {
  let i = 0;
  while (i < lines.length) {
    const first = openingNumber((lines[i] as { text: string }).text);
    if (first < 0 || !isItem(features, verdicts, i)) {
      i++;
      continue;
    }
    let end = i + 1;
    while (
      end < lines.length &&
      isItem(features, verdicts, end) &&
      openingNumber((lines[end] as { text: string }).text) === first + (end - i)
    )
      end++;
    if (end - i >= MIN_ITEMS) {
      for (let k = i; k < end; k++)
        weights[k] = Math.max(weights[k] as number, (features[k] as LineFeatures).length);
    }
    i = end;
  }
}
