import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CopyIndex,
  compareDocuments,
  copySignature,
  createCopyIndex,
  findCopies,
  signatureSimilarity,
} from '../../src/copies/index.js';
import { scanText } from '../../src/copies/tokens.js';
import { describeAdversarial } from '../helpers/adversarial.js';
import { loadFixture, loadFixtures, loadGoldPairs } from '../helpers/fixtures.js';
import { textInput } from '../helpers/properties.js';
import { expectSpansIn, spansHold } from '../helpers/spans.js';
import {
  CHINESE,
  CHINESE_EDITED,
  EDITED,
  GERMAN,
  ORIGINAL,
  REWORDED,
  SAME_STORY,
  UNRELATED,
} from './samples.js';

/** Checks every span of a comparison against its own text: `a` keys against a, `b` keys against b. */
function expectComparisonSpans(a: string, b: string, result: unknown): void {
  expectSpansIn(a, result, ['b']);
  expectSpansIn(b, result, ['a']);
}

describe('seeds (test/fixtures/gold/pairs.json)', () => {
  const fixtures = loadFixtures();
  const text = (id: string): string => fixtures.find((f) => f.id === id)?.text ?? '';
  for (const pair of loadGoldPairs()) {
    it(`${pair.a.slice(0, 3)}~${pair.b.slice(0, 3)} is ${JSON.stringify(pair.relation)}`, () => {
      const result = compareDocuments(text(pair.a), text(pair.b));
      const accepted = Array.isArray(pair.relation) ? pair.relation : [pair.relation];
      expect(accepted).toContain(result.relation);
      expect(result.isCopy).toBe(pair.copy);
      if (pair.original) {
        expect(result.original === 'a' ? pair.a : result.original === 'b' ? pair.b : null).toBe(
          pair.original,
        );
      }
      expectComparisonSpans(text(pair.a), text(pair.b), result);
    });
  }

  it('findCopies on the five seeds returns exactly the gold copy pairs', () => {
    const found = findCopies(fixtures.map((f) => ({ id: f.id, text: f.text })));
    const expected = loadGoldPairs().filter((p) => p.copy);
    expect(found.map((p) => [p.a, p.b].sort().join('~')).sort()).toEqual(
      expected.map((p) => [p.a, p.b].sort().join('~')).sort(),
    );
  });

  it('001~002: aligns the sentences and shows the changed names and quotes, with evidence for 002', () => {
    const a = loadFixture('001').text;
    const b = loadFixture('002').text;
    const result = compareDocuments(a, b);
    expect(result.alignment.length).toBeGreaterThan(20);
    const pair = result.alignment.find((p) => p.b.text.startsWith('Its top target'));
    expect(pair?.a.text).toBe(
      'Its higher objective is not a foreign power, although the United States ranked number two.',
    );
    expect(result.changes.some((c) => c.kind === 'quote' && c.b?.text.includes('like a charm'))).toBe(true);
    expect(result.evidence.a.some((e) => e.kind === 'mangled-name' && e.text === 'XI')).toBe(true);
    expect(result.evidence.a.some((e) => e.kind === 'lowercased-name' && e.text === 'minutes')).toBe(true);
    expect(result.original).toBe('b');
  });
});

