/** The token map: which tokens open a line, however many lines or tokens a text has. */
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/nlp.js';
import { buildTokenMap } from '../../src/quotes/token-map.js';

function breaks(text: string): string[] {
  const parsed = parseText(text);
  const map = buildTokenMap(parsed, []);
  return parsed.tokens.filter((_, t) => map.breakBefore[t] === 1).map((token) => token.text);
}

describe('buildTokenMap: line breaks', () => {
  it('marks the first token of every line but the first', () => {
    expect(breaks('One two.\nThree four.\n\n\nFive.')).toEqual(['Three', 'Five']);
  });

  it('marks nothing for a break before the first token or after the last', () => {
    expect(breaks('\n\nOne two.\n')).toEqual([]);
  });

  it('marks every line of a text of many short lines', () => {
    const lines = Array.from({ length: 500 }, (_, i) => `w${i}`);
    expect(breaks(lines.join('\n'))).toEqual(lines.slice(1));
  });

  it('marks lines after long stretches without a break', () => {
    const long = 'word '.repeat(300).trim();
    expect(breaks(`${long}\nEnd ${long}\nLast`)).toEqual(['End', 'Last']);
  });
});
