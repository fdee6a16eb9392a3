/**
 * `analyze` against the floor any analysis pays: wink's readDoc of the same pages. `analyze`
 * strips the page, parses the body once and runs quotes, entities and numbers on that parse.
 * Timed on the seed pages and on the articles of the quotes dev set (the news articles the
 * speed target is stated on).
 */
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { analyze } from '../../../src/analyze/index.js';
import { quotesDevArticles } from '../quotes-dev.js';
import type { BenchRow, BenchSuite } from '../types.js';

export const suite: BenchSuite = {
  name: 'analyze',
  rows(context) {
    const wink = winkNLP(model);
    const readDoc = (text: string): number => wink.readDoc(text).tokens().length();
    const rows: BenchRow[] = [
      { name: 'wink readDoc (default pipe) [analyze]', run: readDoc },
      {
        name: 'analyze',
        run: (text: string) => analyze(text),
        compareTo: 'wink readDoc (default pipe) [analyze]',
      },
    ];
    const dev = quotesDevArticles(context.evalDir);
    if (dev) {
      rows.push(
        { name: 'wink readDoc (default pipe) [quotes dev articles]', run: readDoc, texts: dev },
        {
          name: 'analyze [quotes dev articles]',
          run: (text: string) => analyze(text),
          compareTo: 'wink readDoc (default pipe) [quotes dev articles]',
          texts: dev,
        },
      );
    }
    return rows;
  },
};
