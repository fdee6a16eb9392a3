import { describe, expect, it } from 'vitest';
import { topicOverlap, Vocabulary } from '../../src/boilerplate/topic.js';

describe('Vocabulary (the article’s topic words as a table of hashes)', () => {
  it('holds what was added, once, and answers topicOverlap', () => {
    const vocabulary = new Vocabulary();
    for (let word = 0; word < 5000; word++) vocabulary.add(word * 7);
    vocabulary.add(7);
    expect(vocabulary.has(7)).toBe(true);
    expect(vocabulary.has(8)).toBe(false);
    expect(vocabulary.has(0x3fffffff)).toBe(false);
    expect(topicOverlap([7, 14, 8, 9], vocabulary)).toBe(0.5);
    expect(topicOverlap([], vocabulary)).toBe(1);
  });

  it('stays fast when every word shares its low fifteen bits with the others', () => {
    // Indexing the table by the low bits would put all of them in one run: quadratic time.
    // Thirty-bit hashes, as the line scan makes them.
    const words = Array.from({ length: 30_000 }, (_, i) => (i + 1) * 0x8000);
    const vocabulary = new Vocabulary();
    const started = performance.now();
    for (const word of words) vocabulary.add(word);
    const found = words.filter((word) => vocabulary.has(word)).length;
    expect(found).toBe(words.length);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
