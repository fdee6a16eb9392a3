/**
 * HTML to lines: one streaming pass of `htmlparser2`'s tokenizer (no DOM) turns a page into the
 * lines a browser would show (every block element, `<br>` and list item starts a line), each
 * with its visible text (entities decoded, white space collapsed), the span of the source it
 * came from, and the markup around it: the nearest block tag, the furniture cue of its
 * ancestors, whether it stands in the article's container, and how much of it is link text.
 * Scripts, styles, templates and hidden elements are skipped; metadata (`<title>`, `<meta>`,
 * JSON-LD, `<time datetime>`) is collected on the way.
 *
 * Linear in the length of the page: every tag is pushed and popped once, and what a line needs
 * from its ancestors is carried down the stack instead of looked up.
 *
 * @module
 * @internal
 */
import { Parser } from 'htmlparser2';
import { isWhitespace } from '../../chars.js';
import { type AncestorCue, cueOfElement } from './cues.js';
import { TopFirstStack } from './stack.js';

/** A piece of a line's visible text and the source it came from. */
export interface Piece {
  /** Offset of the piece in the line's text. */
  readonly at: number;
  /** Source span of the piece. */
  readonly start: number;
  readonly end: number;
  /** Whether the piece is the source verbatim (so inner offsets map one to one). */
  readonly exact: boolean;
  /** Length of the piece's text (shorter than its source for an entity). */
  readonly size: number;
}

/** One visible line of the page. */
export interface HtmlLine {
  /** Visible text: entities decoded, white space collapsed, trimmed. */
  readonly text: string;
  /** Source offset of the first visible character. */
  readonly start: number;
  /** Source offset after the last visible character. */
  readonly end: number;
  /** The innermost block element the line stands in (`p`, `h2`, `li`, `div`, `td`…). */
  readonly tag: string;
  /** The innermost furniture element around the line (its chain leads outwards), if any. */
  readonly cue: AncestorCue | null;
  /** Characters of the line that are link text. */
  readonly linkChars: number;
  /** The line's nearest `article`/`main`/`articleBody` container (its chain leads outwards), if any. */
  readonly container: Container | null;
  /** The innermost block element the line stands in (its chain leads outwards). */
  readonly element: BlockElement | null;
  readonly pieces: readonly Piece[];
}

/** An `article`, `main` or `articleBody` element, with the nearest one around it. */
export interface Container {
  readonly id: number;
  readonly parent: Container | null;
}

/** A block element, with the nearest block element around it. */
export interface BlockElement {
  readonly id: number;
  readonly depth: number;
  readonly parent: BlockElement | null;
}

/** What the page's markup states about the article. */
export interface HtmlMetadata {
  /** `<title>` text. */
  readonly documentTitle: string | null;
  /** `<meta>` name/property (lower case) → content, first value wins. */
  readonly meta: ReadonlyMap<string, string>;
  /** Text of every `application/ld+json` script. */
  readonly jsonLd: readonly string[];
  /** `datetime` of the `<time>` elements, in page order, with whether each is in the article. */
  readonly times: readonly { readonly datetime: string; readonly inArticle: boolean }[];
}

/** A parsed page. */
export interface HtmlPage {
  readonly lines: readonly HtmlLine[];
  readonly metadata: HtmlMetadata;
}

/** Elements whose content is never shown. */
const SKIPPED = new Set([
  'head',
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'select',
  'datalist',
  'audio',
  'video',
  'map',
  'textarea',
  'button',
  'title',
]);

/** Elements that start and end a line (the HTML standard's block-level elements, plus `br`/`td`). */
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  'option',
  'legend',
]);

/** State an element passes down to what it contains. */
interface Frame {
  readonly block: string;
  readonly cue: AncestorCue | null;
  readonly link: boolean;
  /** Inside `<pre>`: line breaks of the source are line breaks of the page. */
  readonly pre: boolean;
  readonly skip: boolean;
  readonly container: Container | null;
  /** The innermost block element. */
  readonly element: BlockElement | null;
  /** What the element's own text collects into (`title`, JSON-LD), if anything. */
  readonly capture: 'title' | 'json-ld' | null;
}

const ROOT: Frame = {
  block: 'body',
  cue: null,
  link: false,
  pre: false,
  skip: false,
  container: null,
  element: null,
  capture: null,
};

/** Whether an element is hidden by its own attributes (stylesheets are not read). */
function isHidden(attributes: Record<string, string>): boolean {
  if (attributes.hidden !== undefined) return true;
  if (attributes['aria-hidden'] === 'true' && attributes.role !== undefined) return true;
  const style = attributes.style;
  if (style === undefined || style.length > 500) return false;
  const compact = style.toLowerCase().replace(/\s+/g, '');
  return compact.includes('display:none') || compact.includes('visibility:hidden');
}

/** Meta names and properties worth keeping. */
function metaKey(attributes: Record<string, string>): string | null {
  const key = attributes.property ?? attributes.name ?? attributes.itemprop;
  return key === undefined ? null : key.toLowerCase();
}

