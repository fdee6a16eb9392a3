import { describe, expect, it } from 'vitest';
import { normaliseLine } from '../../src/boilerplate/phrases.js';
import { hashOf, WordTable } from '../../src/boilerplate/word-table.js';
import { isWhitespace } from '../../src/chars.js';

describe('normaliseLine', () => {
  it('turns every run of white space and apostrophes into one space', () => {
    expect(normaliseLine('Editor’s  Picks')).toBe('editor s picks');
    expect(normaliseLine("Don't\u00a0\tmiss")).toBe('don t miss');
    expect(normaliseLine('12 Comments »')).toBe('comments');
  });

  it('counts exactly the white space of isWhitespace, U+0027 and U+2019 as gaps', () => {
    for (let code = 0; code < 0x10000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const gap = code === 0x27 || code === 0x2019 || isWhitespace(code);
      const line = `ab${String.fromCharCode(code)}cd`;
      const expected = gap ? 'ab cd' : line.toLowerCase();
      if (normaliseLine(line) !== expected)
        expect(`U+${code.toString(16)}: ${normaliseLine(line)}`).toBe(expected);
    }
  });

  it('keeps a gap the trimmed line opens with as a space, and drops one it ends with', () => {
    // U+2019 and the wide spaces are at or above U+00C0, which the trimming keeps as letters.
    expect(normaliseLine('\u2019tis the season\u3000')).toBe(' tis the season');
    expect(normaliseLine('\u2019\u2019')).toBe('');
  });
});

describe('WordTable', () => {
  const table = new WordTable(['the', 'of', 'and', 'between']);

  it('finds a word inside a longer string by its offsets, with or without its hash', () => {
    const text = 'xx the of andy between';
    expect(table.hasAt(text, 3, 6)).toBe(true);
    expect(table.hasAt(text, 7, 9, hashOf(text, 7, 9))).toBe(true);
    expect(table.hasAt(text, 10, 14)).toBe(false);
    expect(table.hasAt(text, 10, 13)).toBe(true);
    expect(table.hasAt(text, 15, 22)).toBe(true);
    expect(table.longest).toBe(7);
  });
});
