/**
 * Any string gives a valid result in linear time: the shared adversarial suite, floods of
 * quotation marks, and fast-check properties (spans in bounds, quotes in text order, speakers
 * and cues outside the quoted words).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/quotes/index.js';
import type { Quote } from '../../src/quotes/types.js';
import { describeAdversarial } from '../helpers/adversarial.js';
import { newsText, textInput } from '../helpers/properties.js';
import { expectSpansIn, spansHold } from '../helpers/spans.js';

describeAdversarial(
  'extractQuotes',
  (text) => extractQuotes(text, { language: 'eng' }),
  (input, output) => {
    expect(Array.isArray(output)).toBe(true);
    expectSpansIn(input, output);
  },
);

describeAdversarial(
  'extractQuotes (all quoted spans)',
  (text) => extractQuotes(text, { allQuoted: true }),
  (input, output) => {
    expectSpansIn(input, output);
  },
);

describe('extractQuotes: bad input', () => {
  it('handles 100k quotation marks of every kind in linear time', () => {
    const text = '"“”„«»\'‘’ word '.repeat(12_500);
    const started = performance.now();
    const result = extractQuotes(text, { allQuoted: true, language: 'eng' });
    expect(performance.now() - started).toBeLessThan(20_000);
    expectSpansIn(text, result);
  }, 60_000);

  it('handles unbalanced marks and quotes with no words', () => {
    for (const text of [
      '"',
      '“',
      '” said Lewis.',
      '"" Lewis said.',
      '“ ” “”',
      '"a" "b" "',
      '“Only open\n\n“and open',
    ]) {
      expectSpansIn(text, extractQuotes(text, { allQuoted: true }));
    }
  });

  it('handles a quotation that never closes over many paragraphs', () => {
    const text = `Lewis said:\n\n${'"More words follow here, over and over.\n\n'.repeat(2_000)}`;
    const result = extractQuotes(text, { language: 'eng' });
    expect(result).toHaveLength(1);
    expectSpansIn(text, result);
  });
});

function wellFormed(input: string, quotes: readonly Quote[]): boolean {
  if (!spansHold(input, quotes)) return false;
  for (let i = 1; i < quotes.length; i++) {
    if ((quotes[i] as Quote).start < (quotes[i - 1] as Quote).start) return false;
  }
  for (const q of quotes) {
    if (q.text.length === 0) return false;
    for (const span of [q.speaker, q.cue]) {
      // The speaker and cue stand in the writer's words, not in the quotation itself.
      if (span && q.kind !== 'nested' && span.start < q.end && span.end > q.start) return false;
    }
  }
  return true;
}

describe('extractQuotes: properties', () => {
  it('returns well-formed quotes for any text', () => {
    fc.assert(
      fc.property(textInput, (text) =>
        wellFormed(text, extractQuotes(text, { allQuoted: true, language: 'eng' })),
      ),
      { numRuns: 150 },
    );
  });

  it('returns well-formed quotes for news-like text', () => {
    fc.assert(
      fc.property(newsText, (text) => wellFormed(text, extractQuotes(text, { language: 'eng' }))),
      { numRuns: 150 },
    );
  });

  it('returns a subset of the allQuoted answer without it', () => {
    fc.assert(
      fc.property(newsText, (text) => {
        const all = extractQuotes(text, { allQuoted: true, language: 'eng' }).map((q) => q.start);
        return extractQuotes(text, { language: 'eng' }).every((q) => all.includes(q.start));
      }),
      { numRuns: 100 },
    );
  });
});
