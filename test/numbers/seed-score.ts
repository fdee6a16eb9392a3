/**
 * Scores extractNumbers against the seed gold, on body lines only (gold `content_lines` and
 * `either_lines`): page furniture is the boilerplate stripper's job, not this one's.
 * Shared by the tests and the eval task.
 */

import type { Quantity } from '../../src/numbers/index.js';
import type { Fixture, GoldNumber } from '../helpers/fixtures.js';

/** Character ranges of the body lines of a fixture. */
export function bodyRanges(fixture: Fixture): [number, number][] {
  const keep = new Set([...fixture.gold.content_lines, ...fixture.gold.either_lines]);
  const ranges: [number, number][] = [];
  let offset = 0;
  fixture.lines.forEach((line, index) => {
    if (keep.has(index + 1)) ranges.push([offset, offset + line.length]);
    offset += line.length + 1;
  });
  return ranges;
}

const inside = (ranges: readonly [number, number][], start: number, end: number): boolean =>
  ranges.some(([a, b]) => start >= a && end <= b);

/** Every occurrence of `needle` in the body lines, case-sensitive. */
function occurrences(
  fixture: Fixture,
  ranges: readonly [number, number][],
  needle: string,
): [number, number][] {
  const found: [number, number][] = [];
  for (let at = fixture.text.indexOf(needle); at >= 0; at = fixture.text.indexOf(needle, at + 1)) {
    if (inside(ranges, at, at + needle.length)) found.push([at, at + needle.length]);
  }
  return found;
}

/** Whether a quantity carries the gold value (numbers by value, dates by ISO date). */
export function sameValue(gold: GoldNumber, quantity: Quantity): boolean {
  if (typeof gold.value === 'string') return quantity.date === gold.value;
  return quantity.value !== null && Math.abs(quantity.value - gold.value) <= 1e-9 * Math.abs(gold.value);
}

export interface SeedScore {
  /** Required gold numbers found (overlapping a body occurrence) with the right value. */
  readonly found: readonly GoldNumber[];
  readonly missed: readonly GoldNumber[];
  /** Quantities in the body that overlap a `not_numbers` string. */
  readonly notNumbers: readonly Quantity[];
  /** Quantities in the body that match no gold number, optional ones included. */
  readonly extra: readonly Quantity[];
  /** Quantities in the body. */
  readonly inBody: readonly Quantity[];
}

/** Scores `quantities` (extracted from the whole fixture text) against its gold. */
export function scoreSeed(fixture: Fixture, quantities: readonly Quantity[]): SeedScore {
  const ranges = bodyRanges(fixture);
  const inBody = quantities.filter((q) => inside(ranges, q.start, q.end));
  const overlaps = (q: Quantity, [a, b]: [number, number]): boolean => q.start < b && a < q.end;
  const matches = (gold: GoldNumber, q: Quantity): boolean =>
    sameValue(gold, q) && occurrences(fixture, ranges, gold.text).some((r) => overlaps(q, r));
  const found: GoldNumber[] = [];
  const missed: GoldNumber[] = [];
  for (const gold of fixture.gold.numbers) {
    if (gold.optional) continue;
    (inBody.some((q) => matches(gold, q)) ? found : missed).push(gold);
  }
  const notNumbers = inBody.filter((q) =>
    fixture.gold.not_numbers.some((s) => occurrences(fixture, ranges, s).some((r) => overlaps(q, r))),
  );
  const extra = inBody.filter(
    (q) =>
      !fixture.gold.numbers.some((g) => occurrences(fixture, ranges, g.text).some((r) => overlaps(q, r))),
  );
  return { found, missed, notNumbers, extra, inBody };
}
