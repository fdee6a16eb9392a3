import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/nlp.js';
import { extractNumbers, numbersFromParsed, type Quantity } from '../../src/numbers/index.js';
import { isNumeral, lexemes } from '../../src/numbers/lexemes.js';
import { WordSet } from '../../src/word-set.js';
import { describeAdversarial } from '../helpers/adversarial.js';
import { loadFixtures } from '../helpers/fixtures.js';
import { textInput } from '../helpers/properties.js';
import { expectSpansIn, spansHold } from '../helpers/spans.js';
import { scoreSeed } from './seed-score.js';

/** The one quantity `text` yields (fails when there is not exactly one). */
function one(text: string): Quantity {
  const found = extractNumbers(text);
  expectSpansIn(text, found);
  expect(found, JSON.stringify(found)).toHaveLength(1);
  return found[0] as Quantity;
}

/** `[text, kind, value]` for every quantity of `text`. */
function brief(text: string): [string, string, number | null][] {
  const found = extractNumbers(text);
  expectSpansIn(text, found);
  return found.map((q) => [q.text, q.kind, q.value]);
}

describe('extractNumbers: seeds', () => {
  for (const fixture of loadFixtures()) {
    it(`${fixture.id}: finds every required number with its value, and no not-number`, () => {
      const found = extractNumbers(fixture.text);
      expectSpansIn(fixture.text, found);
      const score = scoreSeed(fixture, found);
      expect(score.missed.map((g) => g.text)).toEqual([]);
      expect(score.notNumbers.map((q) => q.text)).toEqual([]);
    });
  }

  it('gives the seeds’ units and modifiers', () => {
    const [seed] = loadFixtures();
    const found = extractNumbers(seed?.text ?? '');
    const byText = (t: string): Quantity | undefined => found.find((q) => q.text.includes(t));
    expect(byText('800,000')).toMatchObject({
      kind: 'count',
      value: 800000,
      unit: 'staff',
      modifier: 'estimated',
    });
    expect(byText('100,000')).toMatchObject({
      kind: 'count',
      value: 100000,
      unit: 'servers',
      modifier: 'more than',
    });
    expect(byText('$130,000')).toMatchObject({ kind: 'money', value: 130000, unit: 'USD' });
    expect(byText('May 18, 2025')).toMatchObject({ kind: 'date', date: '2025-05-18' });
    expect(byText('30 years')).toMatchObject({ kind: 'duration', value: 30, unit: 'year', modifier: 'over' });
    expect(byText('250')).toMatchObject({ value: 250, unit: 'spies', modifier: 'estimated' });
  });
});

describe('extractNumbers: digits', () => {
  it('reads thousands separators, decimals and exponents', () => {
    expect(one('It had 800,000 staff.').value).toBe(800000);
    expect(one('about 1,234,567.89 in all').value).toBe(1234567.89);
    expect(one('a rate of .08').value).toBe(0.08);
    expect(one('1.3e6').value).toBe(1300000);
    expect(one('-12e-1').value).toBe(-1.2);
    expect(one('Prices at 5,00 each').value).toBe(5);
    expect(one('In India 12,34,567 people').value).toBe(1234567);
    expect(one('a total of 1 234 567').value).toBe(1234567);
  });
  it('reads glued scales', () => {
    expect(one('10k').value).toBe(10000);
    expect(one('US$ 1MM').value).toBe(1e6);
    expect(one('£2.5m').value).toBe(2.5e6);
    expect(one('a $3bn deal').value).toBe(3e9);
  });
  it('reads signs but not ranges', () => {
    expect(one('it fell to -1').value).toBe(-1);
    expect(brief('lenses of 75 -300mm')).toEqual([
      ['75', 'measure', 75],
      ['300mm', 'measure', 300],
    ]);
  });
});

describe('extractNumbers: words', () => {
  it('reads cardinals', () => {
    expect(one('five').value).toBe(5);
    expect(one('fifty-two').value).toBe(52);
    expect(one('sixty - three').value).toBe(63);
    expect(one('three hundred and four thousand').value).toBe(304000);
    expect(one('thirty-two trillion four hundred').value).toBe(32000000000400);
    expect(one('6 thousand 2 hundred and 45').value).toBe(6245);
    expect(one('one-hundred').value).toBe(100);
    expect(one('hundred and five').value).toBe(105);
    expect(one('a thousand and one nights')).toMatchObject({ value: 1001, unit: 'nights' });
  });
  it('reads grand as a thousand only after a number', () => {
    expect(one('five grand').value).toBe(5000);
    expect(extractNumbers('a grand military parade')).toEqual([]);
  });
  it('reads scales with a or an', () => {
    expect(one('more than a billion people').value).toBe(1e9);
    expect(one('a dozen').value).toBe(12);
    expect(one('half a dozen').value).toBe(6);
    expect(one('half million').value).toBe(500000);
    expect(one('half a million dollars')).toMatchObject({ kind: 'money', value: 500000 });
    expect(one('a surplus of 2 . 4 billion').value).toBe(2.4e9);
    expect(one('four hundred and three dozens').value).toBe(436);
  });
  it('reads fractions and decimals', () => {
    expect(one('two thirds').value).toBeCloseTo(2 / 3);
    expect(one('one and a half').value).toBe(1.5);
    expect(one('two and a half million').value).toBe(2.5e6);
    expect(one('3 million and a quarter').value).toBe(3250000);
    expect(one('one-eighth').value).toBe(0.125);
    expect(one('one over 40').value).toBe(0.025);
    expect(one('three hundred point forty-two').value).toBe(300.42);
    expect(one('seven point nought six').value).toBe(7.06);
    expect(one('the share is ¾').value).toBe(0.75);
    expect(one('a ⅙ share').value).toBeCloseTo(1 / 6);
    expect(one('2⅝ inches')).toMatchObject({ value: 2.625, unit: 'inch' });
  });
  it('keeps separate numbers apart', () => {
    expect(brief('5 hundred and 4 hundred')).toEqual([
      ['5 hundred', 'count', 500],
      ['4 hundred', 'count', 400],
    ]);
    expect(brief('20 $ 40 $').map((q) => q[2])).toEqual([20, 40]);
  });
  it('reads negatives in words', () => {
    expect(one('The score was negative one').value).toBe(-1);
    expect(one('they forecast minus five percent')).toMatchObject({ kind: 'percent', value: -5 });
  });
});

