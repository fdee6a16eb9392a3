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
