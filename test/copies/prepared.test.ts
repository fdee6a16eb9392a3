import { Worker } from 'node:worker_threads';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HashSet32, hashLowerCase, hashString } from '../../src/copies/hash.js';
import { createCopyIndex, prepareCopyDocument } from '../../src/copies/index.js';
import { describeAdversarial } from '../helpers/adversarial.js';
import { editedReprint } from '../helpers/edits.js';
import { loadFixture } from '../helpers/fixtures.js';

const pages = ['000', '001', '002', '003', '004'].map((id) => ({ id, text: loadFixture(id).text }));
const texts = new Map(pages.map((p) => [p.id, p.text]));
texts.set('002-reprint', editedReprint(texts.get('002')!, texts.get('003')!, 7).text);

describe('prepareCopyDocument and CopyIndex.addPrepared', () => {
  it('an index of prepared documents finds the same pairs and families as one of added texts', () => {
    const getText = (id: string): string => texts.get(id)!;
    const added = createCopyIndex({ getText });
    const prepared = createCopyIndex({ getText });
    for (const [id, text] of texts) {
      added.add(id, text);
      prepared.addPrepared(id, prepareCopyDocument(text));
    }
    const pairs = prepared.copyPairs();
    expect(pairs).toEqual(added.copyPairs());
    const keys = pairs.map((p) => [p.a, p.b].sort().join('|'));
    expect(keys).toContain('001|002');
    expect(keys).toContain('002|002-reprint');
    expect(prepared.families()).toEqual(added.families());
    expect(prepared.signature('001')).toEqual(added.signature('001'));
  });

  it('survives a trip through structured clone, as from a worker thread', async () => {
    const text = texts.get('002')!;
    // A worker that prepares nothing: it sends back what it was sent, cloned twice over.
    const echo = new Worker(
      "require('node:worker_threads').parentPort.on('message', (m) => { require('node:worker_threads').parentPort.postMessage(m); })",
      { eval: true },
    );
    const original = prepareCopyDocument(text);
    const back = await new Promise<ReturnType<typeof prepareCopyDocument>>((resolve) => {
      echo.once('message', resolve);
      echo.postMessage(original);
    });
    await echo.terminate();
    const index = createCopyIndex({ getText: (id) => texts.get(id)! });
    index.addPrepared('002', back);
    index.add('001', texts.get('001')!);
    expect(index.copyPairs().map((p) => p.relation)).toEqual(['retranslation']);
  });

  it('keeps the date the page states, and lets the caller give another', () => {
    const page = texts.get('002')!;
    const stated = prepareCopyDocument(page).published;
    const index = createCopyIndex({ getText: (id) => texts.get(id)! });
    index.addPrepared('002', prepareCopyDocument(page));
    index.addPrepared('001', prepareCopyDocument(texts.get('001')!), { published: '2020-01-02' });
    const [family] = index.families();
    expect(family?.published['001']).toBe('2020-01-02');
    expect(family?.published['002'] ?? null).toBe(stated);
  });

  it('refuses what is not a prepared document, and an index that would have no text to verify with', () => {
    const index = createCopyIndex({ getText: () => '' });
    const good = prepareCopyDocument('A short text about a council vote on a bridge.');
    expect(() => index.addPrepared('x', { ...good, signature: new Uint32Array(5) })).toThrow(
      /addPrepared: expected prepared to be the result of prepareCopyDocument/,
    );
    expect(() => index.addPrepared('x', { ...good, words: [1, 2] as unknown as Uint16Array })).toThrow(
      TypeError,
    );
    expect(() => index.addPrepared('x', null as never)).toThrow(/got null/);
    expect(() => index.addPrepared(7 as never, good)).toThrow(/expected id to be a string, got number/);
    expect(() => createCopyIndex().addPrepared('x', good)).toThrow(/create it with options.getText/);
    expect(() => prepareCopyDocument(3 as never)).toThrow(
      /prepareCopyDocument: expected text to be a string/,
    );
  });

  it('prepares any string: plain data of the documented shape', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        const p = prepareCopyDocument(text);
        expect(p.signature).toBeInstanceOf(Uint32Array);
        expect(p.signature).toHaveLength(163);
        expect([...p.words]).toEqual([...new Set(p.words)].sort((x, y) => x - y));
        expect([...p.anchors]).toEqual([...new Set(p.anchors)].sort((x, y) => x - y));
        expect(Number.isInteger(p.language)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});

describeAdversarial('prepareCopyDocument + CopyIndex.addPrepared', (text) => {
  const index = createCopyIndex({ getText: (id) => (id === 'seed' ? texts.get('002')! : text) });
  index.addPrepared('input', prepareCopyDocument(text));
  index.addPrepared('seed', prepareCopyDocument(texts.get('002')!));
  return index.copyPairs();
});

describe('HashSet32', () => {
  it('holds exactly the hashes it was built from, 0 and 2³²−1 included', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 2 ** 32 - 1 }), { maxLength: 300 }),
        fc.array(fc.integer({ min: 0, max: 2 ** 32 - 1 }), { maxLength: 50 }),
        (values, probes) => {
          const set = new HashSet32([...values, 0, 2 ** 32 - 1]);
          const reference = new Set([...values, 0, 2 ** 32 - 1]);
          for (const v of [...values, ...probes, 0, 2 ** 32 - 1, 1, 12345])
            expect(set.has(v)).toBe(reference.has(v));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('HashSet32 indices', () => {
  it('numbers the distinct hashes in the order they were first given', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2 ** 32 - 1 }), { maxLength: 200 }), (values) => {
        const set = new HashSet32(values);
        const distinct = [...new Set(values)];
        expect(set.size).toBe(distinct.length);
        distinct.forEach((v, i) => {
          expect(set.indexOf(v)).toBe(i);
        });
      }),
      { numRuns: 100 },
    );
  });
});

describe('hashLowerCase', () => {
  it('is the hash of the lower-cased slice, for any text and range (non-ASCII and unpaired surrogates too)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), fc.nat(), fc.nat(), (text, x, y) => {
        const start = text.length === 0 ? 0 : x % (text.length + 1);
        const end = start + (text.length === 0 ? 0 : y % (text.length - start + 1));
        expect(hashLowerCase(text, start, end)).toBe(hashString(text.slice(start, end).toLowerCase()));
      }),
      { numRuns: 300 },
    );
    expect(hashLowerCase('Hello WORLD', 0, 5)).toBe(hashString('hello'));
    expect(hashLowerCase('İstanbul', 0, 8)).toBe(hashString('İstanbul'.toLowerCase()));
  });
});
