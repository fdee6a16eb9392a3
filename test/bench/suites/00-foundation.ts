/**
 * The floor any analysis pays (wink's readDoc), what our shared parse adds to it, and language
 * detection against franc alone.
 */
import { franc } from 'franc';
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { detectLanguage } from '../../../src/language/index.js';
import { parseText } from '../../../src/nlp.js';
import type { BenchSuite } from '../types.js';

export const suite: BenchSuite = {
  name: 'foundation',
  rows() {
    const winkDefault = winkNLP(model);
    const winkSamePipe = winkNLP(model, ['sbd', 'pos', 'ner']);
    return [
      { name: 'wink readDoc (default pipe)', run: (text) => winkDefault.readDoc(text).tokens().length() },
      {
        name: 'wink readDoc (sbd, pos, ner)',
        run: (text) => winkSamePipe.readDoc(text).tokens().length(),
        compareTo: 'wink readDoc (default pipe)',
      },
      { name: 'parseText', run: (text) => parseText(text), compareTo: 'wink readDoc (sbd, pos, ner)' },
      { name: 'franc (peer)', run: (text) => franc(text) },
      { name: 'detectLanguage', run: (text) => detectLanguage(text), compareTo: 'franc (peer)' },
    ];
  },
};
