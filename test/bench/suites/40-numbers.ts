/**
 * Numbers: extractNumbers including wink's parse, the number step alone on a text parsed once,
 * and compromise's `.numbers()` (its own parse included) on the same pages.
 */
import nlp from 'compromise';
import { parseText } from '../../../src/nlp.js';
import { extractNumbers, numbersFromParsed } from '../../../src/numbers/index.js';
import type { BenchSuite } from '../types.js';

export const suite: BenchSuite = {
  name: 'numbers',
  rows(context) {
    const parsed = new Map(context.pages.map((page) => [page, parseText(page)]));
    return [
      { name: 'compromise .numbers() (peer)', run: (text) => nlp(text).numbers().json() },
      {
        name: 'extractNumbers (parse included)',
        run: (text) => extractNumbers(text),
        compareTo: 'compromise .numbers() (peer)',
      },
      {
        name: 'numbersFromParsed (parse excluded)',
        run: (text) => numbersFromParsed(parsed.get(text) ?? parseText(text)),
        compareTo: 'extractNumbers (parse included)',
      },
    ];
  },
};
