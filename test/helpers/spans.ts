/**
 * The span contract: every object in a result that has a string `text` and numeric `start` and
 * `end` must satisfy `input.slice(start, end) === text`, with `0 <= start <= end <= input.length`.
 */
import { expect } from 'vitest';

interface SpanLike {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

function isSpanLike(value: unknown): value is SpanLike {
  if (value === null || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return typeof v.text === 'string' && typeof v.start === 'number' && typeof v.end === 'number';
}

/**
 * Walks `result` (objects and arrays, depth first) and collects every span-like object.
 * Keys listed in `skip` are not entered (for results that also hold spans of another text,
 * such as the `b` side of a comparison).
 */
export function collectSpans(result: unknown, skip: readonly string[] = []): SpanLike[] {
  const found: SpanLike[] = [];
  const seen = new Set<unknown>();
  const stack: unknown[] = [result];
  while (stack.length > 0) {
    const value = stack.pop();
    if (value === null || typeof value !== 'object' || seen.has(value)) continue;
    seen.add(value);
    if (isSpanLike(value)) found.push(value);
    if (Array.isArray(value)) {
      for (const item of value) stack.push(item);
    } else {
      for (const [key, item] of Object.entries(value)) if (!skip.includes(key)) stack.push(item);
    }
  }
  return found;
}

/** Why `span` breaks the contract against `input`, or null when it holds. */
function violation(input: string, span: SpanLike): string | null {
  if (!Number.isInteger(span.start) || !Number.isInteger(span.end)) return 'offsets are not integers';
  if (span.start < 0 || span.end < span.start || span.end > input.length) return 'offsets out of bounds';
  if (input.slice(span.start, span.end) !== span.text) return 'text differs from input.slice(start, end)';
  return null;
}

/**
 * Asserts the span contract for every span in `result` against `input`, and returns how many
 * spans were checked (so a test can also assert that there were some).
 */
export function expectSpansIn(input: string, result: unknown, skip: readonly string[] = []): number {
  const spans = collectSpans(result, skip);
  for (const span of spans) {
    const problem = violation(input, span);
    if (problem !== null) {
      const shown = { text: span.text.slice(0, 80), start: span.start, end: span.end };
      expect.fail(
        `${problem}: ${JSON.stringify(shown)} vs ${JSON.stringify(input.slice(span.start, span.end).slice(0, 80))}`,
      );
    }
  }
  return spans.length;
}

/** Like {@link expectSpansIn} but returns whether the contract holds, for property tests. */
export function spansHold(input: string, result: unknown, skip: readonly string[] = []): boolean {
  return collectSpans(result, skip).every((span) => violation(input, span) === null);
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  pound: '£',
  copy: '©',
  euro: '€',
  ldquo: '\u201c',
  rdquo: '\u201d',
  rsquo: '\u2019',
  mdash: '\u2014',
};

/**
 * The visible text of an HTML fragment, written independently of the library for the tests:
 * tags removed, the common named and numeric entities decoded, white space collapsed.
 */
export function visibleText(fragment: string): string {
  // Inline tags only: a block's span never crosses a block-level tag.
  const noTags = fragment.replace(/<[^<>]*>/g, '');
  const decoded = noTags.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name] ?? whole;
  });
  return decoded.replace(/[\s\u00a0]+/g, ' ').trim();
}

/**
 * The span contract for HTML input: every span lies inside the HTML, and its `text` is the
 * visible text of the source it spans (`visibleText(html.slice(start, end)) === text`). Returns
 * how many spans were checked.
 */
export function expectHtmlSpansIn(html: string, result: unknown): number {
  const spans = collectSpans(result);
  for (const span of spans) {
    expect(span.start).toBeGreaterThanOrEqual(0);
    expect(span.end).toBeLessThanOrEqual(html.length);
    expect(span.start).toBeLessThanOrEqual(span.end);
    expect(visibleText(html.slice(span.start, span.end)).replace(/\u00a0/g, ' ')).toBe(
      span.text.replace(/\u00a0/g, ' '),
    );
  }
  return spans.length;
}
