/**
 * The article's root element: the deepest block element that holds nearly all of the page's
 * prose once furniture is set aside. The text rules choose the article's region line by line and
 * can stop at a table or a list inside the article; the root says where the article's markup
 * really ends.
 *
 * @module
 * @internal
 */
import type { BlockElement, HtmlLine } from './parse.js';

/** How many enclosing elements a line counts towards (bounds deep nesting). */
const CHAIN = 64;
/** Share of the prose the root holds. */
const ROOT_SHARE = 0.8;

/**
 * Id of the root element, or -1 when no element below the page's top holds enough prose.
 * `prose[i]` is the prose weight of line `i` (0 for furniture).
 */
export function findArticleRoot(lines: readonly HtmlLine[], prose: readonly number[]): BlockElement | null {
  const mass = new Map<number, number>();
  const nodes = new Map<number, BlockElement>();
  let total = 0;
  lines.forEach((line, i) => {
    const weight = prose[i] ?? 0;
    if (weight === 0) return;
    total += weight;
    let element = line.element;
    for (let d = 0; element !== null && d < CHAIN; d++, element = element.parent) {
      mass.set(element.id, (mass.get(element.id) ?? 0) + weight);
      nodes.set(element.id, element);
    }
  });
  let root: BlockElement | null = null;
  for (const [id, weight] of mass) {
    if (weight < ROOT_SHARE * total) continue;
    const element = nodes.get(id) as BlockElement;
    if (root === null || element.depth > root.depth) root = element;
  }
  return root;
}

/** Whether `line` stands inside `root`. */
export function isInside(line: HtmlLine, root: BlockElement): boolean {
  let element = line.element;
  for (let d = 0; element !== null && d < CHAIN; d++, element = element.parent) {
    if (element.id === root.id) return true;
    if (element.depth < root.depth) return false;
  }
  return false;
}
