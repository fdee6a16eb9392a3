/**
 * HTML mode of boilerplate stripping, top to bottom:
 *
 * 1. parse the page into visible lines with their markup ({@link parseHtml});
 * 2. drop the lines that furniture markup encloses (`nav`, `aside`, `footer`, `form`,
 *    `figcaption`, ARIA roles, class and id words such as `comment`, `related`, `share`), unless
 *    that element holds most of the page's prose in several paragraphs;
 * 3. when one `article`/`main` container holds most of the prose, drop what lies outside it;
 * 4. drop link lists (lines that are mostly link text, outside paragraphs);
 * 5. decide the remaining lines with the text rules (region, prose, headings, lists);
 * 6. drop what lies outside the article's root element, and take back inside it the prose,
 *    tables, lists and section headings the text rules left out ({@link findArticleRoot});
 * 7. take back the lines that the JSON-LD body (or, when the rules chose the wrong part of the
 *    page, the description) quotes ({@link linesInStatedText});
 * 8. take the title and date from the metadata when the page states them.
 *
 * @module
 * @internal
 */
import { isBodyBlock } from '../mask.js';
import { stripText } from '../text.js';
import type { Block, BlockKind, BlockReason, BoilerplateResult, StripBoilerplateOptions } from '../types.js';
import { markupDecisions, proseChars } from './furniture.js';
import { statedArticle } from './metadata.js';
import { type BlockElement, type HtmlLine, type Piece, parseHtml } from './parse.js';
import { findArticleRoot, isInside } from './root.js';
import { linesInStatedText } from './stated-text.js';
import { findTitleLine, headlineKey } from './title.js';

/** Source offset of offset `at` of a line's text (`side` says which end of a span it is). */
function sourceOffset(line: HtmlLine, at: number, side: 'start' | 'end'): number {
  const pieces = line.pieces;
  let lo = 0;
  let hi = pieces.length - 1;
  // The last piece that begins at or before `at` (for an end, strictly before).
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const piece = pieces[mid] as Piece;
    if (side === 'start' ? piece.at <= at : piece.at < at) lo = mid;
    else hi = mid - 1;
  }
  const piece = pieces[lo] as Piece;
  const into = at - piece.at;
  if (side === 'start') {
    if (into <= 0) return piece.start;
    return piece.exact && into < piece.end - piece.start ? piece.start + into : piece.end;
  }
  if (piece.exact && into < piece.end - piece.start) return piece.start + Math.max(into, 0);
  return piece.end;
}

/** A block, with `reason` only when there is one (the result type has no `reason: undefined`). */
function makeBlock(
  text: string,
  start: number,
  end: number,
  kind: BlockKind,
  reason: BlockReason | undefined,
  score: number,
): Block {
  return reason === undefined ? { text, start, end, kind, score } : { text, start, end, kind, reason, score };
}

/** Dropped lines the page description must quote to overrule the text rules. */
const DESCRIPTION_LINES = 3;
/** Tags of the lines of tables, lists and preformatted text. */
const STRUCTURE = new Set(['td', 'th', 'li', 'dd', 'dt', 'pre', 'tr', 'caption']);
/** Section headings inside an article (its `h1` is the headline). */
const SUBHEADINGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);
/** Longest section heading taken back. */
const MAX_SUBHEADING = 200;
/** Text-rule reasons that a line inside the article's root is taken back from. */
const RESCUABLE = new Set<BlockReason | undefined>(['outside', 'short', 'repeated', 'toc']);

/**
 * Keeps, inside the article's root, the lines the text rules dropped only for where or how short
 * they are: prose lines outside the text region, and table, list and preformatted lines between
 * the first and the last kept line.
 */
function rescueInsideRoot(
  lines: readonly HtmlLine[],
  markup: readonly (BlockReason | null)[],
  textBlocks: Map<number, Block[]>,
  root: BlockElement,
): void {
  /** The one dropped block of a line inside the root that may come back, if any. */
  const rescuable = (i: number): Block | null => {
    if (markup[i] !== null) return null;
    const blocks = textBlocks.get(i);
    if (blocks?.length !== 1) return null;
    const block = blocks[0] as Block;
    return block.kind === 'boilerplate' && RESCUABLE.has(block.reason) ? block : null;
  };
  const keep = (i: number, block: Block, kind: BlockKind): void => {
    textBlocks.set(i, [{ text: block.text, start: block.start, end: block.end, kind, score: block.score }]);
  };
  // Prose first: lines outside the root go, prose inside it comes back.
  lines.forEach((line, i) => {
    if (markup[i] !== null) return;
    if (!isInside(line, root)) {
      const dropped = (textBlocks.get(i) ?? []).map(
        (b): Block => (isBodyBlock(b) ? { ...b, kind: 'boilerplate', reason: 'outside' } : b),
      );
      textBlocks.set(i, dropped);
      return;
    }
    const block = rescuable(i);
    if (block?.reason === 'outside' && proseChars(line) > 0) keep(i, block, 'content');
  });
  // Then tables, lists and headings between the first and the last kept line.
  let first = -1;
  let last = -1;
  for (const [i, blocks] of textBlocks) {
    if (!blocks.some(isBodyBlock)) continue;
    if (first < 0 || i < first) first = i;
    if (i > last) last = i;
  }
  for (let i = first + 1; i < last; i++) {
    const line = lines[i] as HtmlLine;
    const block = rescuable(i);
    if (block === null || !isInside(line, root)) continue;
    if (STRUCTURE.has(line.tag)) keep(i, block, 'content');
    else if (SUBHEADINGS.has(line.tag) && line.text.length <= MAX_SUBHEADING) keep(i, block, 'heading');
  }
}

