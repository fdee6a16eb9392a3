/**
 * Lists the article introduces with a colon ("The tour dates:"): their short lines pull the
 * region's weight down, so the densest region stops before them.
 *
 * @module
 * @internal
 */
import type { LineVerdict } from './classify.js';
import type { PhraseMatch } from './phrases.js';
import type { BlockReason } from './types.js';

/** What the list step needs of a line. */
interface TextLine {
  readonly text: string;
  /** The furniture phrase the line matched, if any. */
  readonly phrase: PhraseMatch | null;
}

/** Longest list taken in after a colon. */
const MAX_LIST_ITEMS = 200;

/**
 * Reasons for which a line without furniture wording is furniture by its shape alone, which
 * list items share: a price or a date (`metadata`), a feature printed under several products
 * (`repeated`, `toc`).
 */
const ITEM_SHAPES: ReadonlySet<BlockReason> = new Set<BlockReason>(['metadata', 'repeated', 'toc']);

/**
 * A list the article introduces with a colon ("The tour dates:") right at the region's end is
 * part of the article: its short lines pull the region's weight down, so Kadane stops before
 * them. Extends the region over the short lines that follow such a line, up to the first
 * furniture line or paragraph of prose (prose would already be in the region if it belonged).
 */
export function extendOverList(
  region: { first: number; end: number },
  lines: readonly TextLine[],
  verdicts: readonly LineVerdict[],
): { first: number; end: number } {
  if (region.end <= region.first) return region;
  // The introducing line: the region's last line or one of the three after it.
  let intro = -1;
  for (let i = region.end - 1; i < Math.min(lines.length, region.end + 3); i++) {
    const text = (lines[i] as TextLine).text;
    const v = verdicts[i] as LineVerdict;
    if (v.lineClass === 'bad') break;
    if (text.endsWith(':')) {
      intro = i;
      break;
    }
  }
  if (intro < 0) return region;
  let end = intro + 1;
  while (end < lines.length && end <= intro + MAX_LIST_ITEMS) {
    const v = verdicts[end] as LineVerdict;
    const line = lines[end] as TextLine;
    if (v.lineClass === 'bad' && (line.phrase !== null || !ITEM_SHAPES.has(v.reason))) break;
    if (v.lineClass === 'good' && (verdicts[end + 1] as LineVerdict | undefined)?.lineClass === 'good') break;
    end++;
  }
  return end > region.end ? { first: region.first, end } : region;
}