describe('extractNumbers: money', () => {
  it('reads symbols, codes and names before or after', () => {
    expect(one('a $130,000 price')).toMatchObject({ kind: 'money', value: 130000, unit: 'USD' });
    expect(one('a $ 3.45 billion trust')).toMatchObject({ value: 3.45e9, unit: 'USD' });
    expect(one('a us $ 120 million loan')).toMatchObject({ value: 1.2e8, unit: 'USD' });
    expect(one('nzd$25')).toMatchObject({ value: 25, unit: 'NZD' });
    expect(one('EUR 125')).toMatchObject({ value: 125, unit: 'EUR' });
    expect(one('€ 2 million')).toMatchObject({ value: 2e6, unit: 'EUR' });
    expect(one('310 million finnish markka')).toMatchObject({ value: 3.1e8, unit: 'FIM' });
    expect(one('300 chinese yuan')).toMatchObject({ value: 300, unit: 'CNY' });
    expect(one('40 MUSD')).toMatchObject({ value: 4e7, unit: 'USD' });
    expect(one('The ticket costs 100 ₡')).toMatchObject({ value: 100, unit: 'CRC' });
    expect(one('Rs 500 crore')).toMatchObject({ value: 5e9, unit: 'INR' });
  });
  it('reads a currency code glued to the amount, but not other capitals', () => {
    expect(one('It cost USD135 in all.')).toMatchObject({ text: 'USD135', value: 135, unit: 'USD' });
    expect(one('EUR5bn was raised')).toMatchObject({ text: 'EUR5bn', value: 5e9, unit: 'EUR' });
    expect(extractNumbers('MI5 and ABC123 met XUSD5.')).toEqual([]);
  });
  it('adds minor units', () => {
    expect(one('the fare is only 12 dollars 40.').value).toBe(12.4);
    expect(one('14 USD 35').value).toBe(14.35);
    expect(one('five dollars and 20 cents').value).toBe(5.2);
  });
});

describe('extractNumbers: percent, durations, measures', () => {
  it('reads percentages as written', () => {
    expect(one('rose 12.5%')).toMatchObject({ kind: 'percent', value: 12.5, unit: '%' });
    expect(one('0.3 per cent')).toMatchObject({ kind: 'percent', value: 0.3 });
    expect(one('one hundred percent')).toMatchObject({ kind: 'percent', value: 100 });
  });
  it('reads durations and ages', () => {
    expect(one('sentenced to 18 months in prison')).toMatchObject({
      kind: 'duration',
      value: 18,
      unit: 'month',
    });
    expect(one('a 10-year prison sentence')).toMatchObject({
      kind: 'duration',
      value: 10,
      unit: 'year',
      text: '10-year',
    });
    expect(one('She is 60 years old')).toMatchObject({ kind: 'duration', value: 60, text: '60 years old' });
    expect(one('a 35-year-old man')).toMatchObject({ value: 35, text: '35-year-old' });
  });
  it('reads measures', () => {
    expect(one('The bag weighs 180lbs.')).toMatchObject({ kind: 'measure', value: 180, unit: 'pound' });
    expect(one('240,000 square meters')).toMatchObject({ value: 240000, unit: 'square meter' });
    expect(one('she is 5 ft 4 in')).toMatchObject({ unit: 'foot' });
    expect(one('she is 5 ft 4 in').value).toBeCloseTo(5 + 4 / 12);
    expect(one('25 degrees celsius')).toMatchObject({ value: 25, unit: 'celsius' });
    expect(one('hit 104°F')).toMatchObject({ value: 104, unit: 'fahrenheit' });
    expect(one('Temperatures reached 45C in Seville')).toMatchObject({
      kind: 'measure',
      value: 45,
      unit: 'celsius',
    });
    expect(one('10 1/2 miles')).toMatchObject({ value: 10.5, unit: 'mile' });
  });
});

describe('extractNumbers: dates, years, decades, times', () => {
  it('gives ISO dates for absolute dates', () => {
    expect(one('on May 18, 2025,')).toMatchObject({ kind: 'date', value: null, date: '2025-05-18' });
    expect(one('on 14 March 2023')).toMatchObject({ date: '2023-03-14' });
    expect(one('on Jan. 5, 2024')).toMatchObject({ date: '2024-01-05' });
    expect(one('date 2025-05-19')).toMatchObject({ date: '2025-05-19' });
    expect(one('in November 1997')).toMatchObject({ date: '1997-11' });
    expect(one('on Thursday')).toMatchObject({ kind: 'date' });
    expect(one('on June 14').date).toBeUndefined();
  });
  it('reads years and decades', () => {
    expect(one('Established in 1983, it grew')).toMatchObject({ kind: 'year', value: 1983 });
    expect(one('in the 1940s')).toMatchObject({ kind: 'decade', value: 1940 });
    expect(one("the '80s")).toMatchObject({ kind: 'decade', value: 1980 });
    expect(one("in the 1960's")).toMatchObject({ kind: 'decade', value: 1960, text: "1960's" });
    expect(one('2000 people')).toMatchObject({ kind: 'count', unit: 'people' });
    expect(one('in 2019 people voted')).toMatchObject({ kind: 'year', value: 2019, text: '2019' });
  });
  it('reads clock times', () => {
    expect(one('at 2:00 pm')).toMatchObject({ kind: 'time', text: '2:00 pm' });
    expect(one('until 11pm')).toMatchObject({ kind: 'time' });
  });
});

