/**
 * The seed fixtures with their gold: every required quote found with its speaker's full name,
 * no quoted term returned, and precision of at least 90% on the article body (the gold's content
 * and either lines; page furniture is the boilerplate stripper's job).
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/quotes/index.js';
import type { Quote } from '../../src/quotes/types.js';
import { type Fixture, loadFixtures } from '../helpers/fixtures.js';
import { expectSpansIn } from '../helpers/spans.js';

const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Share of the longer text's words found in the other (the eval scorer's match rule). */
function overlap(a: string, b: string): number {
  const wa = words(a);
  const pool = new Map<string, number>();
  for (const w of words(b)) pool.set(w, (pool.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of wa) {
    const n = pool.get(w) ?? 0;
    if (n > 0) {
      common++;
      pool.set(w, n - 1);
    }
  }
  return common / Math.max(wa.length, words(b).length, 1);
}

/** The 1-based line of an offset. */
function lineOf(fixture: Fixture, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (fixture.text.charCodeAt(i) === 0x0a) line++;
  return line;
}

function bodyQuotes(fixture: Fixture): Quote[] {
  const body = new Set([...fixture.gold.content_lines, ...fixture.gold.either_lines]);
  return extractQuotes(fixture.text).filter((q) => body.has(lineOf(fixture, q.start)));
}

describe('extractQuotes on the seed fixtures', () => {
  for (const fixture of loadFixtures()) {
    describe(fixture.id, () => {
      const all = extractQuotes(fixture.text);
      const quotes = bodyQuotes(fixture);

      it('keeps every span inside the input', () => {
        expectSpansIn(fixture.text, all);
      });

      for (const gold of fixture.gold.quotes.filter((q) => !q.optional)) {
        it(`finds "${gold.quote.slice(0, 50)}…" said by ${gold.speaker}`, () => {
          const found = quotes.find((q) => overlap(gold.quote, q.text) >= 0.5);
          expect(found, 'quote not found').toBeDefined();
          expect(found?.speaker?.name ?? null).toBe(gold.speaker);
          expect(found?.kind).toBe(gold.kind);
          if (gold.cue) expect(found?.cue?.text).toBe(gold.cue);
        });
      }

      it('returns none of the quoted terms', () => {
        for (const term of fixture.gold.not_quotes) {
          expect(all.some((q) => overlap(term, q.text) >= 0.5)).toBe(false);
        }
      });

      it('is at least 90% precise on the body', () => {
        const right = quotes.filter((q) => fixture.gold.quotes.some((g) => overlap(g.quote, q.text) >= 0.5));
        if (quotes.length > 0) expect(right.length / quotes.length).toBeGreaterThanOrEqual(0.9);
      });
    });
  }

  it('finds the quotes at the right offsets, words without the marks', () => {
    const fixture = loadFixtures().find((f) => f.id.startsWith('002')) as Fixture;
    const quote = extractQuotes(fixture.text).find((q) => q.text.startsWith('Money works'));
    expect(quote?.text).toBe('Money works like a charm,');
    expect(fixture.text.slice((quote?.start ?? 0) - 1, quote?.start)).toBe('"');
    expect(quote?.speaker).toMatchObject({ name: 'Jim Lewis', text: 'Lewis', via: 'cue' });
  });
});
