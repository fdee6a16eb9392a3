import { describe, expect, it } from 'vitest';
import { isTimeToken } from '../../src/entities/dates.js';
import { parseText } from '../../src/nlp.js';

/** The tokens of `text` that are part of an expression of time. */
function timeTokens(text: string): string[] {
  const parsed = parseText(text, { entities: false });
  return parsed.tokens.filter((_, t) => isTimeToken(parsed, t)).map((token) => token.text);
}

describe('isTimeToken', () => {
  it('takes days, times of day and units of time', () => {
    expect(timeTokens('Ana Ruiz left on Monday, not Yesterday, at Noon.')).toEqual([
      'Monday',
      'Yesterday',
      'Noon',
    ]);
    expect(timeTokens('The Labor Day parade')).toEqual(['Day']);
  });

  it('takes a month, and May or a season only when used as a time', () => {
    expect(timeTokens('In January the vote was held.')).toEqual(['January']);
    expect(timeTokens('It rained in May. Theresa May spoke.')).toEqual(['May']);
    expect(timeTokens('Summer Olympics in Summer')).toEqual(['Summer']);
  });

  it('reads an abbreviated month with its full stop', () => {
    expect(timeTokens('He left on Aug. 9 and came back.')).toEqual(['Aug.', '9']);
  });

  it('takes AM and PM only after a number', () => {
    expect(timeTokens('At 10 AM the AM radio band was quiet.')).toEqual(['AM']);
  });

  it('takes a count or an opener before a unit, a day or a month', () => {
    expect(timeTokens('Two years ago, Last week and Early Monday. Two dogs.')).toEqual([
      'Two',
      'years',
      'Last',
      'week',
      'Early',
      'Monday',
    ]);
  });

  it('takes a day beside its month or after its weekday, a decade, a numeric date', () => {
    expect(timeTokens('Zorbo 22 Aug. Tasman 14. Friday 30. The 1990s. DULUTH 2019-05-04')).toEqual([
      '22',
      'Aug.',
      'Friday',
      '30',
      '1990s',
      '2019-05-04',
    ]);
  });

  it('takes a bare year only after a preposition of time, not as a score', () => {
    expect(timeTokens('Sales fell in 2019. Tasman 1250 all out.')).toEqual(['2019']);
  });
});