describe('extractNumbers: ordinals and multipliers', () => {
  it('reads ordinals', () => {
    expect(one('11th')).toMatchObject({ kind: 'ordinal', value: 11 });
    expect(one('one hundred thirty-second')).toMatchObject({ kind: 'ordinal', value: 132 });
    expect(one('one hundred and twenty-first')).toMatchObject({ kind: 'ordinal', value: 121 });
    expect(one('a hundred and first')).toMatchObject({ kind: 'ordinal', value: 101 });
    expect(one('the second-largest')).toMatchObject({ kind: 'ordinal', value: 2 });
    expect(one('It is number two')).toMatchObject({ kind: 'ordinal', value: 2 });
  });
  it('reads multipliers', () => {
    expect(one('a twofold concentration')).toMatchObject({ kind: 'multiplier', value: 2 });
    expect(one('to double its efforts')).toMatchObject({ kind: 'multiplier', value: 2 });
  });
});

describe('extractNumbers: hedges and counted things', () => {
  it('reads a magnitude stated without a number, with a null value', () => {
    const text =
      'Tens of thousands of people marched, hundreds of millions of dollars vanished and thousands of troops left.';
    const found = extractNumbers(text);
    expectSpansIn(text, found);
    expect(found.map((q) => [q.text, q.kind, q.value, q.unit])).toEqual([
      ['Tens of thousands of people', 'count', null, 'people'],
      ['hundreds of millions of dollars', 'money', null, 'USD'],
      ['thousands of troops', 'count', null, 'troops'],
    ]);
    expect(brief('Tens of thousands marched; it costs thousands.')).toEqual([
      ['Tens of thousands', 'count', null],
    ]);
    expect(brief('Two hundred thousand people marched.')).toEqual([
      ['Two hundred thousand people', 'count', 200000],
    ]);
  });
  it('counts the plural after a singular owner, and a plural owner itself', () => {
    expect(one('a summit of the three region’s biggest ports opened')).toMatchObject({
      text: 'three region’s biggest ports',
      value: 3,
      unit: 'ports',
    });
    expect(one('she bought three children’s books')).toMatchObject({ value: 3, unit: 'children' });
    expect(one('it was one man’s trash')).toMatchObject({ value: 1, unit: 'man' });
  });
  it('reads modifiers before and after', () => {
    expect(one('more than 30 years')).toMatchObject({ modifier: 'more than', text: 'more than 30 years' });
    expect(one('nearly 2,000 towns')).toMatchObject({ modifier: 'nearly', unit: 'towns' });
    expect(one('at least 50,000 people')).toMatchObject({ modifier: 'at least', value: 50000 });
    expect(one('an estimated 800,000 staff')).toMatchObject({ modifier: 'estimated' });
    expect(one('In Brussels 250 spies were estimated to work')).toMatchObject({ modifier: 'estimated' });
  });
  it('names the thing counted, past adjectives and acronyms', () => {
    expect(one('three unrelated espionage attempts')).toMatchObject({ unit: 'espionage attempts' });
    expect(one('three American agents')).toMatchObject({ unit: 'agents' });
    expect(one('250 MSS spies')).toMatchObject({ unit: 'spies' });
  });
});

describe('extractNumbers: not numbers', () => {
  it('skips names that contain numbers', () => {
    expect(extractNumbers('broadcast on 60 Minutes spotlighted')).toEqual([]);
    expect(extractNumbers('The 60 Minutes piece')).toEqual([]);
    expect(extractNumbers('Lewis told 60 minutes that agents')).toEqual([]);
    expect(extractNumbers('the CIA, MI5, and Mossad')).toEqual([]);
    expect(extractNumbers('B-2 stealth bombers and COVID-19 and F-35 jets')).toEqual([]);
    expect(extractNumbers('The 5G network and Windows 11')).toEqual([]);
    expect(extractNumbers("Apple's iPhone 15 is out")).toEqual([]);
    expect(extractNumbers('When was the 13F filed?')).toEqual([]);
  });
  it('still reads a capitalised duration in a headline', () => {
    expect(one('Talks Last 60 Minutes Before Collapse')).toMatchObject({ kind: 'duration', value: 60 });
  });
  it('skips list markers', () => {
    expect(brief('1. First item\n2) Second item\n3 | third')).toEqual([
      ['First', 'ordinal', 1],
      ['Second', 'ordinal', 2],
      ['third', 'ordinal', 3],
    ]);
  });
  it('skips the pronoun one', () => {
    expect(extractNumbers('Which one did you pick?')).toEqual([]);
    expect(extractNumbers('a new era—one in which state and commerce merge')).toEqual([]);
    expect(extractNumbers('the one who left')).toEqual([]);
    expect(one('one of which failed')).toMatchObject({ value: 1 });
    expect(one('that one mile can hold.')).toMatchObject({ value: 1, unit: 'mile' });
  });
  it('skips digits inside URLs and serial numbers', () => {
    expect(extractNumbers('See https://www.test.com/search?q=30%25%2020%')).toEqual([]);
    expect(brief('transfers: 20 turkish lira 2222-33334444-5555')).toEqual([
      ['20 turkish lira', 'money', 20],
    ]);
  });
  it('skips telephone numbers and IP addresses', () => {
    expect(extractNumbers('Readers can call 555-1234 with tips.')).toEqual([]);
    expect(extractNumbers('The hotline, 555.0199, is open.')).toEqual([]);
    expect(extractNumbers('Reach the desk on (555) 123-4567 today.')).toEqual([]);
    expect(extractNumbers('Our London office: +44 20 7946 0958.')).toEqual([]);
    expect(extractNumbers('The server at 192.168.0.1 went down.')).toEqual([]);
    // Without a cue a short pair may be a range.
    expect(brief('between 500-1000 people')).toEqual([
      ['500', 'count', 500],
      ['1000 people', 'count', 1000],
    ]);
    expect(one('they hired 555 people')).toMatchObject({ value: 555, unit: 'people' });
  });
  it('finds a telephone number after other digits and non-ASCII text', () => {
    expect(brief('Its 12345 members, café owners, can call 555-1234 or +33 1 23 45 67 89.')).toEqual([
      ['12345 members', 'count', 12345],
    ]);
  });
});