describe('relations', () => {
  it('duplicate: the same words whatever the spacing and case', () => {
    const result = compareDocuments(
      ORIGINAL,
      ORIGINAL.replace(/\n/g, '  \n ').replace('The plan', 'THE PLAN'),
    );
    expect(result.relation).toBe('duplicate');
    expect(result.score).toBe(1);
    expect(result.isCopy).toBe(true);
    expect(result.original).toBeNull();
  });

  it('near-duplicate: an edited copy, with the changed figure reported', () => {
    const result = compareDocuments(ORIGINAL, EDITED);
    expect(result.relation).toBe('near-duplicate');
    expect(result.isCopy).toBe(true);
    expect(result.changes).toContainEqual({
      kind: 'number',
      a: { text: '120', start: ORIGINAL.indexOf('120'), end: ORIGINAL.indexOf('120') + 3 },
      b: { text: '150', start: EDITED.indexOf('150'), end: EDITED.indexOf('150') + 3 },
    });
  });

  it('retranslation: reworded in the same language; the reworded text is not the original', () => {
    const result = compareDocuments(REWORDED, ORIGINAL);
    expect(result.relation).toBe('retranslation');
    expect(result.score).toBeGreaterThan(0.9);
    expect(result.original).toBe('b');
    expect(result.changes.some((c) => c.kind === 'quote')).toBe(true);
    expectComparisonSpans(REWORDED, ORIGINAL, result);
  });

  it('translation: English and German, by numbers, names and sentence lengths', () => {
    const result = compareDocuments(ORIGINAL, GERMAN);
    expect(result.relation).toBe('translation');
    expect(result.signals.crossLingual).toBe(true);
    expect(result.alignment).toHaveLength(6);
    expectComparisonSpans(ORIGINAL, GERMAN, result);
  });

  it('related: an independent report sharing a quote is not a copy', () => {
    const result = compareDocuments(ORIGINAL, SAME_STORY);
    expect(result.relation).toBe('related');
    expect(result.isCopy).toBe(false);
    expect(result.original).toBeNull();
  });

  it('unrelated: a different story', () => {
    const result = compareDocuments(ORIGINAL, UNRELATED);
    expect(result.relation).toBe('unrelated');
    expect(result.score).toBeLessThan(0.1);
    expect(result.alignment).toEqual([]);
    expect(result.changes).toEqual([]);
  });

  it('CJK without spaces: a copy with one figure changed', () => {
    const result = compareDocuments(CHINESE, CHINESE_EDITED);
    expect(result.isCopy).toBe(true);
    expect(result.changes.filter((c) => c.kind === 'number').map((c) => [c.a?.text, c.b?.text])).toEqual([
      ['3', '5'],
    ]);
  });

  it('the score is the same whichever text comes first, and sides swap', () => {
    const ab = compareDocuments(REWORDED, ORIGINAL);
    const ba = compareDocuments(ORIGINAL, REWORDED);
    expect(ba.score).toBe(ab.score);
    expect(ba.relation).toBe(ab.relation);
    expect(ba.original).toBe('a');
    expect(ba.alignment[0]?.a).toEqual(ab.alignment[0]?.b);
  });
});

describe('original: copying artefacts', () => {
  const base = 'Minister Anna Berg said on Monday that 40 schools would close. Berg spoke in Oslo.\n';
  it('counts quotation marks facing the wrong way', () => {
    const broken = `${base}“We have no choice“ Berg said. ”It is hard.`;
    const clean = `${base}“We have no choice,” Berg said. “It is hard.”`;
    const result = compareDocuments(broken, clean);
    expect(result.evidence.a.filter((e) => e.kind === 'broken-quote').length).toBeGreaterThanOrEqual(2);
    expect(result.evidence.b.filter((e) => e.kind === 'broken-quote')).toEqual([]);
  });
  it('counts lower-cased and capitalised names', () => {
    const copy = base.replace('Berg spoke', 'berg spoke').replace('Anna Berg', 'Anna BERG');
    const result = compareDocuments(copy, base);
    expect(result.evidence.a.map((e) => e.kind).sort()).toEqual(['lowercased-name', 'mangled-name']);
  });
  it('counts link texts lost in scraping as weak evidence', () => {
    const scraped = 'A report this month from the, which was published online, says 40 schools will close.';
    const result = compareDocuments(scraped, scraped.replace('the,', 'the Oslo Times,'));
    expect(result.evidence.a.map((e) => e.text)).toEqual(['the,']);
    expect(result.original).toBeNull();
  });
});

