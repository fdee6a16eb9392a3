import { TITLES as SHARED_TITLES } from '../../data/titles.js';

/**
 * Words that stand before a speaker's name and are not part of it: the shared titles, plus the
 * party, campaign and broadcast roles of political reporting (`Republican presidential nominee
 * Donald Trump`, `Fox News host Sean Hannity`, `Staff Sgt.`, `St.`).
 */
export const TITLES: ReadonlySet<string> = new Set([
  ...SHARED_TITLES,
  'candidate',
  'nominee',
  'presidential',
  'democratic',
  'republican',
  'gop',
  'dem',
  'host',
  'anchor',
  'st',
  'staff',
  'jr',
  'sr',
]);

/** Words that end a name without being its last name (`Martin Luther King Jr.`). */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
