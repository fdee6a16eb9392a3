/**
 * The headline's line in an HTML page: the line that prints the headline the metadata states
 * (JSON-LD, OpenGraph, Twitter card), preferring an `<h1>`; without such metadata, the `<h1>` or
 * `<h2>` that the document `<title>` begins with or contains (titles add the site's name).
 *
 * @module
 * @internal
 */
import type { StatedArticle } from './metadata.js';
import type { HtmlLine } from './parse.js';

/** Words compared for the headline: letters and digits, lower case. */
export function headlineKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Shortest headline key matched by containment (shorter keys would match by chance). */
const MIN_CONTAINED = 12;

/** Index of the headline's line, or -1. */
export function findTitleLine(lines: readonly HtmlLine[], stated: StatedArticle): number {
  const statedKey = stated.headline ? headlineKey(stated.headline) : '';
  if (statedKey === '') return -1;
  let exact = -1;
  let contained = -1;
  // A line much longer than the stated headline can neither equal it nor be contained in it.
  const longest = (stated.headline?.length ?? 0) * 2 + 20;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as HtmlLine;
    const h1 = line.tag === 'h1';
    if (line.text.length > longest) continue;
    const key = headlineKey(line.text);
    if (key.length < 3) continue;
    if (!stated.headlineFromDocumentTitle && key === statedKey) {
      if (h1) return i;
      if (exact < 0) exact = i;
      continue;
    }
    const heading = h1 || line.tag === 'h2';
    if (heading && key.length >= MIN_CONTAINED && statedKey.includes(key)) {
      if (h1 && (contained < 0 || (lines[contained] as HtmlLine).tag !== 'h1')) contained = i;
      else if (contained < 0) contained = i;
    }
  }
  return exact >= 0 ? exact : contained;
}