describe('tokenizer and sentences', () => {
  it('splits sentences at line breaks and sentence ends, not at initials or before lower case', () => {
    const text = 'J. Smith arrived. He left at 5 p.m. and then slept.\nNew line! Really?';
    const sentences = scanText(text).sentences.map((s) => text.slice(s.start, s.end));
    expect(sentences).toEqual([
      'J. Smith arrived.',
      'He left at 5 p.m. and then slept.',
      'New line!',
      'Really?',
    ]);
  });
  it('keeps grouped numbers whole and splits CJK into characters', () => {
    const text = '1,000.5 and 1 000 000 people, 中国12人';
    const tokens = scanText(text).tokens.map((t) => text.slice(t.start, t.end));
    expect(tokens).toEqual(['1,000.5', 'and', '1 000 000', 'people', '中', '国', '12', '人']);
  });
  it('ends CJK sentences at 。 without a space', () => {
    const text = '他来了。她走了。';
    expect(scanText(text).sentences.map((s) => text.slice(s.start, s.end))).toEqual(['他来了。', '她走了。']);
  });
  it('keeps URLs as one token', () => {
    const text = 'See https://example.com/a?b=1. Then stop';
    expect(scanText(text).tokens.map((t) => text.slice(t.start, t.end))[1]).toBe('https://example.com/a?b=1');
  });
});

describe('signatures (layout version 1)', () => {
  it('is 163 unsigned 32-bit integers starting with the version and the channel sizes', () => {
    const signature = copySignature(ORIGINAL);
    expect(signature).toHaveLength(163);
    expect(signature[0]).toBe(1);
    expect(signature[1]).toBeGreaterThan(20);
    expect(signature[2]).toBeGreaterThan(5);
    for (const value of signature)
      expect(Number.isInteger(value) && value >= 0 && value <= 0xffffffff).toBe(true);
  });
  it('is deterministic and equal for identical texts', () => {
    expect(copySignature(ORIGINAL)).toEqual(copySignature(`${ORIGINAL}`));
  });
  it('has empty channels for an empty text', () => {
    const signature = copySignature('');
    expect(signature.slice(0, 3)).toEqual([1, 0, 0]);
    expect(signature.slice(3).every((v) => v === 0xffffffff)).toBe(true);
  });
  it('estimates similarity: high for a copy, low for another story', () => {
    const copy = signatureSimilarity(copySignature(ORIGINAL), copySignature(EDITED));
    const other = signatureSimilarity(copySignature(ORIGINAL), copySignature(UNRELATED));
    expect(copy.words).toBeGreaterThan(0.6);
    expect(other.words).toBeLessThan(0.15);
  });
});

describe('copy index', () => {
  const build = (): CopyIndex => {
    const index = createCopyIndex();
    index.add('original', ORIGINAL);
    index.add('reworded', REWORDED);
    index.add('german', GERMAN);
    index.add('snow', UNRELATED);
    return index;
  };
  it('finds the copies as one group', () => {
    const groups = build().copies();
    expect(groups).toHaveLength(1);
    expect(groups[0]?.ids).toEqual(['german', 'original', 'reworded']);
  });
  it('queries by id (leaving the document out) and by text', () => {
    const index = build();
    expect(index.query('original').map((m) => m.id)).toEqual(expect.arrayContaining(['reworded', 'german']));
    expect(index.query('original').some((m) => m.id === 'original')).toBe(false);
    expect(index.query(EDITED)).toContainEqual({
      id: 'original',
      relation: 'near-duplicate',
      isCopy: true,
      score: expect.any(Number),
    });
    expect(index.query(UNRELATED).map((m) => m.id)).toEqual(['snow']);
  });
  it('removes documents', () => {
    const index = build();
    expect(index.remove('german')).toBe(true);
    expect(index.remove('german')).toBe(false);
    expect(index.size).toBe(3);
    expect(index.copies()[0]?.ids).toEqual(['original', 'reworded']);
  });
  it('round-trips through JSON without recomputing signatures', () => {
    const index = build();
    const restored = CopyIndex.fromJSON(JSON.parse(JSON.stringify(index.toJSON())));
    expect(restored.size).toBe(4);
    expect(restored.signature('german')).toEqual(index.signature('german'));
    expect(restored.copies()).toEqual(index.copies());
  });
  it('rejects data that is not a saved index', () => {
    expect(() => CopyIndex.fromJSON({} as never)).toThrow(TypeError);
    expect(() =>
      CopyIndex.fromJSON({
        format: 'copydesk-copy-index',
        version: 1,
        documents: [{ id: 'x', text: '', signature: [2] }],
      }),
    ).toThrow(TypeError);
  });
  it('findCopies takes plain strings too (ids are positions)', () => {
    expect(findCopies([UNRELATED, ORIGINAL, EDITED])).toEqual([
      { a: '1', b: '2', relation: 'near-duplicate', score: expect.any(Number) },
    ]);
  });
});

