import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/entities/index.js';
import { isWordKnown, parseForExtractors, parseText } from '../../src/nlp.js';
import { extractQuotes } from '../../src/quotes/index.js';
import { describeAdversarial } from '../helpers/adversarial.js';
import { loadFixture, loadFixtures } from '../helpers/fixtures.js';
import { textInput } from '../helpers/properties.js';
import { expectSpansIn, spansHold } from '../helpers/spans.js';

describe('parseText: the same text, the same parse, whatever was read before', () => {
  it('splits a possessive the same after wink has read the word with a full stop after it', () => {
    // A name wink does not know, so no other test has taught it to wink's lexeme table.
    const sentence = 'Ms Qwendolyn’s chief opponent is here.';
    const tokens = (text: string): string[] => parseText(text).tokens.map((t) => `${t.text}/${t.pos}`);
    const before = tokens(sentence);
    expect(before.slice(0, 3)).toEqual(['Ms/PROPN', 'Qwendolyn/PROPN', '’s/PART']);
    // wink alone would keep "Qwendolyn’s" whole from now on (wink-nlp issues #139, #143).
    parseText('It was Qwendolyn’s.');
    expect(tokens(sentence)).toEqual(before);
  });

  it('gives a word read before under another token kind the kind it has in this text', () => {
    // wink stores a word with the kind of token it was read as; copydesk reuses what wink
    // stored of a word read in an earlier text only when it was read as the same kind.
    const kindOfUsd = (text: string) => parseText(text).tokens.find((t) => t.text === 'USD')?.kind;
    const asWord = 'Prices rose in USD terms.';
    const asCurrency = 'It cost USD115 last year.';
    const fresh = [kindOfUsd(asWord), kindOfUsd(asCurrency)];
    expect(fresh).toEqual(['word', 'currency']);
    expect([kindOfUsd(asWord), kindOfUsd(asCurrency), kindOfUsd(asWord)]).toEqual([...fresh, 'word']);
  });

  it('keeps the plain words of a text for the next, and forgets the others', () => {
    // Names no model knows, so no other test has taught them to wink.
    const text = 'Zorbulon Vantreck’s aide, Kwimby, left with USD115 and a blorpish grin.';
    for (const word of ['Zorbulon', 'Kwimby', 'blorpish', 'Vantreck’s', 'USD'])
      expect(isWordKnown(word)).toBe(false);
    const first = JSON.stringify(parseForExtractors(text));
    // Runs of letters read as words are kept, with their lower case…
    for (const word of ['Zorbulon', 'zorbulon', 'Kwimby', 'blorpish']) expect(isWordKnown(word)).toBe(true);
    // …but not a word with an apostrophe, nor letters the model also reads as a currency.
    for (const word of ['Vantreck’s', 'USD', 'USD115']) expect(isWordKnown(word)).toBe(false);
    expect(JSON.stringify(parseForExtractors(text))).toBe(first);
  });

  it('parses every fixture the same after the others as it did first', () => {
    const fixtures = loadFixtures();
    const first = fixtures.map((f) => JSON.stringify(parseText(f.text)));
    const again = [...fixtures]
      .reverse()
      .map((f) => JSON.stringify(parseText(f.text)))
      .reverse();
    expect(again).toEqual(first);
  });
});

