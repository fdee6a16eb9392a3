/**
 * The article's text as the metadata states it (JSON-LD `articleBody`, or the page description
 * when the markup and text rules found no article at all) taken as one more signal: a line the
 * rules dropped for its place or length comes back when the stated text contains it, and with it
 * the other lines of the same element (the rest of a `<br>`-separated list the description cut
 * short). Never trusted blindly: furniture markup still wins, and only lines of some length are
 * matched.
 *
 * @module
 * @internal
 */
import type { HtmlLine } from './parse.js';

/** Lines shorter than this are not looked up (too many would match by chance). */
const MIN_LINE = 15;
/** Characters of stated text searched (bounds the work on a page with a huge JSON-LD body). */
const MAX_STATED = 50_000;
/** Lines looked up at most. */
const MAX_LOOKUPS = 2_000;

/**
 * Indices among `candidates` that the stated text supports, and how many of them it quotes
 * (the others share an element with a quoted one).
 */
export function linesInStatedText(
  lines: readonly HtmlLine[],
  candidates: readonly number[],
  stated: string,
): { readonly lines: Set<number>; readonly matched: number } {
  const text = stated.length > MAX_STATED ? stated.slice(0, MAX_STATED) : stated;
  const found = new Set<number>();
  const elements = new Set<number>();
  let lookups = 0;
  for (const i of candidates) {
    const line = lines[i] as HtmlLine;
    if (line.text.length < MIN_LINE || lookups++ >= MAX_LOOKUPS) continue;
    if (text.includes(line.text)) {
      found.add(i);
      if (line.element !== null) elements.add(line.element.id);
    }
  }
  const matched = found.size;
  for (const i of candidates) {
    const element = (lines[i] as HtmlLine).element;
    if (element !== null && elements.has(element.id)) found.add(i);
  }
  return { lines: found, matched };
}
