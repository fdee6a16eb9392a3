/**
 * Month and weekday names with their common abbreviations, written by hand from the English
 * calendar. Shared by the number, entity and quote steps.
 *
 * @module
 * @internal
 */

/** Month name or abbreviation (lower case) → month number. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1],
  ['jan', 1],
  ['february', 2],
  ['feb', 2],
  ['march', 3],
  ['mar', 3],
  ['april', 4],
  ['apr', 4],
  ['may', 5],
  ['june', 6],
  ['jun', 6],
  ['july', 7],
  ['jul', 7],
  ['august', 8],
  ['aug', 8],
  ['september', 9],
  ['sep', 9],
  ['sept', 9],
  ['october', 10],
  ['oct', 10],
  ['november', 11],
  ['nov', 11],
  ['december', 12],
  ['dec', 12],
]);

/** Weekday names. */
export const WEEKDAYS: ReadonlySet<string> = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
]);

/** Nouns naming a day relative to today, which no number counts and no name contains. */
export const RELATIVE_DAYS: ReadonlySet<string> = new Set(['today', 'tonight', 'tomorrow', 'yesterday']);

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** The twelve month names as written in running text ("January"…). */
export const MONTH_FULL_NAMES: readonly string[] = [...MONTHS.keys()]
  .filter((name) => name.length > 3 || name === 'may')
  .filter((name) => name !== 'sept')
  .map(capitalise);

/** Every month name and abbreviation as written in running text ("January", "Jan", "Sept"…). */
export const MONTH_NAMES: readonly string[] = [...MONTHS.keys()].map(capitalise);

/** The weekday names as written in running text ("Monday"…). */
export const WEEKDAY_NAMES: readonly string[] = [...WEEKDAYS].map(capitalise);