describe('parseText: tokens', () => {
  it('gives exact UTF-16 offsets for every token of every fixture', () => {
    for (const fixture of loadFixtures()) {
      const parsed = parseText(fixture.text);
      expect(parsed.tokens.length).toBeGreaterThan(500);
      for (const token of parsed.tokens) {
        expect(fixture.text.slice(token.start, token.end)).toBe(token.text);
      }
    }
  });

  it('never makes a token of white space, line breaks included', () => {
    const parsed = parseText('One two\n\nthree \t four\r\nfive');
    expect(parsed.tokens.map((t) => t.text)).toEqual(['One', 'two', 'three', 'four', 'five']);
  });

  it('keeps offsets exact around astral characters, NUL and unpaired surrogates', () => {
    const text = 'A 😀 b\u0000c \ud800 d \udc00e 𝒳 “quoted”';
    const parsed = parseText(text);
    expectSpansIn(text, parsed);
    expect(parsed.tokens.some((t) => t.text === '😀')).toBe(true);
  });

  it('tags parts of speech and token kinds', () => {
    const [lewis, said, sixty] = parseText('Lewis said 60 times.').tokens;
    expect(lewis?.pos).toBe('PROPN');
    expect(said?.pos).toBe('VERB');
    expect(sixty?.kind).toBe('number');
  });

  it('places the tokens after a run of more than 65,535 spaces (wink caps its count of them)', () => {
    const text = `Before.${' '.repeat(70_000)}Hello world.`;
    const parsed = parseText(text);
    expect(parsed.tokens.map((t) => t.text)).toEqual(['Before', '.', 'Hello', 'world', '.']);
    expect(parsed.tokens[2]).toMatchObject({ start: 70_007, end: 70_012 });
  });

  it('turns a run of more than 128 non-space characters into one token, in linear time', () => {
    const blob = 'x'.repeat(300);
    const text = `Before ${blob} after.`;
    const parsed = parseText(text);
    expect(parsed.tokens.map((t) => t.text)).toEqual(['Before', blob, 'after', '.']);
    expect(parsed.tokens[1]).toMatchObject({ start: 7, end: 307, kind: 'long', pos: 'X' });
  });
});

describe('parseText: sentences and paragraphs', () => {
  it('breaks sentences at line breaks as well as at wink boundaries', () => {
    const parsed = parseText('How China recruits its spies\nChina has a spy agency. It is large.');
    expect(parsed.sentences.map((s) => s.text)).toEqual([
      'How China recruits its spies',
      'China has a spy agency.',
      'It is large.',
    ]);
  });

  it('keeps a title abbreviated with a full stop in the sentence of the name after it', () => {
    const text = 'The Rev. Al Ortiz and Maj. Gen. Ana Ruiz met Det. Tom Reyes. They left.';
    expect(parseText(text).sentences.map((s) => s.text)).toEqual([
      'The Rev. Al Ortiz and Maj. Gen. Ana Ruiz met Det. Tom Reyes.',
      'They left.',
    ]);
  });

  it('breaks paragraphs at blank lines when the text has any', () => {
    const parsed = parseText('Title\nLine two.\n\nSecond paragraph. Still second.\n\n\nThird.');
    expect(parsed.paragraphs.map((p) => p.text)).toEqual([
      'Title\nLine two.',
      'Second paragraph. Still second.',
      'Third.',
    ]);
    expect(parsed.sentences.map((s) => s.paragraph)).toEqual([0, 0, 1, 1, 2]);
  });

  it('breaks paragraphs at every line when the text has no blank line', () => {
    const parsed = parseText('First paragraph.\nSecond paragraph.\r\nThird.');
    expect(parsed.paragraphs.map((p) => p.text)).toEqual(['First paragraph.', 'Second paragraph.', 'Third.']);
  });

  it('links tokens, sentences and paragraphs consistently on the fixtures', () => {
    for (const fixture of loadFixtures()) {
      const parsed = parseText(fixture.text);
      parsed.sentences.forEach((sentence, s) => {
        for (let t = sentence.firstToken; t < sentence.endToken; t++)
          expect(parsed.tokens[t]?.sentence).toBe(s);
        expect(sentence.text).not.toContain('\n');
      });
      parsed.paragraphs.forEach((paragraph, p) => {
        for (let s = paragraph.firstSentence; s < paragraph.endSentence; s++) {
          expect(parsed.sentences[s]?.paragraph).toBe(p);
        }
      });
      expectSpansIn(fixture.text, parsed);
    }
  });

  it('finds the paragraphs of a fixture with blank lines and of one without', () => {
    expect(parseText(loadFixture('002').text).paragraphs.length).toBe(27);
    expect(parseText(loadFixture('003').text).paragraphs.length).toBe(41);
  });
});

