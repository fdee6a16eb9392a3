/**
 * Boilerplate stripping against wink's readDoc on the same page texts (the seed fixtures, and
 * the pages of the public boilerplate set when it is present): stripping must not cost a parse.
 * HTML mode against Mozilla Readability over linkedom on the same pages' HTML.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { stripBoilerplate } from '../../../src/boilerplate/index.js';
import { readabilityText, readHtmlPages } from '../../helpers/html-pages.js';
import type { BenchRow, BenchSuite } from '../types.js';

function devPages(evalDir: string | null): string[] | null {
  if (!evalDir) return null;
  try {
    return readFileSync(join(evalDir, 'boilerplate', 'dev.jsonl'), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => (JSON.parse(line) as { page: string }).page);
  } catch {
    return null;
  }
}

export const suite: BenchSuite = {
  name: 'boilerplate',
  rows(context) {
    const wink = winkNLP(model);
    const rows: BenchRow[] = [
      { name: 'wink readDoc (seed pages)', run: (text) => wink.readDoc(text).tokens().length() },
      {
        name: 'stripBoilerplate (seed pages)',
        run: (text) => stripBoilerplate(text),
        compareTo: 'wink readDoc (seed pages)',
      },
    ];
    const pages = devPages(context.evalDir);
    if (pages) {
      rows.push(
        {
          name: 'wink readDoc (dev pages)',
          run: (text) => wink.readDoc(text).tokens().length(),
          texts: pages,
        },
        {
          name: 'stripBoilerplate (dev pages)',
          run: (text) => stripBoilerplate(text),
          compareTo: 'wink readDoc (dev pages)',
          texts: pages,
        },
      );
    }
    // HTML mode against Mozilla Readability over linkedom's DOM, on the same HTML pages.
    const html = readHtmlPages(context.evalDir)?.map((p) => p.html);
    if (html) {
      rows.push(
        {
          name: 'Readability + linkedom (dev HTML, peer)',
          run: (text) => readabilityText(text),
          texts: html,
        },
        {
          name: 'stripBoilerplate (dev HTML)',
          run: (text) => stripBoilerplate(text),
          compareTo: 'Readability + linkedom (dev HTML, peer)',
          texts: html,
        },
      );
    }
    return rows;
  },
};
