/**
 * What the markup alone decides about each line, before the text rules: furniture elements
 * (their cue, unless the element wraps the article), lines outside the one `article`/`main`
 * container that holds most of the prose, and link lists. Null for a line left to the text
 * rules.
 *
 * @module
 * @internal
 */
import type { BlockReason } from '../types.js';
import type { HtmlLine } from './parse.js';

/** How many enclosing cued elements or containers a line counts towards (bounds deep nesting). */
const CHAIN = 32;
/** A furniture cue is ignored when its element holds more than this share of the page's prose. */
const CUE_SHARE = 0.5;
/** Prose lines an element must hold to be taken as the article's wrapper. */
const WRAPPER_PARAGRAPHS = 3;
/** A container whose prose is at least this share of the page's is the article's. */
const MAIN_SHARE = 0.6;
/** Lines this long with no link text count as prose when weighing elements. */
const PROSE_LENGTH = 80;
/** Share of link text above which a line outside a paragraph is a link list entry. */
const LINK_SHARE = 0.6;

/** Characters of prose a line brings to the elements around it. */
export function proseChars(line: HtmlLine): number {
  const own = line.text.length - line.linkChars;
  return own >= PROSE_LENGTH ? own : 0;
}

/**
 * The markup's decision on every line (a reason to drop it, or null).
 *
 * @internal
 */
export function markupDecisions(lines: readonly HtmlLine[]): (BlockReason | null)[] {
  // How much prose each furniture element and each container holds.
  let total = 0;
  const cueMass = new Map<number, number>();
  const cueLines = new Map<number, number>();
  const containerMass = new Map<number, number>();
  for (const line of lines) {
    const prose = proseChars(line);
    if (prose === 0) continue;
    total += prose;
    let cue = line.cue;
    for (let d = 0; cue !== null && d < CHAIN; d++, cue = cue.parent) {
      cueMass.set(cue.id, (cueMass.get(cue.id) ?? 0) + prose);
      cueLines.set(cue.id, (cueLines.get(cue.id) ?? 0) + 1);
    }
    let container = line.container;
    for (let d = 0; container !== null && d < CHAIN; d++, container = container.parent)
      containerMass.set(container.id, (containerMass.get(container.id) ?? 0) + prose);
  }
  let main = -1;
  let mainMass = 0;
  for (const [id, mass] of containerMass) {
    if (mass > mainMass) {
      main = id;
      mainMass = mass;
    }
  }
  if (mainMass < MAIN_SHARE * total) main = -1;
  const inMain = (line: HtmlLine): boolean => {
    let container = line.container;
    for (let d = 0; container !== null && d < CHAIN; d++, container = container.parent)
      if (container.id === main) return true;
    return false;
  };

  // A cued element around most of the prose, in several paragraphs, is a wrapper of the article.
  const holdsTheArticle = (id: number): boolean =>
    (cueMass.get(id) ?? 0) > CUE_SHARE * total && (cueLines.get(id) ?? 0) >= WRAPPER_PARAGRAPHS;

  return lines.map((line) => {
    const cue = line.cue;
    if (cue !== null && !holdsTheArticle(cue.id)) return cue.reason;
    if (main >= 0 && !inMain(line)) return 'outside';
    if (line.tag !== 'p' && line.linkChars > LINK_SHARE * line.text.length) return 'navigation';
    return null;
  });
}
