import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stripBoilerplate } from '../../src/boilerplate/index.js';
import { planFamilies } from '../../src/copies/families.js';
import { compareDocuments, createCopyIndex, findCopies } from '../../src/copies/index.js';
import { profileOf } from '../../src/copies/profile.js';
import { measureReuse } from '../../src/copies/reuse.js';
import { anchorsInPlace } from '../../src/copies/signals.js';
import { describeAdversarial } from '../helpers/adversarial.js';
import { editedReprint } from '../helpers/edits.js';
import { FIXTURE_DIR, loadFixture } from '../helpers/fixtures.js';
import { textInput } from '../helpers/properties.js';
import { expectSpansIn } from '../helpers/spans.js';

const page000 = loadFixture('000').text;
const page001 = loadFixture('001').text;
const page002 = loadFixture('002').text;
const page003 = loadFixture('003').text;
const page004 = loadFixture('004').text;

describe('families: star clustering over verified links', () => {
  const noDates = (): null => null;

  it('a weak link between two stories moves no document and chains nothing', () => {
    // Story one: 0-1-2 all linked strongly; story two: 3-4-5 likewise; one weak link 2~3.
    const strong = (a: number, b: number) => ({ a, b, score: 0.98, original: -1 });
    const links = [strong(0, 1), strong(0, 2), strong(1, 2), strong(3, 4), strong(3, 5), strong(4, 5)];
    links.push({ a: 2, b: 3, score: 0.55, original: -1 });
    const plans = planFamilies(links, noDates);
    expect(plans.map((p) => [...p.members].sort())).toEqual([
      [0, 1, 2],
      [3, 4, 5],
    ]);
  });

  it('a chain a~b~c without a~c is not one family when b is not the centre of both', () => {
    // 0~1 strong, 1~2 weak, 2~3 strong: two families, not one chain of four.
    const links = [
      { a: 0, b: 1, score: 0.99, original: -1 },
      { a: 1, b: 2, score: 0.51, original: -1 },
      { a: 2, b: 3, score: 0.99, original: -1 },
    ];
    const plans = planFamilies(links, noDates);
    expect(plans.map((p) => p.members.length).sort()).toEqual([2, 2]);
  });

  it('the original is the earliest date when every member states one', () => {
    const links = [
      { a: 0, b: 1, score: 0.9, original: 0 },
      { a: 0, b: 2, score: 0.9, original: 0 },
    ];
    const dates = ['2025-05-20', '2025-05-19', '2025-05-21'];
    const [plan] = planFamilies(links, (h) => dates[h] ?? null);
    expect(plan).toMatchObject({ original: 1, basis: 'published' });
    // Member 2 is not linked to the original: it copies the centre it was verified against.
    expect(plan?.edges).toEqual(
      expect.arrayContaining([
        { copy: 0, source: 1 },
        { copy: 2, source: 0 },
      ]),
    );
  });

  it('without dates for all, the artefact evidence decides, then a stated date, then nothing', () => {
    const links = [
      { a: 0, b: 1, score: 0.9, original: 1 },
      { a: 1, b: 2, score: 0.9, original: 1 },
    ];
    expect(planFamilies(links, (h) => (h === 0 ? '2025-01-01' : null))[0]).toMatchObject({
      original: 1,
      basis: 'artefacts',
    });
    const silent = links.map((l) => ({ ...l, original: -1 }));
    expect(planFamilies(silent, (h) => (h === 2 ? '2025-01-01' : null))[0]).toMatchObject({
      original: 2,
      basis: 'published',
    });
    expect(planFamilies(silent, noDates)[0]).toMatchObject({ original: -1, basis: null });
  });
});

