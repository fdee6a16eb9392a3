import { describe, expect, it } from 'vitest';
import { copySignature, createCopyIndex, signatureBands } from '../../src/copies/index.js';
import { loadFixture } from '../helpers/fixtures.js';

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
