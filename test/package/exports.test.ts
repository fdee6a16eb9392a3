import { describe, expect, it } from 'vitest';
import * as copydesk from '../../src/index.js';

describe('package entry', () => {
  it('exports exactly the public functions, and no default', () => {
    expect(Object.keys(copydesk).sort()).toEqual([
      'CopyIndex',
      'SavedIndexError',
      'analyze',
      'articleRanges',
      'candidateSql',
      'compareDocuments',
      'copySignature',
      'copySignatureRows',
      'createCopyIndex',
      'detectLanguage',
      'detectScript',
      'extractEntities',
      'extractNumbers',
      'extractQuotes',
      'findCopies',
      'parseText',
      'prepareCopyDocument',
      'scriptOf',
      'signatureBands',
      'signatureSimilarity',
      'stripBoilerplate',
      'verifyCandidatePairs',
    ]);
    expect('default' in copydesk).toBe(false);
  });
});