describe('extractNumbers: numbers glued to units', () => {
  it('reads magnitude suffixes', () => {
    expect(one('It raised 2mil in bonds.')).toMatchObject({ text: '2mil', value: 2e6 });
    expect(one('They raised 5bn in bonds.')).toMatchObject({ text: '5bn', value: 5e9 });
    expect(one('It cost 2mil yuan.')).toMatchObject({ value: 2e6, unit: 'CNY', kind: 'money' });
  });
  it('reads every large scale of the table glued, but not millimetres or metres', () => {
    expect(one('a 3lakh grant')).toMatchObject({ text: '3lakh', value: 3e5 });
    expect(one('a 7thousand bonus')).toMatchObject({ value: 7000 });
    expect(one('They owe 2tln.')).toMatchObject({ value: 2e12 });
    expect(one('a 5mm gap')).toMatchObject({ value: 5, unit: 'millimeter' });
    expect(one('a 5m gap')).toMatchObject({ value: 5, unit: 'meter' });
  });
  it('reads glued unit abbreviations', () => {
    expect(one('The car went 10kmph up the hill.')).toMatchObject({
      text: '10kmph',
      value: 10,
      unit: 'kilometer per hour',
      kind: 'measure',
    });
    expect(one('Turn it 0.8rad to the left.')).toMatchObject({ value: 0.8, unit: 'radian', kind: 'measure' });
    expect(one('A 100t crane lifted it.')).toMatchObject({ value: 100, unit: 'tonne', kind: 'measure' });
    expect(one('She ran it in 40min.')).toMatchObject({ value: 40, unit: 'minute', kind: 'duration' });
    // Spaced, the short ones are words (`rad` is slang), not units.
    expect(one('a 100 rad party')).not.toMatchObject({ kind: 'measure' });
    expect(one('a score of 100 t')).not.toMatchObject({ kind: 'measure' });
  });
  it('reads squared and cubed length units, not codes', () => {
    expect(one('The plot is 24703m2 in size.')).toMatchObject({
      text: '24703m2',
      value: 24703,
      unit: 'square meter',
    });
    expect(one('a 5km² park')).toMatchObject({ value: 5, unit: 'square kilometer' });
    expect(one('3m3 of sand')).toMatchObject({ value: 3, unit: 'cubic meter' });
    expect(extractNumbers('paper sizes 4m22 and 4m2x')).toEqual([]);
  });
  it('reads currencies by code or word after the amount', () => {
    expect(one('They paid 500USD for it.')).toMatchObject({ value: 500, unit: 'USD', kind: 'money' });
    expect(one('They paid 500 USD for it.')).toMatchObject({ value: 500, unit: 'USD', kind: 'money' });
    expect(one('It cost 5bn euros.')).toMatchObject({ value: 5e9, unit: 'EUR', kind: 'money' });
    expect(one('It cost 3 million rupees.')).toMatchObject({ value: 3e6, unit: 'INR', kind: 'money' });
  });
});

describe('extractNumbers: options and arguments', () => {
  it('filters by kind', () => {
    const text = 'In 2019, it paid $5 to 3 people.';
    expect(extractNumbers(text, { kinds: ['money'] }).map((q) => q.text)).toEqual(['$5']);
  });
  it('is the same through numbersFromParsed', () => {
    const text = 'In 2019, it paid $5 to 3 people.';
    expect(numbersFromParsed(parseText(text))).toEqual(extractNumbers(text));
  });
  it('throws TypeError for non-strings and bad options', () => {
    expect(() => extractNumbers(5 as unknown as string)).toThrow(TypeError);
    expect(() => extractNumbers(null as unknown as string)).toThrow(
      /copydesk: extractNumbers: expected text to be a string, got null/,
    );
    expect(() => extractNumbers('x', 'money' as unknown as object)).toThrow(TypeError);
  });
  it('returns nothing for empty or blank text', () => {
    expect(extractNumbers('')).toEqual([]);
    expect(extractNumbers(' \n\t ')).toEqual([]);
  });
});

describe('extractNumbers: properties', () => {
  it('keeps spans in bounds and ordered, values finite or null', () => {
    fc.assert(
      fc.property(textInput, (text) => {
        const found = extractNumbers(text);
        let previousEnd = 0;
        for (const q of found) {
          if (q.start < previousEnd || q.end <= q.start || q.end > text.length) return false;
          if (q.value !== null && !Number.isFinite(q.value)) return false;
          previousEnd = q.end;
        }
        return spansHold(text, found);
      }),
      { numRuns: 300 },
    );
  });
});

// wink's parse is included and the test machine is shared: 10 s per MB still catches anything
// worse than linear (a quadratic step takes minutes on these inputs).
describeAdversarial(
  'extractNumbers',
  (text) => extractNumbers(text),
  (input, output) => {
    expectSpansIn(input, output);
  },
  10_000,
);

