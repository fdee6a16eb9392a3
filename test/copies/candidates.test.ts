import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignedShareBound } from '../../src/copies/align.js';
import { compareProfiles, couldBeCopy } from '../../src/copies/compare.js';
import { worthComparing } from '../../src/copies/copy-index.js';
import { compareDocuments, copySignature, createCopyIndex, signatureBands } from '../../src/copies/index.js';
import { isCrossLingual } from '../../src/copies/language.js';
import { profileOf } from '../../src/copies/profile.js';
import { measureReuse } from '../../src/copies/reuse.js';
import { ALIGNED_SIMILARITY, worthAligning } from '../../src/copies/signals.js';
import { signatureOf } from '../../src/copies/signature.js';
import { editedReprint } from '../helpers/edits.js';
import { loadFixture } from '../helpers/fixtures.js';
import { newsText } from '../helpers/properties.js';

const page001 = loadFixture('001').text;
const page002 = loadFixture('002').text;

describe('candidate search', () => {
  it('signatureBands gives the 64 band keys the index joins on, null for an empty channel', () => {
    const keys = signatureBands(copySignature(page002));
    expect(keys).toHaveLength(64);
    expect(keys.every((k) => k !== null && Number.isInteger(k) && k >= 0 && k < 2 ** 32)).toBe(true);
    expect(signatureBands(copySignature('')).every((k) => k === null)).toBe(true);
    expect(() => signatureBands([1, 2, 3])).toThrow(TypeError);
  });

  it('pairs documents that share a band key, the first added as a', () => {
    const index = createCopyIndex();
    index.add('farm', page001);
    index.add('wire', page002);
    index.add('other', 'A short note about the weather in a town far away from everything.');
    expect(index.candidatePairs()).toContainEqual({ a: 'farm', b: 'wire' });
  });

  it("verifies a data engine's candidate pairs with the same stages: the bands' own give the same pairs and families", () => {
    const index = createCopyIndex();
    index.add('farm', page001);
    index.add('wire', page002);
    index.add('reprint', editedReprint(page002, loadFixture('003').text, 3).text);
    index.add('other', page001.split('\n').reverse().join('\n'));
    const candidates = index.candidatePairs();
    // Given backwards (b before a) and twice, as an engine may return them.
    const given = [...candidates.map(({ a, b }) => ({ a: b, b: a })), ...candidates];
    expect(index.copyPairs({ candidates: given })).toEqual(index.copyPairs());
    expect(index.families({ candidates: given })).toEqual(index.families());
    expect(index.copyPairs().length).toBeGreaterThan(0);
    // Only the pairs given are verified: none gives nothing, one gives at most itself.
    expect(index.copyPairs({ candidates: [] })).toEqual([]);
    const one = index.copyPairs({ candidates: [{ a: 'wire', b: 'reprint' }] });
    expect(one.map((p) => [p.a, p.b])).toEqual([['wire', 'reprint']]);
    // A generator is read once, lazily.
    function* lazily(): Generator<{ a: string; b: string }> {
      yield* candidates;
    }
    expect(index.copyPairs({ candidates: lazily() })).toEqual(index.copyPairs());
  });

  it('gives the same pairs whatever the order, sides and repeats of the candidates given', () => {
    const index = createCopyIndex();
    index.add('farm', page001);
    index.add('wire', page002);
    index.add('reprint', editedReprint(page002, loadFixture('003').text, 5).text);
    index.add('other', loadFixture('004').text);
    const candidates = index.candidatePairs();
    const expected = index.copyPairs({ candidates });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(candidates.length - 1), fc.boolean()), { maxLength: 3 * candidates.length }),
        (picks) => {
          // Every candidate at least once, then more in any order, some with their sides swapped.
          const given = [...candidates, ...picks.map(([k]) => candidates[k]!)]
            .map((pair, i) => (picks[i % Math.max(1, picks.length)]?.[1] ? { a: pair.b, b: pair.a } : pair))
            .reverse();
          expect(index.copyPairs({ candidates: given })).toEqual(expected);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('refuses candidate pairs that name a document the index does not hold, or are not iterable', () => {
    const index = createCopyIndex();
    index.add('wire', page002);
    expect(() => index.copyPairs({ candidates: [{ a: 'wire', b: 'gone' }] })).toThrow(
      /two documents of the index/,
    );
    expect(() => index.families({ candidates: 7 as never })).toThrow(TypeError);
    expect(() => index.copyPairs(null as never)).toThrow(TypeError);
  });

  it('a bucket larger than hubLimit pairs nothing and is counted; bucketLimit pairs the rest with four leaders', () => {
    const same = 'The council voted on Monday to close the old bridge across the river for repairs.';
    const hubbed = createCopyIndex({ hubLimit: 5 });
    const capped = createCopyIndex({ bucketLimit: 2 });
    for (let i = 0; i < 8; i++) {
      hubbed.add(`d${i}`, same);
      capped.add(`d${i}`, same);
    }
    expect(hubbed.candidatePairs()).toEqual([]);
    expect(hubbed.stats().hubBuckets).toBeGreaterThan(0);
    // Eight documents in every bucket: each pairs with the first four, 4·7 − 6 = 22 pairs.
    const pairs = capped.candidatePairs();
    expect(pairs).toHaveLength(22);
    expect(pairs.every((p) => ['d0', 'd1', 'd2', 'd3'].includes(p.a))).toBe(true);
    expect(capped.stats()).toEqual({ documents: 8, hubBuckets: 0 });
  });
});

describe('language codes and the same-language gate', () => {
  it('gives each text a coarse language code from stop words, then its script', () => {
    const code = (text: string): number => profileOf(text, null).language;
    expect(code('The minister said that the plan would be ready for the vote in the spring.')).toBe(1);
    expect(code('Der Minister sagte, dass der Plan für die Abstimmung im Frühjahr fertig sein wird.')).toBe(
      2,
    );
    expect(code('Министр сказал, что план будет готов для голосования уже этой весной.')).toBe(11);
    expect(code('大臣は、計画は春の投票までに準備ができると述べた。')).toBe(101);
    expect(code('Menteri mengatakan rencana itu akan siap untuk pemungutan suara musim semi.')).toBe(0);
  });

  it('two texts in one language that share only names and numbers are not looked at closer', () => {
    const a = [
      'Maria Lopez opened the summit in Geneva on 12 March 2024 before 4,500 delegates.',
      'Negotiators argued late into the evening about water rights, river dams and irrigation quotas.',
      'Several coastal nations demanded compensation for flooding damage caused by upstream reservoirs.',
      'Observers expected a compromise on monitoring stations, though funding remained uncertain.',
    ].join(' ');
    const b = [
      'Farmers outside Geneva watched their wheat wither as Maria Lopez spoke on 12 March 2024.',
      'Grain prices climbed sharply while supermarkets rationed flour and bakeries shortened opening hours.',
      'Teachers reported pupils arriving hungry; charities opened soup kitchens for 4,500 families.',
      'Veterinarians warned that cattle herds would shrink unless fodder imports resumed soon.',
    ].join(' ');
    const [sa, sb] = [a, b].map((t) => {
      const p = profileOf(t, null);
      return Uint32Array.from(signatureOf(p.words, p.anchors));
    });
    expect(worthComparing(sa!, sb!, false)).toBe(true);
    expect(worthComparing(sa!, sb!, true)).toBe(false);
    expect(worthAligning(profileOf(a, null), profileOf(b, null), true)).toBe(false);
  });
});

describe('getText', () => {
  it('keeps no text in the index, asks for it when a pair is verified, and says when it gets none', () => {
    const texts = new Map([
      ['farm', page001],
      ['wire', page002],
    ]);
    const asked: string[] = [];
    const index = createCopyIndex({
      getText: (id) => {
        asked.push(id);
        return texts.get(id) ?? (undefined as unknown as string);
      },
    });
    index.add('farm', page001);
    index.add('wire', page002);
    expect(index.toJSON().documents.every((d) => d.text === undefined)).toBe(true);
    expect(index.families()[0]).toMatchObject({ original: 'wire' });
    expect(asked.sort()).toEqual(['farm', 'wire']);
    index.add('lost', 'Another text entirely, about the weather in a small town by the sea.');
    expect(() => index.query('lost')).toThrow(
      /expected options.getText\('lost'\) to return the document's text/,
    );
  });
});

describe('couldBeCopy, the bound before the alignment', () => {
  const compareBoth = (a: string, b: string): { copy: boolean; could: boolean } => {
    const pa = profileOf(a);
    const pb = profileOf(b);
    return { copy: compareProfiles(pa, pb).isCopy, could: couldBeCopy(pa, pb) };
  };

  it('lets every copy through: the seed retranslation and edited reprints of real pages', () => {
    expect(compareBoth(page001, page002)).toEqual({ copy: true, could: true });
    for (const seed of [1, 2, 3]) {
      const edited = editedReprint(page002, loadFixture('003').text, seed).text;
      expect(compareBoth(page002, edited)).toEqual({ copy: true, could: true });
    }
  });

  it('stops two reports of one story before the alignment', () => {
    expect(compareBoth(loadFixture('000').text, page002)).toEqual({ copy: false, could: false });
  });

  it('never stops a pair that the full comparison calls a copy', () => {
    fc.assert(
      fc.property(newsText, newsText, fc.nat(5), (a, b, cut) => {
        // b: a with its first sentences cut and another text appended, a reworded copy of sorts.
        const sentences = a.split('. ');
        const mixed = `${sentences.slice(cut).join('. ')} ${b}`;
        for (const [x, y] of [
          [a, b],
          [a, mixed],
        ] as const) {
          const px = profileOf(x, null);
          const py = profileOf(y, null);
          if (compareProfiles(px, py).isCopy) expect(couldBeCopy(px, py)).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('alignedShareBound, the best monotone path of beads', () => {
  it('is never below the share of sentences the alignment itself aligns', () => {
    fc.assert(
      fc.property(newsText, newsText, fc.nat(4), (a, b, drop) => {
        // y: x's sentences with some dropped and another text's between them, so beads of every
        // shape (1–1, merges, gaps) occur.
        const sentences = a.split('. ');
        const kept = sentences.filter((_, i) => i % (drop + 2) !== 1);
        const other = b.split('. ');
        const y = kept.flatMap((s, i) => (i % 3 === 2 && other[i] ? [s, other[i]!] : [s])).join('. ');
        // The same text twice is aligned by identity, not by the programme the bound bounds (and a
        // duplicate never needs the bound).
        fc.pre(y !== a);
        const px = profileOf(a, null);
        const py = profileOf(y, null);
        const aligned = compareProfiles(px, py).signals.alignedShare;
        // The signal is rounded to three decimals.
        expect(alignedShareBound(px, py, ALIGNED_SIMILARITY)).toBeGreaterThanOrEqual(aligned - 0.0006);
      }),
      { numRuns: 80 },
    );
  });

  it('with a share that is enough, returns the path when the looser count of beads reaches it, and never less than the path', () => {
    fc.assert(
      fc.property(
        newsText,
        newsText,
        fc.nat(4),
        fc.double({ min: 0.05, max: 1, noNaN: true }),
        (a, b, drop, enough) => {
          const sentences = a.split('. ');
          const y = sentences
            .filter((_, i) => i % (drop + 2) !== 1)
            .concat(b.split('. ').slice(0, drop))
            .join('. ');
          const px = profileOf(a, null);
          const py = profileOf(y, null);
          const path = alignedShareBound(px, py, ALIGNED_SIMILARITY);
          const early = alignedShareBound(px, py, ALIGNED_SIMILARITY, enough);
          // The looser count (any bead, any path) is at least the path's; it is returned only below enough.
          expect(early).toBeGreaterThanOrEqual(path);
          if (early >= enough) expect(early).toBe(path);
          else expect(path).toBeLessThan(enough);
        },
      ),
      { numRuns: 80 },
    );
  });

  it('with a share that is enough, stops early on two reports that share words but no sentence', () => {
    const a = profileOf(
      'The harbour authority closed the northern pier after storm damage on Tuesday. Fishing crews moved their boats to the southern basin. The mayor promised compensation for traders.',
      null,
    );
    const b = profileOf(
      'Storm damage on the northern pier worried traders. The southern basin was crowded with boats. Compensation was promised by the mayor, the harbour authority said on Tuesday.',
      null,
    );
    // Each pair of sentences shares a word or two of many: no bead reaches 0.9, so no sentence counts.
    expect(alignedShareBound(a, b, 0.9, 0.6)).toBeLessThan(0.6);
    expect(alignedShareBound(a, b, 0.9, 0.6)).toBeGreaterThanOrEqual(alignedShareBound(a, b, 0.9));
  });

  it('counts a sentence once, on one path: two texts whose halves are swapped cannot align them all', () => {
    const sentences = [
      'The harbour authority closed the northern pier after storm damage on Tuesday.',
      'Fishing crews moved their boats to the southern basin until repairs are finished.',
      'Engineers expect the work to cost about four million euros and last two months.',
      'The mayor promised compensation for traders who lose business during the closure.',
    ];
    const crossed = [sentences[2], sentences[3], sentences[0], sentences[1]];
    const a = profileOf(sentences.join(' '), null);
    const b = profileOf(crossed.join(' '), null);
    // Any bead per sentence would count all eight sentences; one monotone path cannot.
    const bound = alignedShareBound(a, b, ALIGNED_SIMILARITY);
    expect(bound).toBeLessThan(1);
    expect(bound).toBeGreaterThanOrEqual(compareProfiles(a, b).signals.alignedShare);
  });
});

describe('one language by its stop words', () => {
  it('two reports that both read as English are never taken for a translation, however few short words they share', () => {
    const a = profileOf(
      'Officials said the new bridge would open next spring, and that the council had already approved the extra funding for its lighting.',
      null,
    );
    const b = profileOf(
      'Which contractors were hired remains unclear; their bids, however, would have been published before these contracts were signed there.',
      null,
    );
    expect(a.language).toBe(1);
    expect(b.language).toBe(1);
    expect(isCrossLingual(a, b, 0)).toBe(false);
  });
});

describe('edited copies keep their text, not just a sentence beside quotations', () => {
  const shared =
    'The regional water board approved a new reservoir on the northern plateau on Monday after two years of public hearings, objections from landowners and a long review of its costs.';
  const quoteHeavy = [
    '"We have waited a very long time for this decision and the farmers are relieved," said Tomas Berg.',
    '"Nobody in the valley believed the hearings would ever end, to be honest with you," he added.',
    '"The children will finally have clean water in their schools and in every village," said Ana Lind.',
    `${shared}`,
    '"It is a good day for everyone who lives along the river and works the land," Lind said.',
  ].join(' ');
  const other = [
    'Engineers expect construction to begin in the spring and to employ about three hundred workers.',
    `${shared}`,
    'Opponents argued that the dam would flood grazing land and several small hamlets upstream.',
    'The board said compensation would be offered to families who have to move before the works start.',
    'A final environmental review is due by the end of the year, officials said on Tuesday.',
  ].join(' ');

  it('a text mostly of quotations that shares one sentence of its own is no copy', () => {
    const reuse = measureReuse(profileOf(quoteHeavy, null), profileOf(other, null));
    // Most of its few unquoted words are kept, but not much of the text.
    expect(reuse.kept).toBeGreaterThanOrEqual(0.4);
    expect(reuse.keptWithQuotes).toBeLessThan(0.35);
    const result = compareDocuments(quoteHeavy, other, { body: null });
    expect(result.isCopy).toBe(false);
  });

  it('a reprint of the same text that keeps its quotations is a near-duplicate', () => {
    const reprint = `${quoteHeavy} The board will publish its full decision next week.`;
    expect(compareDocuments(quoteHeavy, reprint, { body: null }).relation).toBe('near-duplicate');
  });
});
