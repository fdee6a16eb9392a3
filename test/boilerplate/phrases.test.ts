import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchPhrase, normaliseLine } from '../../src/boilerplate/phrases.js';
import { hashOf, WordTable } from '../../src/boilerplate/word-table.js';
import { isWhitespace } from '../../src/chars.js';
import { anyText } from '../helpers/properties.js';

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

  it('is the trimmed lower-cased line with every run of gaps made one space, for any text', () => {
    // The definition, written with patterns: what the hand-written scan must agree with.
    const gap = `[ '\u2019${String.fromCharCode(9, 10, 11, 12, 13)}\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]`;
    const isLetter = (code: number): boolean => (code >= 0x61 && code <= 0x7a) || code >= 0xc0;
    const reference = (text: string): string => {
      const lower = text.toLowerCase();
      let start = 0;
      let end = lower.length;
      while (start < end && !isLetter(lower.charCodeAt(start)) && lower.charCodeAt(start) !== 0xa9) start++;
      while (end > start && !isLetter(lower.charCodeAt(end - 1)) && lower.charCodeAt(end - 1) !== 0x29) end--;
      const spaced = lower.slice(start, end).replace(new RegExp(`${gap}+`, 'g'), ' ');
      return spaced.endsWith(' ') ? spaced.slice(0, -1) : spaced;
    };
    const pieces = "a|Bc| |  |'|\u2019|\t|\u00a0|\u3000|1|»|)|©|é|-".split('|');
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const line = parts.join('');
        expect(normaliseLine(line)).toBe(reference(line));
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(anyText, (line) => {
        expect(normaliseLine(line)).toBe(reference(line));
      }),
      { numRuns: 300 },
    );
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

describe('matchPhrase on lines of 121 to 250 characters', () => {
  const filler = 'The council met on the third floor and talked about the roads for a long while, ';
  const at = (line: string) => matchPhrase(line, line.split(' ').length, undefined, line.toLowerCase());

  it('normalises the line itself where a search needs it', () => {
    expect(at(`${filler}and the site said so. All rights\u2019 reserved by the web site owner.`)).toEqual({
      reason: 'legal',
      whole: false,
    });
    expect(at(`Jane Doe is a reporter who covers the council, ${filler}and more.`)).toEqual({
      reason: 'credits',
      whole: false,
    });
    expect(at(`${filler}as the picture shows. Credit:\u00a0Jane Doe`)).toEqual({
      reason: 'credits',
      whole: false,
    });
    expect(at(`${filler}as the picture shows, with no credit at all.`)).toBeNull();
  });

  it('answers as with the normalised line given, for any such line', () => {
    const pieces =
      `${filler}|Cookie| cookies |rights| reserved|\u2019|  |Copyright |Credit: |credit|Jane Doe| is a |writer|(@jd)|.|\u00a0`.split(
        '|',
      );
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 2, maxLength: 14 }), (parts) => {
        const line = parts.join('').trim();
        fc.pre(line.length > 120 && line.length <= 250);
        const words = line.split(' ').length;
        const lower = line.toLowerCase();
        expect(matchPhrase(line, words, '', lower)).toEqual(
          matchPhrase(line, words, normaliseLine(line), lower),
        );
      }),
      { numRuns: 1000 },
    );
  });
});
