/**
 * Entities: extractEntities including the parse, against compromise's people, organisations and
 * places on the same texts (the seed pages, and the CoNLL dev documents when the evaluation
 * sets are present).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import { entitiesFromParsed, extractEntities } from '../../../src/entities/index.js';
import { parseText } from '../../../src/nlp.js';
import type { BenchRow, BenchSuite } from '../types.js';

function compromiseEntities(text: string): number {
  const doc = nlp(text);
  return (
    doc.people().out('array').length +
    doc.organizations().out('array').length +
    doc.places().out('array').length
  );
}

export const suite: BenchSuite = {
  name: 'entities',
  rows(context) {
    const rows: BenchRow[] = [
      { name: 'compromise people/organizations/places (peer)', run: compromiseEntities },
      {
        name: 'extractEntities (with parse)',
        run: (text) => extractEntities(text),
        compareTo: 'compromise people/organizations/places (peer)',
      },
    ];
    const parsed = new Map<string, ReturnType<typeof parseText>>();
    rows.push({
      name: 'entitiesFromParsed (parse excluded)',
      run: (text) => {
        let p = parsed.get(text);
        if (!p) {
          p = parseText(text);
          parsed.set(text, p);
        }
        return entitiesFromParsed(p);
      },
      compareTo: 'extractEntities (with parse)',
    });
    if (context.evalDir) {
      const texts = readFileSync(join(context.evalDir, 'entities', 'dev.jsonl'), 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => (JSON.parse(line) as { text: string }).text);
      rows.push(
        { name: 'compromise on CoNLL dev (peer)', run: compromiseEntities, texts },
        {
          name: 'extractEntities on CoNLL dev (with parse)',
          run: (text) => extractEntities(text),
          compareTo: 'compromise on CoNLL dev (peer)',
          texts,
        },
      );
    }
    return rows;
  },
};
