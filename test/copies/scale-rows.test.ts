import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CopySignatureRows,
  candidateSql,
  compareDocuments,
  copySignature,
  copySignatureRows,
  signatureBands,
  verifyCandidatePairs,
} from '../../src/copies/index.js';
import { describeAdversarial } from '../helpers/adversarial.js';
import { editedReprint } from '../helpers/edits.js';
import { loadFixture } from '../helpers/fixtures.js';
import { textInput } from '../helpers/properties.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const page001 = loadFixture('001').text;
const page002 = loadFixture('002').text;
const page003 = loadFixture('003').text;

/** The band rows one text must give: one per non-null key of signatureBands(copySignature(text)). */
function expectedBands(
  id: string,
  ord: number,
  text: string,
): { id: string; ord: number; band: number; key: number; nextKey: number }[] {
  const keys = signatureBands(copySignature(text));
  // The next band of the channel: 0 after 31, 32 after 63.
  const next = (band: number): number => (band < 32 ? (band + 1) % 32 : 32 + ((band - 31) % 32));
  return keys.flatMap((key, band) =>
    key === null ? [] : [{ id, ord, band, key, nextKey: keys[next(band)]! }],
  );
}

describe('copySignatureRows', () => {
  it('gives each document its signature and one row per non-empty band, ord in the order given', () => {
    const rows = [
      ...copySignatureRows([
        { id: 'farm', text: page001 },
        { id: 'wire', text: page002 },
        { id: 'empty', text: '' },
      ]),
    ];
    expect(rows.map((r) => [r.id, r.ord])).toEqual([
      ['farm', 0],
      ['wire', 1],
      ['empty', 2],
    ]);
    expect(rows[0]!.signature).toEqual(copySignature(page001));
    expect(rows[0]!.bands).toEqual(expectedBands('farm', 0, page001));
    expect(rows[1]!.bands).toEqual(expectedBands('wire', 1, page002));
    // A news page has words and anchors: all 64 bands; an empty text has none.
    expect(rows[1]!.bands).toHaveLength(64);
    expect(rows[2]!.bands).toEqual([]);
  });

  it('names plain strings by position and continues the numbering from firstOrd', () => {
    const rows = [...copySignatureRows([page001, page002], { firstOrd: 1000 })];
    expect(rows.map((r) => [r.id, r.ord])).toEqual([
      ['0', 1000],
      ['1', 1001],
    ]);
    expect(rows[1]!.bands.every((b) => b.id === '1' && b.ord === 1001)).toBe(true);
  });

  it('a text of one word channel only has the 32 word bands (anchors need two)', () => {
    const [row] = [...copySignatureRows(['the quiet river flows past the old mill every morning'])];
    expect(row!.bands.map((b) => b.band)).toEqual(Array.from({ length: 32 }, (_, band) => band));
  });

  it('reads documents lazily, one at a time', () => {
    let read = 0;
    function* docs(): Generator<string> {
      for (const text of [page001, page002, page003]) {
        read++;
        yield text;
      }
    }
    const rows = copySignatureRows(docs());
    expect(read).toBe(0);
    rows.next();
    expect(read).toBe(1);
  });

  it('honours the body option as copySignature does', () => {
    const body = (text: string) => [{ start: 0, end: Math.min(200, text.length) }];
    const [row] = [...copySignatureRows([page002], { body })];
    expect(row!.signature).toEqual(copySignature(page002, { body }));
    expect(row!.signature).not.toEqual(copySignature(page002));
  });

  it('throws TypeError for what is not a collection of documents, and for a repeated id', () => {
    expect(() => copySignatureRows(5 as never)).toThrow(
      /copydesk: copySignatureRows: expected docs to be an iterable of \{ id, text \} or strings, got number/,
    );
    expect(() => copySignatureRows(null as never)).toThrow(TypeError);
    expect(() => copySignatureRows('text' as never)).toThrow(TypeError);
    expect(() => copySignatureRows([], 'x' as never)).toThrow(TypeError);
    expect(() => copySignatureRows([], { firstOrd: -1 })).toThrow(/firstOrd/);
    expect(() => copySignatureRows([], { firstOrd: 1.5 })).toThrow(/firstOrd/);
    expect(() => [...copySignatureRows([{ id: 'a', text: 3 } as never])]).toThrow(
      /copydesk: copySignatureRows: expected docs\[0\] to be a string or \{ id, text \}/,
    );
    expect(() => [...copySignatureRows([7 as never])]).toThrow(TypeError);
    expect(() => [
      ...copySignatureRows([
        { id: 'a', text: 'x' },
        { id: 'a', text: 'y' },
      ]),
    ]).toThrow(/expected unique ids, got "a" twice/);
  });

  it('property: the rows of any text are its non-null band keys', () => {
    fc.assert(
      fc.property(textInput, (text) => {
        const [row] = [...copySignatureRows([{ id: 'x', text }])];
        const expected = expectedBands('x', 0, text);
        return (
          row !== undefined &&
          row.bands.length === expected.length &&
          row.bands.every(
            (b, i) =>
              b.band === expected[i]!.band &&
              b.key === expected[i]!.key &&
              b.nextKey === expected[i]!.nextKey,
          )
        );
      }),
      { numRuns: 100 },
    );
  });
});