describe("parseText: wink's entities", () => {
  it('maps numeric and date entities onto token ranges with offsets', () => {
    const text = 'It cost $130,000 on May 18, 2025.';
    const parsed = parseText(text);
    const types = parsed.entities.map((e) => [e.type, e.text]);
    expect(types).toEqual([
      ['MONEY', '$130,000'],
      ['DATE', 'May 18, 2025'],
    ]);
    const money = parsed.entities[0];
    expect(parsed.tokens[money?.firstToken ?? -1]?.entity).toBe(0);
    expectSpansIn(text, parsed);
  });
});

describe('parseText: letters beyond Latin-1', () => {
  it('keeps a word with extended Latin letters one token, with its own text and offsets', () => {
    const text = 'Recep Erdoğan met Łukasz Żuk, Nguyễn Văn and Ştefan Bănică.';
    const parsed = parseText(text);
    expect(parsed.tokens.map((t) => t.text)).toEqual([
      'Recep',
      'Erdoğan',
      'met',
      'Łukasz',
      'Żuk',
      ',',
      'Nguyễn',
      'Văn',
      'and',
      'Ştefan',
      'Bănică',
      '.',
    ]);
    expect(parsed.tokens[1]?.pos).toBe('PROPN');
    expectSpansIn(text, parsed);
  });

  it('takes such names for people and speakers', () => {
    expect(extractEntities('Łukasz Żuk said the plan failed.').map((e) => [e.type, e.name])).toEqual([
      ['PERSON', 'Łukasz Żuk'],
    ]);
    expect(extractQuotes('"We will win," Đorđe Ilić said.')[0]?.speaker?.name).toBe('Đorđe Ilić');
  });
});

describe("parseText: without wink's entities", () => {
  it('skips the recognizer on request and keeps every token, tag and sentence', () => {
    const text = 'It cost $130,000 on May 18, 2025. Ana Ruiz paid.';
    const full = parseText(text);
    const plain = parseText(text, { entities: false });
    expect(plain.entities).toEqual([]);
    expect(plain.tokens.every((t) => t.entity === -1)).toBe(true);
    const strip = (parsed: typeof full) => parsed.tokens.map(({ entity: _, ...rest }) => rest);
    expect(strip(plain)).toEqual(strip(full));
    expect(plain.sentences).toEqual(full.sentences);
    expect(plain.paragraphs).toEqual(full.paragraphs);
  });

  it('parses every fixture the same, tokens aside from their entity, as with the recognizer', () => {
    for (const fixture of loadFixtures()) {
      const full = parseText(fixture.text);
      const plain = parseText(fixture.text, { entities: false });
      expect(plain.tokens.map((t) => [t.text, t.start, t.pos, t.kind, t.sentence])).toEqual(
        full.tokens.map((t) => [t.text, t.start, t.pos, t.kind, t.sentence]),
      );
    }
  });

  it('rejects options that are not an object', () => {
    expect(() => parseText('x', 'entities' as never)).toThrow(TypeError);
  });
});

describe('parseText: input', () => {
  it('returns empty results for empty and blank input', () => {
    expect(parseText('')).toEqual({ text: '', tokens: [], sentences: [], paragraphs: [], entities: [] });
    expect(parseText(' \n\n ').tokens).toEqual([]);
  });

  it('throws a TypeError naming the function and the argument', () => {
    expect(() => parseText(42 as unknown as string)).toThrow(
      new TypeError('copydesk: parseText: expected text to be a string, got number'),
    );
  });

  it('keeps the span contract on any input (property)', () => {
    fc.assert(
      fc.property(textInput, (text) => spansHold(text, parseText(text))),
      { numRuns: 300 },
    );
  });
});

describeAdversarial(
  'parseText',
  (text) => parseText(text),
  (input, output) => {
    expectSpansIn(input, output);
  },
);