describe('extractNumbers: ranges and money forms', () => {
  it('gives the first end of a range the unit of the second', () => {
    expect(extractNumbers('10 to 15 years').map((q) => [q.kind, q.unit])).toEqual([
      ['duration', 'year'],
      ['duration', 'year'],
    ]);
    expect(extractNumbers('between 10 and 20 people')[0]).toMatchObject({ value: 10, unit: 'people' });
    expect(extractNumbers('3 and 4 years')[0]).toMatchObject({ kind: 'count', unit: null });
  });
  it('reads hyphenated and spaced scales after a currency', () => {
    expect(one('a $5-million contract')).toMatchObject({ kind: 'money', value: 5e6 });
    expect(one('a $3.5 m deal')).toMatchObject({ kind: 'money', value: 3.5e6 });
    expect(one('fifty-three dollars and forty-eight cents')).toMatchObject({ value: 53.48, unit: 'USD' });
    expect(one('it cost 50p')).toMatchObject({ kind: 'money', value: 50, unit: 'pence' });
  });
  it('reads fractions of a whole', () => {
    expect(one('one third of voters').value).toBeCloseTo(1 / 3);
    expect(extractNumbers('open 24/7 since 9/11')).toEqual([]);
  });
  it('reads ages and percentage points', () => {
    expect(one('aged 30')).toMatchObject({ kind: 'duration', value: 30, unit: 'year' });
    expect(one('up 10 percentage points')).toMatchObject({ kind: 'percent', unit: 'percentage point' });
  });
});

describe('extractNumbers: bareUnits option', () => {
  it('leaves units named without a number out by default', () => {
    expect(extractNumbers('The dollar fell against the yen.')).toEqual([]);
    expect(brief('The euro traded at $1.08 in New York.')).toEqual([['$1.08', 'money', 1.08]]);
  });
  it('reads a unit anchored by the amount before it by default', () => {
    const text = 'Convert 68 fahrenheit to degrees celsius, or 50 pounds into euros: a $10 dollars bill.';
    const found = extractNumbers(text);
    expectSpansIn(text, found);
    expect(found.map((q) => [q.text, q.kind, q.value, q.unit])).toEqual([
      ['68 fahrenheit', 'measure', 68, 'fahrenheit'],
      ['degrees celsius', 'measure', null, 'celsius'],
      ['50 pounds', 'money', 50, 'GBP'],
      ['euros', 'money', null, 'EUR'],
      ['$10', 'money', 10, 'USD'],
      ['dollars', 'money', null, 'USD'],
    ]);
    expect(brief('It cost $5 in 2019.')).toEqual([
      ['$5', 'money', 5],
      ['2019', 'year', 2019],
    ]);
  });
  it('returns them with a null value when asked', () => {
    const text = 'The dollar fell against the yen; convert it to degrees celsius. He won.';
    const found = extractNumbers(text, { bareUnits: true });
    expectSpansIn(text, found);
    expect(found.map((q) => [q.text, q.kind, q.value, q.unit])).toEqual([
      ['dollar', 'money', null, 'USD'],
      ['yen', 'money', null, 'JPY'],
      ['degrees celsius', 'measure', null, 'celsius'],
    ]);
  });
});