describe('CopyIndex.families', () => {
  it('finds the seed pair as one family whose original is 002, with the changed quote on its edge', () => {
    const index = createCopyIndex();
    for (const id of ['000', '001', '002', '003', '004']) index.add(id, loadFixture(id).text);
    const families = index.families();
    expect(families).toHaveLength(1);
    const [family] = families;
    expect(family).toMatchObject({ ids: ['001', '002'], original: '002', basis: 'artefacts' });
    expect(family?.edges).toHaveLength(1);
    const edge = family!.edges[0]!;
    expect(edge).toMatchObject({ copy: '001', source: '002', relation: 'retranslation' });
    const quote = edge.changes.find(
      (c) => c.kind === 'quote' && c.b?.text.startsWith('They could be plotting'),
    );
    expect(quote?.a?.text).toBe('They could plot. It happened before,');
    expectSpansIn(page001, edge.changes, ['b']);
    expectSpansIn(page002, edge.changes, ['a']);
  });

  it('a date the caller gives decides the original over the artefacts', () => {
    const index = createCopyIndex();
    index.add('farm', page001, { published: '2025-05-18' });
    index.add('wire', page002, { published: '2025-05-19T10:00:00Z' });
    expect(index.families()[0]).toMatchObject({ original: 'farm', basis: 'published' });
    expect(() => index.add('x', 'text', { published: 5 as never })).toThrow(TypeError);
  });

  it('findCopies and copies() report the family, and an edited reprint joins it as a near-duplicate', () => {
    const reprint = editedReprint(page002, page004, 7).text;
    const docs = [
      { id: '000', text: page000 },
      { id: '001', text: page001 },
      { id: '002', text: page002 },
      { id: '003', text: page003 },
      { id: 'reprint', text: reprint },
    ];
    const pairs = findCopies(docs);
    expect(pairs.find((p) => [p.a, p.b].includes('reprint') && [p.a, p.b].includes('002'))?.relation).toBe(
      'near-duplicate',
    );
    expect(pairs.every((p) => p.a !== '000' && p.b !== '000' && p.a !== '003' && p.b !== '003')).toBe(true);
    const index = createCopyIndex();
    for (const d of docs) index.add(d.id, d.text);
    expect(index.copies().map((g) => g.ids)).toEqual([['001', '002', 'reprint']]);
  });

  it('families are disjoint and every edge stays inside its family, whatever the texts', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(textInput, fc.constantFrom(page001, page002)), { maxLength: 6 }),
        (texts) => {
          const index = createCopyIndex({ body: null });
          texts.forEach((t, i) => {
            index.add(String(i), t);
          });
          const seen = new Set<string>();
          for (const family of index.families()) {
            for (const id of family.ids) {
              expect(seen.has(id)).toBe(false);
              seen.add(id);
            }
            for (const edge of family.edges) {
              expect(family.ids).toContain(edge.copy);
              expect(family.ids).toContain(edge.source);
            }
            expect(family.edges).toHaveLength(family.ids.length - 1);
          }
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe('edited copies and rewordings', () => {
  it('an edited reprint of a real article (cut, trimmed, extended, reordered, new headline) is a near-duplicate', () => {
    for (const [article, donor] of [
      [page002, page003],
      [page003, page004],
      [page004, page000],
    ] as const) {
      for (const seed of [1, 2, 3]) {
        const edited = editedReprint(article, donor, seed);
        const result = compareDocuments(article, edited.text);
        expect(result.relation, JSON.stringify(edited.log)).toBe('near-duplicate');
      }
    }
  });

  it('sentences count as kept when their 5-grams are inside them, whatever surrounds them', () => {
    const one =
      'The council voted to close the old bridge on Monday.\nTraffic will move to the ring road for a year.\nShops near the bridge fear a loss of trade.';
    const reordered =
      'Shops near the bridge fear a loss of trade.\nThe council voted to close the old bridge on Monday.\nTraffic will move to the ring road for a year.';
    expect(measureReuse(profileOf(one, null), profileOf(reordered, null)).kept).toBe(1);
  });

  it('a shared quotation is not shared text: two reports quoting one speaker are not copies', () => {
    const quote =
      '"We will rebuild every school and every hospital that was lost, and we will do it before the winter comes," the minister said.';
    const a = `Floods swept through the valley on Sunday, cutting off three villages. ${quote} Rescue teams reached the last of the stranded families by boat late in the evening.`;
    const b = `Aid lorries queued at the closed pass on Tuesday while engineers inspected the damaged road. ${quote} Farmers in the lower valley counted their losses as the water went down.`;
    expect(measureReuse(profileOf(a, null), profileOf(b, null)).kept).toBe(0);
    expect(compareDocuments(a, b, { body: null }).isCopy).toBe(false);
  });

  it('two reports of one event that share its words but not its sentences are related, not a retranslation', () => {
    const a = [
      'The president arrived in the port city on Sunday for the navy parade.',
      'He watched the ships from a boat and spoke to the sailors.',
      'Forty ships and four thousand sailors took part in the parade this year.',
      'The parade is held every year on the last Sunday of July.',
      'Crowds lined the embankment to watch the ships pass.',
    ].join('\n');
    const b = [
      'Crowds gathered on the embankment on Sunday as the navy parade began.',
      'The parade is the main event of the navy holiday held every July.',
      'This year forty ships took part, the navy said.',
      'The president, who arrived by boat, thanked the sailors in a short speech.',
      'Fireworks over the port ended the day.',
    ].join('\n');
    const result = compareDocuments(a, b, { body: null });
    expect(result.signals.alignedShare).toBeLessThan(0.6);
    expect(result.relation).toBe('related');
  });
});

describe('translations need their anchors in place', () => {
  it('counts the sentences whose shared anchors stand at the same place in both texts', () => {
    const english =
      'Rome 2019 talks began.\nBerlin 2020 followed.\nParis 2021 came next.\nMadrid 2022 was last.';
    const inPlace = 'Рим 2019 начало.\nБерлин 2020 продолжение.\nПариж 2021 далее.\nМадрид 2022 конец.';
    const scattered = 'Мадрид 2022 конец.\nПариж 2021 далее.\nБерлин 2020 продолжение.\nРим 2019 начало.';
    const placed = anchorsInPlace(profileOf(english, null), profileOf(inPlace, null));
    expect(placed).toEqual({ sentences: 4, share: 1 });
    const shuffled = anchorsInPlace(profileOf(english, null), profileOf(scattered, null));
    expect(shuffled.share).toBeLessThan(0.5);
  });

  it('two Japanese texts are one language whether Han or Kana dominates', () => {
    const kanaHeavy =
      'きょうはとてもあつい日でした。みんなみずをたくさんのみました。こうえんにはひとがすくなかったです。';
    const hanHeavy =
      '本日東京都内の気温は三十五度を記録。熱中症への注意喚起が発表された。公園利用者は減少傾向。';
    expect(compareDocuments(kanaHeavy, hanHeavy, { body: null }).signals.crossLingual).toBe(false);
  });
});

describeAdversarial('CopyIndex.families', (text) => {
  const index = createCopyIndex();
  index.add('input', text);
  index.add('seed', page002);
  index.add('again', text);
  return index.families();
});

describe('copies of HTML pages', () => {
  it('reads an HTML page by its visible article: the page and its article as text are one text', () => {
    const html = readFileSync(join(FIXTURE_DIR, 'html', 'json-ld.html'), 'utf8');
    const body = stripBoilerplate(html).body;
    const result = compareDocuments(html, body);
    expect(['duplicate', 'near-duplicate']).toContain(result.relation);
    // Without reading the markup, tags and attributes would be compared as words.
    expect(compareDocuments(html, body, { body: null }).relation).not.toBe('duplicate');
  });
});
