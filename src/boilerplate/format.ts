/**
 * Whether a page is HTML or plain text: HTML when, past leading white space and a byte-order
 * mark, it opens with a doctype, a comment or a known tag, or when its opening holds `<html`,
 * `<head` or `<body`. Plain text that merely mentions a tag stays text.
 *
 * @module
 * @internal
 */

/** How much of the page's opening is looked at. */
const OPENING = 4096;

/** A doctype, comment or tag of the document's outline at the very start. */
const HTML_START =
  /^<(?:!doctype\s+html|!--|\?xml|html|head|body|meta|link|title|div|article|main|section|p|h[1-6]|span|table|ul|ol|script|style|header|nav|a|img|br)(?=[\s/>])/i;
/** The document's outline anywhere in the opening. */
const HTML_OUTLINE = /<(?:html|head|body)(?=[\s>])/i;

/**
 * `'html'` or `'text'`.
 *
 * @internal
 */
export function detectFormat(input: string): 'html' | 'text' {
  let i = 0;
  while (i < input.length && i < OPENING) {
    const c = input.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0xfeff) break;
    i++;
  }
  const opening = input.slice(i, i + OPENING);
  if (HTML_START.test(opening)) return 'html';
  // The outline's tags open with '<': plain text mostly has none, and a search for one is much
  // cheaper than the case-insensitive pattern.
  return opening.includes('<') && HTML_OUTLINE.test(opening) ? 'html' : 'text';
}
