import {
  TITLE_ABBREVIATIONS as SHARED_TITLE_ABBREVIATIONS,
  TITLES as SHARED_TITLES,
} from '../../data/titles.js';

/**
 * Words that stand before a speaker's name and are not part of it: the shared titles, plus the
 * party, campaign and broadcast roles of political reporting (`Republican presidential nominee
 * Donald Trump`, `Channel 9 host Lena Park`, `Staff Sgt.`, `St.`).
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

/**
 * The titles above that are abbreviations (`Rev.`, `Sen.`, `Lt.`, `Jr.`), lower case, periods
 * removed: only these take a period inside a name. A title written in full before a full stop
 * (`…, the budget director.`) ends its sentence. The shared title abbreviations (AP style), and
 * those of a saint, a generational suffix and a party.
 */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  ...SHARED_TITLE_ABBREVIATIONS,
  'st',
  'jr',
  'sr',
  'dem',
]);

/** Words that end a name without being its last name (`Tom Reyes Jr.`). */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
