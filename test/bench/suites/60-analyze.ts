/**
 * `analyze` against the floor any analysis pays: wink's readDoc of the same pages. `analyze`
 * strips the page, parses the body once and runs quotes, entities and numbers on that parse.
 */
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { analyze } from '../../../src/analyze/index.js';
import type { BenchSuite } from '../types.js';

export const suite: BenchSuite = {
  name: 'analyze',
  rows() {
    const wink = winkNLP(model);
    return [
      { name: 'wink readDoc (default pipe) [analyze]', run: (text) => wink.readDoc(text).tokens().length() },
      { name: 'analyze', run: (text) => analyze(text), compareTo: 'wink readDoc (default pipe) [analyze]' },
    ];
  },
};