/** Parses `html` into its visible lines and metadata. */
export function parseHtml(html: string): HtmlPage {
  const lines: HtmlLine[] = [];
  const meta = new Map<string, string>();
  const jsonLd: string[] = [];
  const times: { datetime: string; inArticle: boolean }[] = [];
  let documentTitle: string | null = null;
  let captured: string[] = [];

  const stack: Frame[] = [ROOT];
  let containers = 0;
  let cues = 0;
  let elements = 0;
  // The line being built.
  let parts: string[] = [];
  let pieces: Piece[] = [];
  let length = 0;
  let pendingSpace = false;
  let linkChars = 0;
  let lineFrame: Frame = ROOT;

  const flush = (): void => {
    if (pieces.length > 0) {
      const first = pieces[0] as Piece;
      const last = pieces[pieces.length - 1] as Piece;
      lines.push({
        text: parts.join(''),
        start: first.start,
        end: last.end,
        tag: lineFrame.block,
        cue: lineFrame.cue,
        linkChars,
        container: lineFrame.container,
        element: lineFrame.element,
        pieces,
      });
    }
    parts = [];
    pieces = [];
    length = 0;
    pendingSpace = false;
    linkChars = 0;
  };

  const addPiece = (text: string, start: number, end: number, exact: boolean, link: boolean): void => {
    if (pieces.length === 0) lineFrame = stack[stack.length - 1] as Frame;
    else if (pendingSpace) {
      parts.push(' ');
      length++;
    }
    pendingSpace = false;
    pieces.push({ at: length, start, end, exact, size: text.length });
    parts.push(text);
    length += text.length;
    if (link) linkChars += letterCount(text);
  };

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const parent = stack[stack.length - 1] as Frame;
        if (name === 'meta') {
          const key = metaKey(attributes);
          const content = attributes.content ?? attributes.datetime;
          if (key !== null && content !== undefined && !meta.has(key)) meta.set(key, content);
        } else if (name === 'time' && attributes.datetime !== undefined && !parent.skip) {
          times.push({ datetime: attributes.datetime, inArticle: parent.container !== null });
        }
        const block = BLOCKS.has(name);
        if (block) flush();
        const jsonScript = name === 'script' && attributes.type?.toLowerCase() === 'application/ld+json';
        const capture = jsonScript ? 'json-ld' : name === 'title' && documentTitle === null ? 'title' : null;
        if (capture !== null) captured = [];
        if (parent.skip) {
          stack.push(parent.capture === capture ? parent : { ...parent, capture });
          return;
        }
        const skip = SKIPPED.has(name) || isHidden(attributes);
        const container =
          name === 'article' || name === 'main' || attributes.itemprop === 'articleBody'
            ? { id: ++containers, parent: parent.container }
            : parent.container;
        const reason = cueOfElement(name, attributes);
        const cue = reason === null ? parent.cue : { id: ++cues, reason, parent: parent.cue };
        stack.push({
          block: block ? name : parent.block,
          cue,
          link: parent.link || name === 'a',
          pre: parent.pre || name === 'pre',
          skip,
          container,
          element:
            block && name !== 'br'
              ? { id: ++elements, depth: (parent.element?.depth ?? 0) + 1, parent: parent.element }
              : parent.element,
          capture,
        });
      },
      ontext(text) {
        const frame = stack[stack.length - 1] as Frame;
        if (frame.capture !== null) {
          captured.push(text);
          return;
        }
        if (frame.skip) return;
        const start = parser.startIndex;
        const end = parser.endIndex + 1;
        // A decoded entity arrives alone, its source longer than its text.
        if (end - start !== text.length) {
          if (isBlankText(text)) {
            if (pieces.length > 0) pendingSpace = true;
            return;
          }
          addPiece(text, start, end, false, frame.link);
          return;
        }
        // Plain text: one exact piece per stretch whose words are separated by single spaces
        // (white space elsewhere collapses, so the text and the source part ways there).
        let i = 0;
        const n = text.length;
        while (i < n) {
          const code = text.charCodeAt(i);
          if (isWhitespace(code)) {
            if (frame.pre && code === 0x0a) flush();
            else if (pieces.length > 0) pendingSpace = true;
            i++;
            continue;
          }
          let j = i + 1;
          for (;;) {
            while (j < n && !isWhitespace(text.charCodeAt(j))) j++;
            // One plain space followed by more text keeps the stretch going.
            if (j + 1 < n && text.charCodeAt(j) === 0x20 && !isWhitespace(text.charCodeAt(j + 1))) j += 2;
            else break;
          }
          addPiece(text.slice(i, j), start + i, start + j, true, frame.link);
          i = j;
        }
      },
      onclosetag(name) {
        const frame = stack.pop() ?? ROOT;
        if (stack.length === 0) stack.push(ROOT);
        if (frame.capture === 'title') documentTitle = collapse(captured.join(''));
        else if (frame.capture === 'json-ld') jsonLd.push(captured.join(''));
        if (frame.capture !== null) captured = [];
        if (BLOCKS.has(name)) flush();
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  // The parser's own stacks shift and unshift arrays: quadratic on deeply nested pages.
  const internals = parser as unknown as { stack: unknown; foreignContext: unknown };
  const open = new TopFirstStack<string>();
  internals.stack = open;
  internals.foreignContext = new TopFirstStack<boolean>([...(internals.foreignContext as boolean[])]);
  parser.write(html);
  // At the end the parser closes the elements still open by walking its stack by index.
  internals.stack = open.toArray();
  parser.end();
  flush();
  return { lines, metadata: { documentTitle, meta, jsonLd, times } };
}

/** Characters of a piece that are not spaces (link text is measured without its spaces). */
function letterCount(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0x20) count--;
  return count;
}

/** Whether decoded text is all white space (`&nbsp;` included). */
function isBlankText(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isWhitespace(text.charCodeAt(i))) return false;
  return true;
}

/** Text with white space runs collapsed to one space and trimmed. */
export function collapse(text: string): string {
  const out: string[] = [];
  let word = -1;
  for (let i = 0; i <= text.length; i++) {
    const space = i === text.length || isWhitespace(text.charCodeAt(i));
    if (space && word >= 0) {
      out.push(text.slice(word, i));
      word = -1;
    } else if (!space && word < 0) word = i;
  }
  return out.join(' ');
}
