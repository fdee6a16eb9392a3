import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { analyze } from '../../src/analyze/index.js';
import { maskOutsideBody } from '../../src/boilerplate/mask.js';
import { wink } from '../../src/nlp.js';
import { extractQuotes } from '../../src/quotes/index.js';
import { describeAdversarial, timeBound } from '../helpers/adversarial.js';
import { loadFixture, loadFixtures } from '../helpers/fixtures.js';
import { htmlInput, textInput } from '../helpers/properties.js';
import { expectSpansIn, spansHold } from '../helpers/spans.js';

describe('analyze: one parse', () => {
  it('reads the text with wink exactly once', () => {
    const readDoc = vi.spyOn(wink(), 'readDoc');
    try {
      const result = analyze(loadFixture('002').text);
      expect(readDoc).toHaveBeenCalledTimes(1);
      expect(result.quotes.length).toBeGreaterThan(5);
      expect(result.entities.length).toBeGreaterThan(5);
      expect(result.numbers.length).toBeGreaterThan(0);
    } finally {
      readDoc.mockRestore();
    }
  });
});

describe('analyze: the fixtures', () => {
  for (const fixture of loadFixtures()) {
    it(`${fixture.id}: finds nothing outside the body and keeps every span exact`, () => {
      const result = analyze(fixture.text);
      const spans = expectSpansIn(fixture.text, result);
      expect(spans).toBeGreaterThan(20);
      const outside = result.blocks.filter((b) => b.kind !== 'content' && b.kind !== 'heading');
      const inOutside = (start: number, end: number): boolean =>
        outside.some((b) => start < b.end && end > b.start);
      for (const q of result.quotes) expect(inOutside(q.start, q.end), q.text).toBe(false);
      for (const e of result.entities)
        for (const m of e.mentions) expect(inOutside(m.start, m.end), m.text).toBe(false);
      for (const n of result.numbers) expect(inOutside(n.start, n.end), n.text).toBe(false);
      expect(result.language).toBe(fixture.gold.language);
      expect(result.title).toBe(fixture.gold.title);
      expect(result.published).toBe(fixture.gold.published);
    });
  }

  it('attributes the gold quotes of 002 to their speakers, as extractQuotes does on the body', () => {
    const fixture = loadFixture('002');
    const result = analyze(fixture.text);
    for (const gold of fixture.gold.quotes.filter((q) => !q.optional && q.kind === 'direct')) {
      const found = result.quotes.find((q) => q.text === gold.quote);
      expect(found, gold.quote).toBeDefined();
      expect(found?.speaker?.name ?? null).toBe(gold.speaker);
    }
    const alone = extractQuotes(fixture.text).filter((q) =>
      result.blocks.some((b) => b.kind === 'content' && q.start >= b.start && q.end <= b.end),
    );
    expect(result.quotes.map((q) => [q.text, q.speaker?.name])).toEqual(
      alone.map((q) => [q.text, q.speaker?.name]),
    );
  });

  it('finds the quotes and entities of a body after more than 65,535 characters of furniture', () => {
    const fixture = loadFixture('002');
    const alone = analyze(fixture.text);
    const menu = Array.from({ length: 4000 }, (_, i) => `Menu item number ${i} here`).join('\n');
    const page = `${menu}\n\n${fixture.text}`;
    const result = analyze(page);
    expect(result.body).toBe(alone.body);
    expect(alone.quotes.length).toBeGreaterThan(0);
    expect(result.quotes.map((q) => [q.text, q.speaker?.name])).toEqual(
      alone.quotes.map((q) => [q.text, q.speaker?.name]),
    );
    expect(result.entities.map((e) => e.name)).toEqual(alone.entities.map((e) => e.name));
  });

  it('does not return the TV programme "60 Minutes" as a number', () => {
    const result = analyze(loadFixture('002').text);
    expect(result.numbers.some((n) => n.text.includes('60'))).toBe(false);
  });
});