describe('options', () => {
  it('body: compares only the given ranges, offsets stay in the full text', () => {
    const furniture = 'Subscribe now! Cookie settings. Share on social media.\n';
    const page = furniture + ORIGINAL + '\n' + furniture;
    const body = (text: string) => [{ start: text.indexOf('The city'), end: text.lastIndexOf(furniture) }];
    const result = compareDocuments(page, EDITED, {
      body: (t) => (t === page ? body(t) : [{ start: 0, end: t.length }]),
    });
    expect(result.relation).toBe('near-duplicate');
    expect(result.alignment[0]?.a.start).toBe(furniture.length);
    expectComparisonSpans(page, EDITED, result);
  });
  it('threshold moves the copy line', () => {
    expect(compareDocuments(REWORDED, ORIGINAL, { threshold: 0.999 }).isCopy).toBe(false);
  });
});

describe('bad input', () => {
  it('empty texts are unrelated with score 0', () => {
    expect(compareDocuments('', '')).toMatchObject({ relation: 'unrelated', score: 0, isCopy: false });
    expect(compareDocuments('', ORIGINAL)).toMatchObject({ relation: 'unrelated', score: 0, isCopy: false });
  });
  it('throws TypeError for non-strings', () => {
    expect(() => compareDocuments(1 as never, '')).toThrow(TypeError);
    expect(() => compareDocuments('', null as never)).toThrow(
      /copydesk: compareDocuments: expected b to be a string, got null/,
    );
    expect(() => copySignature(undefined as never)).toThrow(TypeError);
    expect(() => findCopies('abc' as never)).toThrow(TypeError);
    expect(() => findCopies([3 as never])).toThrow(TypeError);
    expect(() => createCopyIndex().add('x', 5 as never)).toThrow(TypeError);
    expect(() => createCopyIndex().query(5 as never)).toThrow(TypeError);
    expect(() => compareDocuments('', '', 'x' as never)).toThrow(TypeError);
    expect(() => compareDocuments('a', 'b', { body: 'x' as never })).toThrow(
      /expected options.body to be a function/,
    );
  });
});

describe('properties', () => {
  it('scores lie in [0, 1], are symmetric, and every span holds', () => {
    fc.assert(
      fc.property(textInput, textInput, (a, b) => {
        const ab = compareDocuments(a, b);
        const ba = compareDocuments(b, a);
        return (
          ab.score >= 0 &&
          ab.score <= 1 &&
          ab.score === ba.score &&
          ab.relation === ba.relation &&
          spansHold(a, ab, ['b']) &&
          spansHold(b, ab, ['a'])
        );
      }),
      { numRuns: 150 },
    );
  });
  it('a text is a duplicate of itself whenever it has words', () => {
    fc.assert(
      fc.property(textInput, (a) => {
        const result = compareDocuments(a, a);
        return scanText(a).tokens.length === 0 ? result.score === 0 : result.relation === 'duplicate';
      }),
      { numRuns: 100 },
    );
  });
  it('signatures are always 163 integers in range', () => {
    fc.assert(
      fc.property(textInput, (a) => {
        const s = copySignature(a);
        return s.length === 163 && s.every((v) => Number.isInteger(v) && v >= 0 && v <= 0xffffffff);
      }),
      { numRuns: 100 },
    );
  });
});

describeAdversarial(
  'compareDocuments',
  (text) => compareDocuments(text, ORIGINAL),
  (input, output) => {
    expectComparisonSpans(input, ORIGINAL, output);
  },
);
describeAdversarial(
  'compareDocuments (text with itself)',
  (text) => compareDocuments(text, text),
  (input, output) => {
    expectComparisonSpans(input, input, output);
  },
);
describeAdversarial('copySignature', (text) => copySignature(text));
describeAdversarial('findCopies', (text) => findCopies([text, ORIGINAL, text]));
describeAdversarial('CopyIndex.query', (text) => {
  const index = createCopyIndex();
  index.add('original', ORIGINAL);
  return index.query(text);
});