describe('extractNumbers: English number grammar', () => {
  it('reads years and decades said as two pairs of digits', () => {
    expect(one('It was nineteen eighty-four.')).toMatchObject({ kind: 'year', value: 1984 });
    expect(one('in twenty twenty-five')).toMatchObject({ kind: 'year', value: 2025 });
    expect(one('nineteen oh five')).toMatchObject({ kind: 'year', value: 1905 });
    expect(one('nineteen eleven')).toMatchObject({ kind: 'year', value: 1911 });
    expect(one('the nineteen-nineties')).toMatchObject({ kind: 'decade', value: 1990 });
    // a clock time, a scale or a compound adjective after it is not a year
    expect(brief('eleven thirty')).toEqual([
      ['eleven', 'count', 11],
      ['thirty', 'count', 30],
    ]);
    expect(one('nineteen hundred')).toMatchObject({ value: 1900 });
    expect(one('twenty one')).toMatchObject({ kind: 'count', value: 21 });
    expect(one('forty twenty fifths')).toMatchObject({ value: 1.6 });
  });
  it('reads decimals said with point', () => {
    expect(one('point five')).toMatchObject({ value: 0.5 });
    expect(one('one point two million')).toMatchObject({ value: 1.2e6 });
    expect(one('seven point nought six')).toMatchObject({ value: 7.06 });
  });
  it('reads a whole number and a digit fraction joined by and', () => {
    expect(one('2 and 3/4')).toMatchObject({ value: 2.75 });
    expect(one('two and 1/2 cups')).toMatchObject({ value: 2.5 });
  });
  it('reads proportions written with in and out of', () => {
    expect(one('1 in 21')).toMatchObject({ kind: 'count' });
    expect(one('1 in 21').value).toBeCloseTo(1 / 21, 12);
    expect(one('one in five')).toMatchObject({ value: 0.2 });
    expect(one('2 out of 5 people')).toMatchObject({ value: 0.4, unit: 'people' });
    expect(one('one out of every ten')).toMatchObject({ value: 0.1 });
    // a year, a duration or a smaller second number is not a proportion
    expect(brief('1 in 2020')).toEqual([
      ['1', 'count', 1],
      ['2020', 'year', 2020],
    ]);
    expect(brief('3 in 10 minutes')[0]).toEqual(['3', 'count', 3]);
    expect(brief('5 in 2')[0]).toEqual(['5', 'count', 5]);
  });
  it('reads one over a rank in several words', () => {
    expect(one('one twenty-fifth')).toMatchObject({ value: 0.04 });
    expect(one('one one hundred seventh').value).toBeCloseTo(1 / 107, 12);
    expect(one('one third percent')).toMatchObject({ kind: 'percent' });
    expect(one('one third percent').value).toBeCloseTo(1 / 3, 12);
    expect(one('one hundred thirty-second')).toMatchObject({ kind: 'ordinal', value: 132 });
  });
  it('scales fractions: of a million, digit fractions before a scale, hyphenated after and', () => {
    expect(one('a quarter of a million')).toMatchObject({ value: 250000 });
    expect(one('half of a million')).toMatchObject({ value: 500000 });
    expect(one('three quarters of a million')).toMatchObject({ value: 750000 });
    expect(one('10 1/2 million')).toMatchObject({ value: 10.5e6 });
    expect(one('1½ million')).toMatchObject({ value: 1.5e6 });
    expect(one('one and three-quarters')).toMatchObject({ value: 1.75 });
    expect(one('a quarter of them')).toMatchObject({ value: 0.25 });
  });
  it('reads half a percent and spaced ordinal suffixes', () => {
    expect(one('half a percent')).toMatchObject({ kind: 'percent', value: 0.5 });
    expect(one('half a percentage point')).toMatchObject({
      kind: 'percent',
      value: 0.5,
      unit: 'percentage point',
    });
    expect(one('the 2 nd')).toMatchObject({ kind: 'ordinal', value: 2 });
    expect(one('11 th')).toMatchObject({ kind: 'ordinal', value: 11 });
    // only the suffix that number takes
    expect(one('1 th')).toMatchObject({ kind: 'count', value: 1 });
  });
  it('reads large scales, scientific notation and spaced decimals of tokenised text', () => {
    expect(one('one hundred fifty quintillion')).toMatchObject({ value: 1.5e20 });
    expect(one('1.5 x 10^20')).toMatchObject({ value: 1.5e20 });
    expect(one('up 0 . 85 ;')).toMatchObject({ value: 0.85 });
    expect(one('1 . 7250 marks')).toMatchObject({ kind: 'money', value: 1.725 });
    expect(brief('in 1995 . 10 people')).toEqual([
      ['1995', 'year', 1995],
      ['10 people', 'count', 10],
    ]);
  });
  it('reads half of something, but not a half of a game', () => {
    expect(one('half of voters')).toMatchObject({ text: 'half', value: 0.5 });
    expect(one('half the students')).toMatchObject({ value: 0.5 });
    expect(one('the first half of the game')).toMatchObject({ kind: 'ordinal', value: 1 });
    expect(one('half a million')).toMatchObject({ value: 5e5 });
  });
  it('groups thousands with no-break, narrow and thin spaces', () => {
    expect(one('a crowd of 12\u202f500 fans')).toMatchObject({ text: '12\u202f500 fans', value: 12500 });
    expect(one('a crowd of 12\u00a0500 fans')).toMatchObject({ value: 12500 });
    expect(one('a crowd of 1\u2009250\u2009000 fans')).toMatchObject({ value: 1250000 });
  });
  it('reads scientific notation written without spaces', () => {
    expect(one('about 2.5x10^8 cells')).toMatchObject({ text: 'about 2.5x10^8 cells', value: 2.5e8 });
    expect(one('a dose of 4.1×10^-3').value).toBeCloseTo(0.0041, 12);
    // a size is no power
    expect(extractNumbers('a 4x10 tarp')).toEqual([]);
  });
  it('multiplies digits by hundred, but does not join a second hundred or a year', () => {
    expect(one('some 125 hundred tickets')).toMatchObject({ value: 12500, unit: 'tickets' });
    expect(brief('4 hundred and 6 hundred')).toEqual([
      ['4 hundred', 'count', 400],
      ['6 hundred', 'count', 600],
    ]);
    expect(brief('by 2004 hundreds had left')).toEqual([['2004', 'year', 2004]]);
  });
  it('reads a leading hundred or thousand before a larger scale', () => {
    expect(one('Hundred thousand fans came.')).toMatchObject({ value: 1e5 });
    expect(one('thousand million years')).toMatchObject({ value: 1e9, kind: 'duration' });
    // a vague amount states no figure
    expect(extractNumbers('They spent a couple hundred thousand.')).toEqual([]);
    expect(extractNumbers('a few hundred thousand people')).toEqual([]);
  });
  it('reads a scale word after a smaller one as their product', () => {
    expect(one('a budget of Rs 4 lakh crore')).toMatchObject({ kind: 'money', value: 4e12, unit: 'INR' });
    expect(one('six thousand million')).toMatchObject({ value: 6e9 });
    // not when the number had groups before
    expect(one('three million four thousand')).toMatchObject({ value: 3004000 });
  });
  it('reads a teen after point as two decimals', () => {
    expect(one('two point fifteen')).toMatchObject({ value: 2.15 });
    expect(one('zero point twelve')).toMatchObject({ value: 0.12 });
  });
  it('reads a fraction with a spaced hyphen when it ends the phrase', () => {
    expect(one('two - thirds')).toMatchObject({ text: 'two - thirds' });
    expect(one('two - thirds').value).toBeCloseTo(2 / 3, 12);
    // a spaced hyphen in a list is no fraction
    expect(brief('one - third place')).toEqual([
      ['one', 'count', 1],
      ['third', 'ordinal', 3],
    ]);
  });
  it('divides by a hyphenated rank, and keeps a tens word after and in the numerator', () => {
    expect(one('two hundred forty-sixths').value).toBeCloseTo(200 / 46, 12);
    expect(one('two hundred and forty sixths').value).toBeCloseTo(240 / 6, 12);
  });
  it('does not join a zero with and', () => {
    expect(brief('5 thousand 2 hundred and 0')).toEqual([
      ['5 thousand 2 hundred', 'count', 5200],
      ['0', 'count', 0],
    ]);
    expect(brief('two hundred and zero')).toEqual([
      ['two hundred', 'count', 200],
      ['zero', 'count', 0],
    ]);
  });
  it('reads half after a hedge as a share', () => {
    expect(one('nearly half voted')).toMatchObject({ text: 'nearly half', value: 0.5, modifier: 'nearly' });
    expect(one('More than half stayed home.')).toMatchObject({ value: 0.5, modifier: 'more than' });
    expect(extractNumbers('He came at half-time.')).toEqual([]);
    expect(extractNumbers('It grew for nearly half a century.')).toEqual([]);
  });
  it('takes a spaced em dash for an aside, not a range', () => {
    expect(brief('about 30 — 40 percent of them')).toEqual([
      ['about 30', 'count', 30],
      ['40 percent', 'percent', 40],
    ]);
    expect(brief('30—40 percent')[0]).toEqual(['30', 'percent', 30]);
  });
  it('reads the unit after half a', () => {
    expect(one('a walk of half a mile')).toMatchObject({ text: 'half a mile', kind: 'measure', value: 0.5 });
    expect(one('wait half an hour')).toMatchObject({ kind: 'duration', unit: 'hour', value: 0.5 });
    expect(one('half a dozen eggs')).toMatchObject({ value: 6 });
  });
  it('adds and a half after a unit', () => {
    expect(one('it took a year and a half')).toMatchObject({
      text: 'a year and a half',
      kind: 'duration',
      unit: 'year',
      value: 1.5,
    });
    expect(one('three miles and a half')).toMatchObject({ kind: 'measure', unit: 'mile', value: 3.5 });
    expect(brief('4 years and a half-hour break')[0]).toEqual(['4 years', 'duration', 4]);
    expect(extractNumbers('a year ago')).toEqual([]);
  });
  it('reads light years as a length', () => {
    expect(one('a star 4.2 light years away')).toMatchObject({
      kind: 'measure',
      unit: 'light year',
      value: 4.2,
    });
    expect(one('some 100 light-years off')).toMatchObject({
      kind: 'measure',
      unit: 'light year',
      value: 100,
    });
  });
  it('reads half percent without an article', () => {
    expect(one('rates rose by half percent')).toMatchObject({ kind: 'percent', value: 0.5 });
  });
  it('reads factors written -fold or with a glued x', () => {
    expect(one('a six-fold rise')).toMatchObject({ text: 'six-fold', kind: 'multiplier', value: 6 });
    expect(one('a 20-fold rise')).toMatchObject({ kind: 'multiplier', value: 20 });
    expect(one('it runs 3x faster')).toMatchObject({ text: '3x', kind: 'multiplier', value: 3 });
    expect(extractNumbers('a 4x4 truck')).toEqual([]);
    expect(brief('Hawks 7x - 3 Owls')).toEqual([['3', 'count', 3]]);
  });
  it('does not count a day named after the number', () => {
    expect(one('shares fell 7 today')).toMatchObject({ text: '7', unit: null });
    expect(one('7 riders fell yesterday')).toMatchObject({ unit: 'riders' });
  });
  it('reads a hyphenated percent', () => {
    expect(one('a 7-percent drop')).toMatchObject({ text: '7-percent', kind: 'percent', value: 7 });
    expect(one('a two-percentage-point gap')).toMatchObject({
      text: 'two-percentage-point',
      kind: 'percent',
      unit: 'percentage point',
      value: 2,
    });
  });
  it('reads an age announced before the number', () => {
    expect(one('she retired at the age of 61')).toMatchObject({ kind: 'duration', unit: 'year', value: 61 });
    expect(one('children under age 6')).toMatchObject({ kind: 'duration', unit: 'year', value: 6 });
    expect(one('aged about 40')).toMatchObject({ kind: 'duration', value: 40, modifier: 'about' });
  });
  it('reads 12 noon and 12 midnight as clock times', () => {
    expect(one('it opens at 12 noon')).toMatchObject({ kind: 'time', value: null });
  });
  it('reads the common misspelling nineth', () => {
    expect(one('the nineth round')).toMatchObject({ kind: 'ordinal', value: 9 });
  });
  it('keeps a numbered line with nothing after it as a number', () => {
    expect(one('192.')).toMatchObject({ value: 192 });
    expect(one('192 .')).toMatchObject({ value: 192 });
  });
});

