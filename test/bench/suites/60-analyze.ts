/**
 * `analyze` against the floor any analysis pays: wink's readDoc of the same pages. `analyze`
 * strips the page, parses the body once and runs quotes, entities and numbers on that parse.
 * Timed on the seed pages and on the articles of the quotes dev set (the news articles the
 * speed target is stated on), as the built package a user installs (see `../built.ts`), and, for
 * reference, as the sources run under tsx.
 */
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { analyze as analyzeSource } from '../../../src/analyze/index.js';
import { builtPackage } from '../built.js';
import { quotesDevArticles } from '../quotes-dev.js';
import type { BenchRow, BenchSuite } from '../types.js';

export const suite: BenchSuite = {
  name: 'analyze',
  async rows(context) {
    const { analyze } = await builtPackage(context.root);
    const wink = winkNLP(model);
    const readDoc = (text: string): number => wink.readDoc(text).tokens().length();
    const sets: { label: string; texts?: readonly string[] }[] = [{ label: 'analyze' }];
    const dev = quotesDevArticles(context.evalDir);
    if (dev) sets.push({ label: 'quotes dev articles', texts: dev });
    const rows: BenchRow[] = [];
    for (const { label, texts } of sets) {
      const base = `wink readDoc (default pipe) [${label}]`;
      const suffix = label === 'analyze' ? '' : ` [${label}]`;
      rows.push(
        { name: base, run: readDoc, ...(texts && { texts }) },
        { name: `analyze${suffix}`, run: (text) => analyze(text), compareTo: base, ...(texts && { texts }) },
        {
          name: `analyze, sources under tsx${suffix}`,
          run: (text) => analyzeSource(text),
          compareTo: base,
          ...(texts && { texts }),
        },
      );
    }
    return rows;
  },
};