describeAdversarial(
  'copySignatureRows',
  (text) => [...copySignatureRows([text])],
  (_input, output) => {
    const rows = output as CopySignatureRows[];
    expect(rows).toHaveLength(1);
    expect(rows[0]!.signature).toHaveLength(163);
    expect(rows[0]!.bands.length).toBeLessThanOrEqual(64);
    for (const b of rows[0]!.bands) {
      expect(Number.isInteger(b.key) && b.key >= 0 && b.key < 2 ** 32).toBe(true);
      expect(b.band >= 0 && b.band < 64).toBe(true);
    }
  },
);

describe('candidateSql', () => {
  it('the package ships the default queries as sql/candidates.sql and sql/hub-buckets.sql', () => {
    const sql = candidateSql();
    expect(readFileSync(join(root, 'sql', 'candidates.sql'), 'utf8')).toBe(sql.pairs);
    expect(readFileSync(join(root, 'sql', 'hub-buckets.sql'), 'utf8')).toBe(sql.hubBuckets);
    const packaged = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { files: string[] };
    expect(packaged.files).toContain('sql');
  });

  it('writes the limits and the table into the queries, with no trailing semicolon', () => {
    const sql = candidateSql({ bucketLimit: 3, hubLimit: 40, table: 'news.copy_bands' });
    expect(sql.pairs).toContain('SELECT 3 AS bucket_limit, 40 AS hub_limit');
    expect(sql.pairs).toContain('FROM news.copy_bands');
    expect(sql.pairs).toContain('members.bucket_rank <= 4');
    expect(sql.hubBuckets).toContain('SELECT 40 AS hub_limit');
    expect(sql.hubBuckets).toContain('FROM news.copy_bands');
    expect(sql.pairs.trimEnd().endsWith(';')).toBe(false);
    // Sizes are whole numbers: a fractional limit compares like its floor, infinity like "no limit".
    expect(candidateSql({ bucketLimit: 2.7 }).pairs).toContain('SELECT 2 AS bucket_limit');
    expect(candidateSql({ hubLimit: Number.POSITIVE_INFINITY }).pairs).toContain(
      `${Number.MAX_SAFE_INTEGER} AS hub_limit`,
    );
  });

  it('refuses a table name that is not a plain (qualified) name, and limits that are not numbers', () => {
    expect(() => candidateSql({ table: 'bands; DROP TABLE x' })).toThrow(
      /copydesk: candidateSql: expected options.table to be a table name/,
    );
    expect(() => candidateSql({ table: '' })).toThrow(TypeError);
    expect(() => candidateSql({ bucketLimit: '64' as never })).toThrow(/options.bucketLimit to be a number/);
    expect(() => candidateSql({ hubLimit: Number.NaN })).toThrow(TypeError);
    expect(() => candidateSql('x' as never)).toThrow(TypeError);
  });
});

