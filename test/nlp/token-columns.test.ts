import { describe, expect, it } from 'vitest';
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { readsTokenTables } from '../../src/nlp.js';
import {
  posShowingTables,
  type RawDocument,
  type TaggingModel,
  TokenColumnsReader,
} from '../../src/token-columns.js';
import { loadFixtures } from '../helpers/fixtures.js';

/** A wink instance whose pos setter shows each document to `reader`, as src/nlp.ts makes it. */
function instanceShowing(reader: TokenColumnsReader) {
  const pos = posShowingTables(model as unknown as { pos: () => TaggingModel }, reader);
  return winkNLP({ ...model, pos } as unknown as typeof model, ['sbd', 'pos']);
}

describe('token columns read from wink token tables', () => {
  it('both parse instances read them (the probe matched wink’s own out)', () => {
    expect(readsTokenTables(false)).toBe(true);
    expect(readsTokenTables(true)).toBe(true);
  });

  it('give the values, categories, tags and sentence starts of wink’s out on every fixture', () => {
    const reader = new TokenColumnsReader();
    const nlp = instanceShowing(reader);
    const { its } = nlp;
    for (const fixture of loadFixtures()) {
      const doc = nlp.readDoc(fixture.text);
      const tokens = doc.tokens();
      const raw = reader.take(tokens.length());
      expect(raw, fixture.id).toBeDefined();
      const read = reader.read(raw as RawDocument);
      expect(read.values).toEqual(tokens.out(its.value));
      expect(read.kinds).toEqual(tokens.out(its.type));
      expect(read.tags).toEqual(tokens.out(its.pos));
      expect(read.sentenceStarts).toEqual(
        (doc.sentences().out(its.span) as unknown as number[][]).map((s) => s[0]),
      );
      // A second read of the same lexemes comes from what was remembered, and agrees too.
      expect(reader.agreesWith(raw as RawDocument, read)).toBe(true);
    }
  });

  it('hands a document over once, and only for the token count it holds', () => {
    const reader = new TokenColumnsReader();
    const nlp = instanceShowing(reader);
    const count = nlp.readDoc('He left. She stayed.').tokens().length();
    expect(reader.take(count + 1)).toBeUndefined();
    nlp.readDoc('He left. She stayed.');
    expect(reader.take(count)?.numOfTokens).toBe(count);
    expect(reader.take(count)).toBeUndefined();
  });
});
