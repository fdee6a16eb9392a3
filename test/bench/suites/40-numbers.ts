/**
 * Numbers: extractNumbers including wink's parse, the number step alone on a text parsed once,
 * compromise's `.numbers()` (its own parse included) on the same pages, and entities and numbers
 * together on one parse (the "together" target) against compromise doing both.
 */
import nlp from 'compromise';
import { entitiesFromParsed } from '../../../src/entities/index.js';
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
      {
        name: 'compromise people/places/organizations + .numbers() (peer)',
        run: (text) => {
          const doc = nlp(text);
          return [doc.people().json(), doc.places().json(), doc.organizations().json(), doc.numbers().json()];
        },
      },
      {
        name: 'entities + numbers on one parse (parse included)',
        run: (text) => {
          const once = parseText(text);
          return [entitiesFromParsed(once), numbersFromParsed(once)];
        },
        compareTo: 'compromise people/places/organizations + .numbers() (peer)',
      },
    ];
  },
};
