/**
 * The name helpers the attribution walk leans on: the key a name is indexed by, white space made
 * single, and the gender a first name says, read in place.
 */
import { describe, expect, it } from 'vitest';
import { genderOfName, genderOfNameAt } from '../../src/quotes/gender.js';
import { lastNameKey, looksLikePerson, singleSpaced } from '../../src/quotes/names.js';

describe('lastNameKey', () => {
  it('is the last word, lower case, without a final period', () => {
    expect(lastNameKey('Jim Lewis')).toBe('lewis');
    expect(lastNameKey('Mr. Clyburn.')).toBe('clyburn');
    expect(lastNameKey('LEWIS')).toBe('lewis');
  });

  it('skips suffixes, but never the first word', () => {
    expect(lastNameKey('Tom Luis Reyes Jr.')).toBe('reyes');
    expect(lastNameKey('John Smith Jr. III')).toBe('smith');
    expect(lastNameKey('Jr.')).toBe('jr');
  });

  it('splits on any run of white space, as the name index always has', () => {
    expect(lastNameKey('Jim\u00a0\u00a0Lewis')).toBe('lewis');
    expect(lastNameKey('Jim\tLewis Sr')).toBe('lewis');
    expect(lastNameKey('Lewis ')).toBe('');
  });
});

describe('singleSpaced', () => {
  it('returns a name with single plain spaces as it is', () => {
    expect(singleSpaced('Jim Lewis')).toBe('Jim Lewis');
  });

  it('makes every run of white space one space', () => {
    expect(singleSpaced('Jim  Lewis')).toBe('Jim Lewis');
    expect(singleSpaced('Jim\nLewis')).toBe('Jim Lewis');
    expect(singleSpaced('Jim\u00a0Lewis')).toBe('Jim Lewis');
    expect(singleSpaced('José\t Martí')).toBe('José Martí');
  });
});

describe('genderOfNameAt', () => {
  it('reads the first name of the span only', () => {
    const text = 'said Maria Delgado, the undersecretary';
    expect(genderOfNameAt(text, 5, 18)).toBe('female');
    expect(genderOfNameAt(text, 11, 18)).toBe(null); // one word: no first name
    expect(genderOfName('Maria Delgado')).toBe('female');
    expect(genderOfName('Jim Ortiz')).toBe('male');
  });
});

describe('looksLikePerson', () => {
  it('gives the same answer when asked again', () => {
    for (let round = 0; round < 2; round++) {
      expect(looksLikePerson('Jim Lewis')).toBe(true);
      expect(looksLikePerson('North Carolina')).toBe(false);
      expect(looksLikePerson('Ministry of State Security')).toBe(false);
    }
  });

  it('takes call letters joined by a hyphen for a station, a double-barrelled name for a person', () => {
    expect(looksLikePerson('KXLY-TV')).toBe(false);
    expect(looksLikePerson('WQRT-FM')).toBe(false);
    expect(looksLikePerson('Ana Ruiz-Tagle')).toBe(true);
  });
});