describe('maskOutsideBody', () => {
  it('blanks dropped blocks without moving offsets or line breaks', () => {
    const text = 'Menu\nHome\n\nThe body line.\nFooter';
    const blocks = [
      { text: 'Menu', start: 0, end: 4, kind: 'boilerplate', reason: 'navigation', score: 0 },
      { text: 'Home', start: 5, end: 9, kind: 'boilerplate', reason: 'navigation', score: 0 },
      { text: 'The body line.', start: 11, end: 25, kind: 'content', score: 1 },
      { text: 'Footer', start: 26, end: 32, kind: 'boilerplate', reason: 'legal', score: 0 },
    ] as const;
    const masked = maskOutsideBody(text, blocks);
    expect(masked).toBe('    \n    \n\nThe body line.\n      ');
    expect(masked.length).toBe(text.length);
  });

  it('keeps the line breaks inside a dropped block of several lines, CR LF included', () => {
    const text = 'Top\r\nNav one\nNav two\n\nThe body line.';
    const blocks = [
      {
        text: 'Top\r\nNav one\nNav two',
        start: 0,
        end: 20,
        kind: 'boilerplate',
        reason: 'navigation',
        score: 0,
      },
      { text: 'The body line.', start: 22, end: 36, kind: 'content', score: 1 },
    ] as const;
    expect(maskOutsideBody(text, blocks)).toBe('   \r\n       \n       \n\nThe body line.');
  });
});

describe('analyze: input', () => {
  it('returns an empty analysis for empty input', () => {
    expect(analyze('')).toMatchObject({ body: '', blocks: [], quotes: [], entities: [], numbers: [] });
  });

  it('throws TypeErrors naming the function and the argument', () => {
    expect(() => analyze(3 as unknown as string)).toThrow(
      new TypeError('copydesk: analyze: expected text to be a string, got number'),
    );
    expect(() => analyze('x', [] as unknown as object)).toThrow(TypeError);
  });

  it('keeps the span contract on any input (property)', () => {
    fc.assert(
      fc.property(textInput, (text) => spansHold(text, analyze(text))),
      { numRuns: 150 },
    );
  });
});

describe('analyze: HTML input', () => {
  it('reads an HTML page with wink exactly once', () => {
    const html = `<html><body><nav><a href="/">Home</a></nav><article><p>${'"We will build the harbour," Jane Smith, the mayor of Bristol, said on Tuesday. '.repeat(3)}</p></article></body></html>`;
    const readDoc = vi.spyOn(wink(), 'readDoc');
    try {
      const result = analyze(html);
      expect(readDoc).toHaveBeenCalledTimes(1);
      expect(result.quotes[0]?.speaker?.name).toBe('Jane Smith');
    } finally {
      readDoc.mockRestore();
    }
  });

  it('spans of any HTML lie inside it and never in furniture', () => {
    fc.assert(
      fc.property(htmlInput, (html) => {
        const result = analyze(html);
        const dropped = result.blocks.filter((b) => b.kind !== 'content' && b.kind !== 'heading');
        const spans = [...result.quotes, ...result.numbers, ...result.entities.flatMap((e) => e.mentions)];
        return spans.every(
          (s) =>
            s.start >= 0 &&
            s.end <= html.length &&
            s.start <= s.end &&
            !dropped.some((b) => s.start >= b.start && s.end <= b.end),
        );
      }),
      { numRuns: 100 },
    );
  });

  const bad: [string, () => string][] = [
    [
      '50k nested divs',
      () =>
        `<html><body>${'<div>'.repeat(50_000)}"We will win," Jim Lewis said on Tuesday.${'</div>'.repeat(50_000)}`,
    ],
    [
      'unclosed tags',
      () => `<html><body><p>${'The council voted 31 to 12 on Tuesday. <b><i>'.repeat(5_000)}`,
    ],
    [
      'binary junk after a doctype',
      () =>
        `<!doctype html>${Array.from({ length: 100_000 }, (_, i) => String.fromCharCode((i * 7919) % 0xffff)).join('')}`,
    ],
    [
      'a 2 MB page',
      () =>
        `<html><body><article>${`<p>${'The council voted on Tuesday to back the plan, residents said. '.repeat(4)}</p>`.repeat(7_500)}</article></body></html>`,
    ],
    ['no body', () => '<html><head><title>Only a title</title></head></html>'],
  ];
  for (const [name, make] of bad) {
    it(`${name}: a valid result in linear time`, () => {
      const html = make();
      const started = performance.now();
      const result = analyze(html);
      expect(performance.now() - started).toBeLessThan(timeBound(html.length, 12_000));
      for (const q of result.quotes) expect(q.end).toBeLessThanOrEqual(html.length);
      expect(typeof result.body).toBe('string');
    }, 120_000);
  }
});

describeAdversarial(
  'analyze',
  (text) => analyze(text),
  (input, output) => expectSpansIn(input, output),
  12_000,
);