/**
 * Strips the HTML page `html` (see {@link stripBoilerplate}), without the body's language.
 *
 * @internal
 */
export function stripHtml(
  html: string,
  options?: StripBoilerplateOptions,
): Omit<BoilerplateResult, 'language'> & { readonly bodyMask: () => string } {
  const page = parseHtml(html);
  const stated = statedArticle(page.metadata);
  const lines = page.lines;

  // Markup decisions first; the text rules see only what markup leaves.
  const markup = markupDecisions(lines);

  const candidates: number[] = [];
  const virtual: string[] = [];
  const virtualStarts: number[] = [];
  let offset = 0;
  lines.forEach((line, i) => {
    if (markup[i] !== null) return;
    candidates.push(i);
    virtual.push(line.text);
    virtualStarts.push(offset);
    offset += line.text.length + 1;
  });
  const decided = stripText(virtual.join('\n'), options);

  // Text decisions, mapped back to the source.
  const textBlocks = new Map<number, Block[]>();
  let k = 0;
  for (const block of decided.blocks) {
    while (k + 1 < candidates.length && (virtualStarts[k + 1] as number) <= block.start) k++;
    const index = candidates[k] as number;
    const line = lines[index] as HtmlLine;
    const base = virtualStarts[k] as number;
    const start = sourceOffset(line, block.start - base, 'start');
    const end = sourceOffset(line, block.end - base, 'end');
    const mapped = makeBlock(block.text, start, end, block.kind, block.reason, block.score);
    const list = textBlocks.get(index);
    if (list) list.push(mapped);
    else textBlocks.set(index, [mapped]);
  }

  // Where the article's markup ends: its tables, lists and opening paragraph, which the text
  // rules can leave out of their region, come back.
  const root = findArticleRoot(
    lines,
    lines.map((line, i) => (markup[i] === null ? proseChars(line) : 0)),
  );
  if (root !== null) rescueInsideRoot(lines, markup, textBlocks, root);

  // The title: the headline the metadata states, where the page prints it.
  const titleLine = findTitleLine(lines, stated);

  // What the metadata states of the article's text brings back lines the rules dropped: the
  // JSON-LD body always; the description only when it quotes several dropped lines and no kept
  // one (the rules chose the wrong part of the page).
  const dropped = candidates.filter((i) => i !== titleLine && !(textBlocks.get(i) ?? []).some(isBodyBlock));
  let support = stated.articleBody ? linesInStatedText(lines, dropped, stated.articleBody) : null;
  if (support === null && stated.description) {
    const description = stated.description;
    const kept = candidates.filter((i) => (textBlocks.get(i) ?? []).some(isBodyBlock));
    const fromDescription = linesInStatedText(lines, dropped, description);
    const agrees = linesInStatedText(lines, kept, description).matched > 0;
    if (!agrees && fromDescription.matched >= DESCRIPTION_LINES) support = fromDescription;
  }
  for (const i of support?.lines ?? []) {
    const line = lines[i] as HtmlLine;
    textBlocks.set(i, [{ text: line.text, start: line.start, end: line.end, kind: 'content', score: 0 }]);
  }

  const blocks: Block[] = [];
  const body: string[] = [];
  const bodyLines: [HtmlLine, Block][] = [];
  let title: string | null = null;
  const titleKey = titleLine >= 0 ? headlineKey((lines[titleLine] as HtmlLine).text) : '';
  // A copy of the headline is at most this long (its key drops punctuation, never letters).
  const titleLength = titleLine >= 0 ? (lines[titleLine] as HtmlLine).text.length * 2 + 20 : 0;
  lines.forEach((line, i) => {
    const reason = markup[i];
    if (i === titleLine) {
      blocks.push(makeBlock(line.text, line.start, line.end, 'title', undefined, 0));
      title = line.text;
      return;
    }
    if (reason !== null && reason !== undefined) {
      blocks.push(makeBlock(line.text, line.start, line.end, 'boilerplate', reason, 0));
      return;
    }
    for (const block of textBlocks.get(i) ?? []) {
      if (block.kind === 'title' && titleLine >= 0) {
        blocks.push({ ...block, kind: 'boilerplate', reason: 'short' });
        continue;
      }
      if (
        titleKey !== '' &&
        isBodyBlock(block) &&
        block.text.length <= titleLength &&
        headlineKey(block.text) === titleKey
      ) {
        blocks.push({ ...block, kind: 'boilerplate', reason: 'repeated' });
        continue;
      }
      if (block.kind === 'title' && title === null) title = block.text;
      blocks.push(block);
      if (isBodyBlock(block)) {
        body.push(block.text);
        bodyLines.push([line, block]);
      }
    }
  });
  if (title === null && stated.headline && !stated.headlineFromDocumentTitle) title = stated.headline;
  return {
    title,
    published: stated.published ?? decided.published,
    body: body.join('\n\n'),
    blocks,
    bodyMask: () => maskBody(html, bodyLines),
  };
}

