/**
 * The grammatical gender a name allows for `he` and `she`, from its first name or a title
 * (`Mrs.`, `congresswoman`). Reporters refer back to the last person a pronoun can fit: after
 * `Jim Ortiz sniped that Ruiz…`, `she said` is Ruiz, not Ortiz.
 *
 * @module
 * @internal
 */

import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES } from '../data/first-names.js';
import { COMMON_FEMALE_FIRST_NAMES, COMMON_MALE_FIRST_NAMES } from './data/common-first-names.js';

/** `he`, `she`, or not known. */
export type Gender = 'male' | 'female' | null;

/**
 * First name → the gender it says. A name on several lists takes the first of: common male
 * names, common female names, male names, female names; so the lists are entered in the reverse
 * order, each overriding the ones before. One lookup per name instead of one per list: most
 * words asked about are on none.
 */
const FIRST_NAMES: ReadonlyMap<string, 'male' | 'female'> = (() => {
  const genders = new Map<string, 'male' | 'female'>();
  const enter = (list: string, gender: 'male' | 'female'): void => {
    for (const name of list.split(' ')) genders.set(name, gender);
  };
  enter(FEMALE_FIRST_NAMES, 'female');
  enter(MALE_FIRST_NAMES, 'male');
  enter(COMMON_FEMALE_FIRST_NAMES, 'female');
  enter(COMMON_MALE_FIRST_NAMES, 'male');
  return genders;
})();

/** Titles and job words that say the sex of the person they stand before or name. */
const MALE_TITLES: ReadonlySet<string> = new Set([
  'mr',
  'sir',
  'lord',
  'father',
  'congressman',
  'spokesman',
  'chairman',
  'businessman',
  'king',
  'prince',
]);
const FEMALE_TITLES: ReadonlySet<string> = new Set([
  'mrs',
  'ms',
  'miss',
  'dame',
  'lady',
  'congresswoman',
  'spokeswoman',
  'chairwoman',
  'businesswoman',
  'queen',
  'princess',
]);

/** The gender a title word says (`Mrs.` → female), or null. */
export function genderOfTitle(word: string): Gender {
  const key = word.toLowerCase().replace(/\.$/, '');
  if (MALE_TITLES.has(key)) return 'male';
  if (FEMALE_TITLES.has(key)) return 'female';
  return null;
}

/** The gender a full name's first word says (`Maria Delgado` → female), or null. */
export function genderOfName(name: string): Gender {
  return genderOfNameAt(name, 0, name.length);
}

/**
 * {@link genderOfName} of `text.slice(start, end)`, read in place: the name is cut out of the
 * text only when its first word is a known first name.
 */
export function genderOfNameAt(text: string, start: number, end: number): Gender {
  const space = text.indexOf(' ', start);
  if (space < 0 || space >= end) return null;
  const first = text.slice(start, space).toLowerCase();
  return FIRST_NAMES.get(first) ?? null;
}

/** The gender of a third-person pronoun (`she`, `her` → female), or null for others. */
export function genderOfPronoun(word: string): Gender {
  const key = word.toLowerCase();
  if (key === 'he' || key === 'him' || key === 'his') return 'male';
  if (key === 'she' || key === 'her' || key === 'hers') return 'female';
  return null;
}
