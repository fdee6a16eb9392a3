/**
 * Quotation extraction: the whole of `extractQuotes` (the parse included) against wink's
 * `readDoc` with the same pipe, which any analysis pays, and the attribution alone on an
 * already parsed text. Timed on the seed pages and on the articles of the quotes dev set.
 */
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { type ParsedText, parseText } from '../../../src/nlp.js';
import { extractQuotes, quotesFromParsed } from '../../../src/quotes/index.js';
import { quotesDevArticles as devTexts } from '../quotes-dev.js';
import type { BenchRow, BenchSuite } from '../types.js';

export const suite: BenchSuite = {
  name: 'quotes',
  rows(context) {
    const wink = winkNLP(model, ['sbd', 'pos', 'ner']);
    const parsed = new Map<string, ParsedText>();
    const parsedOnce = (text: string): ParsedText => {
      let p = parsed.get(text);
      if (!p) {
        p = parseText(text);
        parsed.set(text, p);
      }
      return p;
    };
    const rows: BenchRow[] = [
      { name: 'wink readDoc (sbd, pos, ner) [quotes]', run: (text) => wink.readDoc(text).tokens().length() },
      {
        name: 'extractQuotes (parse included)',
        run: (text) => extractQuotes(text),
        compareTo: 'wink readDoc (sbd, pos, ner) [quotes]',
      },
      {
        name: 'quotesFromParsed (parse excluded)',
        run: (text) => quotesFromParsed(parsedOnce(text)),
        compareTo: 'wink readDoc (sbd, pos, ner) [quotes]',
      },
    ];
    const dev = devTexts(context.evalDir);
    if (dev) {
      rows.push(
        {
          name: 'wink readDoc [quotes dev articles]',
          run: (text) => wink.readDoc(text).tokens().length(),
          texts: dev,
        },
        {
          name: 'extractQuotes [quotes dev articles]',
          run: (text) => extractQuotes(text),
          compareTo: 'wink readDoc [quotes dev articles]',
          texts: dev,
        },
      );
    }
    return rows;
  },
};
