import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CopyIndex, createCopyIndex } from '../../src/copies/index.js';
import { SavedIndexError } from '../../src/copies/saved.js';
import { loadFixture } from '../helpers/fixtures.js';

const ids = ['000', '001', '002', '003', '004'];
const texts = new Map(ids.map((id) => [id, loadFixture(id).text]));

function built(options: Parameters<typeof createCopyIndex>[0] = {}): CopyIndex {
  const index = createCopyIndex(options);
  for (const id of ids) index.add(id, texts.get(id)!, { source: `fixtures/${id}.txt` });
  return index;
}

/** All chunks joined into one buffer. */
function joined(chunks: Iterable<Uint8Array>): Uint8Array {
  const list = [...chunks];
  const out = new Uint8Array(list.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of list) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** The same bytes cut into pieces of `size`, so reads cross chunk boundaries. */
function pieces(bytes: Uint8Array, size: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let at = 0; at < bytes.length; at += size) out.push(bytes.slice(at, at + size));
  return out;
}

describe('the saved index', () => {
  it('round-trips: build, save, load (in chunks of any size), and query give the same answers', () => {
    const index = built();
    const bytes = joined(index.save());
    expect(new TextDecoder().decode(bytes.subarray(0, 8))).toBe('COPYDESK');
    for (const size of [7, 1000, bytes.length]) {
      const loaded = CopyIndex.load(pieces(bytes, size));
      expect(loaded.size).toBe(5);
      expect(loaded.families()).toEqual(index.families());
      expect(loaded.query('001')).toEqual(index.query('001'));
      expect(loaded.signature('002')).toEqual(index.signature('002'));
      expect(loaded.sourceOf('004')).toBe('fixtures/004.txt');
    }
  });

  it('an index built with getText saves no texts and loads again with getText', () => {
    const getText = (id: string): string => texts.get(id) ?? '';
    const index = built({ getText });
    const bytes = joined(index.save());
    expect(bytes.length).toBeLessThan(5 * 1000);
    expect(() => CopyIndex.load([bytes])).toThrow(/saved without texts; pass options.getText/);
    const loaded = CopyIndex.load([bytes], { getText });
    expect(loaded.families()).toEqual(built().families());
  });

  it('refuses a truncated, corrupted, foreign or newer file with a clear error, and loads nothing', () => {
    const bytes = joined(built().save());
    expect(() => CopyIndex.load([bytes.subarray(0, bytes.length - 5)])).toThrow(/truncated file/);
    expect(() => CopyIndex.load([bytes.subarray(0, 2000)])).toThrow(SavedIndexError);
    const corrupted = bytes.slice();
    corrupted[Math.floor(bytes.length / 2)]! ^= 0x20;
    expect(() => CopyIndex.load([corrupted])).toThrow(/corrupted/);
    const newer = bytes.slice();
    new DataView(newer.buffer).setUint32(8, 2, true);
    expect(() => CopyIndex.load([newer])).toThrow(/format version 2; this copydesk reads version 1/);
    expect(() => CopyIndex.load([new TextEncoder().encode('{"format":"copydesk-copy-index"}')])).toThrow(
      /not a saved copydesk index/,
    );
    expect(() => CopyIndex.load([new Uint8Array(0)])).toThrow(/not a saved copydesk index/);
    expect(() => CopyIndex.load([bytes, new Uint8Array([1])])).toThrow(/bytes after the trailer/);
    expect(() => CopyIndex.load(null as never)).toThrow(TypeError);
  });
});

describe('the saved index: bad input', () => {
  it('any bytes either load as a whole index or throw a SavedIndexError, never anything else', () => {
    const good = joined(built().save());
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 2000 }),
          // A real index with a few bytes changed, cut or appended.
          fc.tuple(fc.nat(good.length - 1), fc.integer({ min: 1, max: 255 })).map(([at, xor]) => {
            const bytes = good.slice();
            bytes[at]! ^= xor;
            return bytes;
          }),
          fc.nat(good.length - 1).map((at) => good.slice(0, at)),
        ),
        (bytes) => {
          try {
            CopyIndex.load([bytes]);
          } catch (error) {
            expect(error).toBeInstanceOf(SavedIndexError);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('the saved index: chunks that are views', () => {
  it('reads chunks that are views into a larger buffer (Node Buffers from a pool)', () => {
    const bytes = joined(built().save());
    const pool = new Uint8Array(bytes.length + 100);
    pool.set(bytes, 37);
    const view = pool.subarray(37, 37 + bytes.length);
    expect(CopyIndex.load(pieces(view, 333).map((p) => p.subarray(0))).size).toBe(5);
    expect(CopyIndex.load([Buffer.from(pool.buffer, 37, bytes.length)]).size).toBe(5);
  });
});