/** Characters converted to a string at once (an argument list of this size is safe everywhere). */
const CHUNK = 8192;
/** Spaces in a row from which the mask repeats a space instead of converting each one. */
const BLANK_RUN = 32;

/** Appends `codes[from, to)` to `parts` as strings. */
function pushCodes(parts: string[], codes: Uint16Array, from: number, to: number): void {
  // `apply` hands the typed array over as the argument list; a spread would walk it through the
  // iterator protocol, ten times slower. (The engines take any array-like there; the typings
  // ask for an array.)
  for (let i = from; i < to; i += CHUNK)
    parts.push(
      String.fromCharCode.apply(null, codes.subarray(i, Math.min(i + CHUNK, to)) as unknown as number[]),
    );
}

/**
 * `html` with everything but the visible text of the body's blocks blanked out: same length, tags
 * and furniture turned to spaces, an entity's source holding its decoded text followed by spaces,
 * and a line break after each block. A parse of it finds only the body, at offsets into `html`.
 */
function maskBody(html: string, bodyLines: readonly (readonly [HtmlLine, Block])[]): string {
  const codes = new Uint16Array(html.length).fill(0x20);
  // Where code units were written, as start and end pairs: everything else stays blank.
  const written: number[] = [];
  for (const [line, block] of bodyLines) {
    for (const piece of line.pieces) {
      if (piece.end <= block.start || piece.start >= block.end) continue;
      if (piece.exact) {
        const start = Math.max(piece.start, block.start);
        const end = Math.min(piece.end, block.end);
        for (let i = start; i < end; i++) codes[i] = html.charCodeAt(i);
        written.push(start, end);
        continue;
      }
      // An entity: its decoded text (never longer than its source) next to the text it belongs
      // to: at the end of its source when it opens a word (`&pound;20`, `&ldquo;This`), at the
      // start otherwise (`city,&rdquo;`).
      const opensWord = piece.at === 0 || line.text.charCodeAt(piece.at - 1) === 0x20;
      const from = opensWord ? piece.end - piece.size : piece.start;
      for (let k = 0; k < piece.size; k++) codes[from + k] = line.text.charCodeAt(piece.at + k);
      written.push(from, from + piece.size);
    }
    if (block.end < html.length) {
      codes[block.end] = 0x0a;
      written.push(block.end, block.end + 1);
    }
  }
  return blankedString(codes, written);
}

/**
 * `codes` as a string, when only the spans of `written` (start and end pairs) may hold anything
 * but a space: most of a page's mask is blank, and the gaps between spans (of {@link BLANK_RUN}
 * or more) are repeated spaces instead of code units read and converted one by one.
 */
function blankedString(codes: Uint16Array, written: readonly number[]): string {
  const order = Array.from({ length: written.length / 2 }, (_, k) => 2 * k);
  order.sort((a, b) => (written[a] as number) - (written[b] as number));
  const parts: string[] = [];
  // The span of code units being gathered, and the end of what is in `parts` already.
  let regionStart = 0;
  let regionEnd = 0;
  for (const k of order) {
    const start = written[k] as number;
    const end = written[k + 1] as number;
    if (start - regionEnd < BLANK_RUN) {
      if (end > regionEnd) regionEnd = end;
      continue;
    }
    pushCodes(parts, codes, regionStart, regionEnd);
    parts.push(' '.repeat(start - regionEnd));
    regionStart = start;
    regionEnd = end;
  }
  pushCodes(parts, codes, regionStart, regionEnd);
  if (codes.length > regionEnd) parts.push(' '.repeat(codes.length - regionEnd));
  return parts.join('');
}