describe('extractNumbers: currencies and temperatures', () => {
  it('reads more currency names, with the name when several countries use it', () => {
    expect(one('30 baht')).toMatchObject({ kind: 'money', unit: 'THB', value: 30 });
    expect(one('70 zloty')).toMatchObject({ kind: 'money', unit: 'PLN' });
    expect(one('20 quid')).toMatchObject({ kind: 'money', unit: 'GBP' });
    expect(one('1,000 Vietnamese dong')).toMatchObject({ kind: 'money', unit: 'VND', value: 1000 });
    expect(one('90 dinars')).toMatchObject({ kind: 'money', unit: 'dinar' });
    expect(one('2 BTC')).toMatchObject({ kind: 'money', unit: 'BTC' });
  });
  it('reads a lower-case code before the number, unless the code is an English word', () => {
    expect(one('eur 3.50')).toMatchObject({ kind: 'money', unit: 'EUR', value: 3.5 });
    expect(one('try 5 times')).toMatchObject({ kind: 'count', value: 5 });
  });
  it('adds minor units to the amount', () => {
    expect(one('$1 and 50 cents')).toMatchObject({ kind: 'money', unit: 'USD', value: 1.5 });
    expect(one('two euros fifty')).toMatchObject({ kind: 'money', unit: 'EUR', value: 2.5 });
    expect(one('two kuai and three mao five')).toMatchObject({ kind: 'money', unit: 'CNY', value: 2.35 });
    expect(brief('48.5 cents a pound .')[0]).toEqual(['48.5 cents', 'money', 48.5]);
  });
  it('reads cents said without their name after and, or before more', () => {
    expect(one('a ticket is 12 dollars and 40.')).toMatchObject({ kind: 'money', value: 12.4 });
    expect(one('four pounds and twenty')).toMatchObject({ kind: 'money', unit: 'GBP', value: 4.2 });
    expect(one('it needs 8 EUR 25 more')).toMatchObject({ kind: 'money', unit: 'EUR', value: 8.25 });
    // a number that counts something is no cents
    expect(brief('12 dollars and 4 apples')).toEqual([
      ['12 dollars', 'money', 12],
      ['4 apples', 'count', 4],
    ]);
  });
  it('reads a scale word after a currency code', () => {
    expect(one('a loss of 40 EUR million')).toMatchObject({ kind: 'money', unit: 'EUR', value: 4e7 });
    expect(one('a deal worth 3 USD bn')).toMatchObject({ kind: 'money', unit: 'USD', value: 3e9 });
  });
  it('reads the currency signs written as letters after the amount', () => {
    expect(one('a bowl costs 30元')).toMatchObject({ kind: 'money', unit: 'CNY', value: 30 });
    expect(one('a ticket costs 800円')).toMatchObject({ kind: 'money', unit: 'JPY', value: 800 });
  });
  it('reads wire-service abbreviations and a currency after a', () => {
    expect(one('20 mln dlrs')).toMatchObject({ kind: 'money', unit: 'USD', value: 2e7 });
    expect(one('300 mln stg')).toMatchObject({ kind: 'money', unit: 'GBP', value: 3e8 });
    expect(one('a dollar a gallon')).toMatchObject({ kind: 'money', unit: 'USD', value: 1 });
    expect(extractNumbers('a pound of flour')).toEqual([]);
    expect(extractNumbers('the dollar fell')).toEqual([]);
  });
  it('reads more measurement units and qualified units', () => {
    expect(one('2 metric tons')).toMatchObject({ kind: 'measure', unit: 'metric ton', value: 2 });
    expect(one('5 nautical miles')).toMatchObject({ kind: 'measure', unit: 'nautical mile' });
    expect(one('100 mbps')).toMatchObject({ kind: 'measure', unit: 'megabit per second' });
    expect(one('2 tbsp')).toMatchObject({ kind: 'measure', unit: 'tablespoon' });
    expect(one('50 sq km')).toMatchObject({ kind: 'measure', unit: 'square kilometer' });
  });
  it('reads hedges hyphenated after the number', () => {
    expect(one('100-odd people')).toMatchObject({ value: 100, unit: 'people', modifier: 'about' });
    expect(one('40-plus years')).toMatchObject({ kind: 'duration', value: 40, modifier: 'more than' });
    expect(one('30-something')).toMatchObject({ value: 30, modifier: 'about' });
  });
  it('reads the short end of a span of years as a year', () => {
    expect(brief('2020-21')).toEqual([
      ['2020', 'year', 2020],
      ['21', 'year', 2021],
    ]);
    expect(brief('1999-00')[1]).toEqual(['00', 'year', 2000]);
  });
  it('keeps an explicit plus sign', () => {
    expect(one('+3')).toMatchObject({ text: '+3', value: 3 });
  });
  it('reads temperature scales spaced or glued where the text speaks of temperature', () => {
    expect(one('30 ° C')).toMatchObject({ kind: 'measure', unit: 'celsius', value: 30 });
    expect(one('the temperature is 50 F')).toMatchObject({ unit: 'fahrenheit', value: 50 });
    expect(one('bake it at 180 C')).toMatchObject({ unit: 'celsius', value: 180 });
    expect(one('it was 30c yesterday in the heat')).toMatchObject({ unit: 'celsius', value: 30 });
    expect(one('Apartment 5 C')).toMatchObject({ kind: 'count', value: 5 });
    expect(one('10 degrees below zero')).toMatchObject({ kind: 'measure', value: -10 });
    expect(one('20 per-cent')).toMatchObject({ kind: 'percent', value: 20 });
  });
});

