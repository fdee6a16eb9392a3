/**
 * Splits a page into its non-blank lines, each trimmed of surrounding white space, with offsets
 * into the page. A line is the unit of decision: browsers and HTML-to-text converters put every
 * block element (paragraph, list item, heading, menu entry) on a line of its own.
 *
 * @module
 * @internal
 */
import { isWhitespace } from '../chars.js';

/** One non-blank line: its trimmed text and offsets into the page. */
export interface Line {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** White space, zero-width space included (pages paste it around lines). */
function isSpace(code: number): boolean {
  return code === 0x200b || isWhitespace(code);
}

/** Adds `text[lineStart, lineEnd)` to `lines`, trimmed, unless it is blank. */
function pushLine(lines: Line[], text: string, lineStart: number, lineEnd: number): void {
  let start = lineStart;
  let end = lineEnd;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end > start) lines.push({ text: text.slice(start, end), start, end });
}

/** The non-blank lines of `text` (split on `\n`, `\r\n`, `\r`, U+2028/2029), in order. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const length = text.length;
  // Most pages break lines with \n alone: then the engine's own search finds each break.
  if (!text.includes('\r') && !text.includes('\u2028') && !text.includes('\u2029')) {
    let lineStart = 0;
    while (lineStart <= length) {
      let next = text.indexOf('\n', lineStart);
      if (next < 0) next = length;
      pushLine(lines, text, lineStart, next);
      lineStart = next + 1;
    }
    return lines;
  }
  let lineStart = 0;
  for (let i = 0; i <= length; i++) {
    const code = i < length ? text.charCodeAt(i) : 0x0a;
    if (code !== 0x0a && code !== 0x0d && code !== 0x2028 && code !== 0x2029) continue;
    pushLine(lines, text, lineStart, i);
    if (code === 0x0d && i + 1 < length && text.charCodeAt(i + 1) === 0x0a) i++;
    lineStart = i + 1;
  }
  return lines;
}