describe('verifyCandidatePairs', () => {
  const reprint = editedReprint(page002, page003, 11).text;
  const docs = [
    { id: 'wire', text: page002 },
    { id: 'reprint', text: reprint },
    { id: 'farm', text: page001 },
    { id: 'other', text: page003 },
  ];
  const texts = new Map(docs.map((d) => [d.id, d.text]));

  it('keeps exactly the pairs compareDocuments calls copies, with its relation and score', () => {
    const pairs = [
      { a: 'wire', b: 'reprint' },
      { a: 'farm', b: 'wire' },
      { a: 'wire', b: 'other' },
      { a: 'farm', b: 'other' },
    ];
    const verified = verifyCandidatePairs(pairs, (id) => texts.get(id));
    const expected = pairs.flatMap(({ a, b }) => {
      const result = compareDocuments(texts.get(a)!, texts.get(b)!);
      return result.isCopy ? [{ a, b, relation: result.relation, score: result.score }] : [];
    });
    expect(verified).toEqual([...expected].sort((x, y) => y.score - x.score));
    expect(verified.map((p) => `${p.a}-${p.b}`).sort()).toEqual(['farm-wire', 'wire-reprint']);
  });

  it('takes the documents themselves as findCopies does, and keeps a and b as given', () => {
    const fromFunction = verifyCandidatePairs([{ a: 'reprint', b: 'wire' }], (id) => texts.get(id));
    const fromDocs = verifyCandidatePairs([{ a: 'reprint', b: 'wire' }], docs);
    expect(fromDocs).toEqual(fromFunction);
    expect(fromDocs[0]).toMatchObject({ a: 'reprint', b: 'wire', relation: 'near-duplicate' });
    // Pairs as the engine gives them, with their ords: extra fields are ignored.
    const enginePairs = [{ a: '0', b: '1', aOrd: 0, bOrd: 1 }];
    const byPosition = verifyCandidatePairs(enginePairs, [page002, reprint]);
    expect(byPosition.map((p) => [p.a, p.b])).toEqual([['0', '1']]);
  });

  it('throws TypeError for an unknown id and for arguments of the wrong kind', () => {
    expect(() => verifyCandidatePairs([{ a: 'wire', b: 'nowhere' }], (id) => texts.get(id))).toThrow(
      /copydesk: verifyCandidatePairs: expected a text for id "nowhere", got undefined/,
    );
    expect(() => verifyCandidatePairs(3 as never, docs)).toThrow(TypeError);
    expect(() => verifyCandidatePairs([], 'docs' as never)).toThrow(TypeError);
    expect(() => verifyCandidatePairs([], [{ id: 'x' } as never])).toThrow(
      /copydesk: verifyCandidatePairs: expected texts\[0\] to be a string or \{ id, text \}/,
    );
    expect(() => verifyCandidatePairs([{ a: 1 } as never], docs)).toThrow(/string ids a and b/);
    expect(() => verifyCandidatePairs([], docs, 'x' as never)).toThrow(TypeError);
  });

  it('property: a pair is kept exactly when compareDocuments calls it a copy', () => {
    fc.assert(
      fc.property(textInput, textInput, (a, b) => {
        const verified = verifyCandidatePairs(
          [{ a: 'x', b: 'y' }],
          [
            { id: 'x', text: a },
            { id: 'y', text: b },
          ],
        );
        const result = compareDocuments(a, b);
        return result.isCopy
          ? verified.length === 1 &&
              verified[0]!.score === result.score &&
              verified[0]!.relation === result.relation
          : verified.length === 0;
      }),
      { numRuns: 60 },
    );
  });
});

describeAdversarial(
  'verifyCandidatePairs',
  (text) =>
    verifyCandidatePairs(
      [{ a: 'x', b: 'seed' }],
      [
        { id: 'x', text },
        { id: 'seed', text: loadFixture('004').text },
      ],
    ),
  (_input, output) => {
    // None of the junk is a copy of a seed news page.
    expect(output).toEqual([]);
  },
);
