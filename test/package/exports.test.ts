import { describe, expect, it } from 'vitest';
import * as copydesk from '../../src/index.js';

describe('package entry', () => {
  it('exports exactly the public functions, and no default', () => {
    expect(Object.keys(copydesk).sort()).toEqual([
      'detectLanguage',
      'detectScript',
      'extractEntities',
      'extractNumbers',
      'extractQuotes',
      'parseText',
      'scriptOf',
      'stripBoilerplate',
    ]);
    expect('default' in copydesk).toBe(false);
  });
});