describe('lexemes: words cut from the text when read', () => {
  const sameAsText = (text: string) => {
    for (const lexeme of lexemes(text)) {
      const cut = text.slice(lexeme.start, lexeme.end);
      expect(lexeme.text).toBe(cut);
      if (lexeme.kind === 'word') expect(lexeme.lower).toBe(cut.toLowerCase());
    }
  };

  it('are the text and its lower case between their offsets, for every fixture', () => {
    for (const fixture of loadFixtures()) sameAsText(fixture.text);
  });

  it('are the text and its lower case between their offsets, for any text', () => {
    fc.assert(fc.property(textInput, sameAsText), { numRuns: 200 });
  });
});

describe('lexemes: letters', () => {
  it('takes no code unit of General Punctuation for a letter, as the Unicode letter class says', () => {
    for (let code = 0x2000; code <= 0x206f; code++)
      expect(/\p{L}/u.test(String.fromCharCode(code))).toBe(false);
    expect(lexemes('it\u2019s \u201cfive\u201d\u2014\u00e9t\u00e9').map((l) => l.text)).toEqual([
      'it',
      '\u2019',
      's',
      '\u201c',
      'five',
      '\u201d',
      '\u2014',
      '\u00e9t\u00e9',
    ]);
  });
});

describe('lexemes: the places a quantity can start', () => {
  const words = new WordSet(['a', 'five', 'k', '½', 'über']);
  const startsOf = (text: string): number[] => {
    const at: number[] = [];
    lexemes(text, { words, at });
    return at;
  };
  const expected = (text: string): number[] =>
    lexemes(text).flatMap((lexeme, i) => (isNumeral(lexeme) || words.has(lexeme.lower) ? [i] : []));

  it('are the numerals and the words and symbols of the set, in any case', () => {
    // A, 5, FIVE, ½, Über, and the Kelvin sign, which lower-cases to `k`.
    expect(startsOf('A man paid 5 dollars, FIVE times ½ of Über; \u212a stays.')).toEqual([
      0, 3, 6, 8, 10, 12,
    ]);
  });

  it('are the lexemes the set holds, for any text', () => {
    fc.assert(
      fc.property(textInput, (text) => {
        expect(startsOf(text)).toEqual(expected(text));
      }),
      { numRuns: 200 },
    );
  });
});
