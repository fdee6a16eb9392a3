/**
 * English number words. Written by hand from English grammar (cardinal, ordinal and scale
 * words as any English grammar lists them); not derived from any data set.
 *
 * @module
 * @internal
 */

/** Cardinal words below one hundred that stand alone. */
export const SMALL: ReadonlyMap<string, number> = new Map([
  ['zero', 0],
  ['nought', 0],
  ['naught', 0],
  ['nil', 0],
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
  ['eleven', 11],
  ['twelve', 12],
  ['thirteen', 13],
  ['fourteen', 14],
  ['fifteen', 15],
  ['sixteen', 16],
  ['seventeen', 17],
  ['eighteen', 18],
  ['nineteen', 19],
]);

/** Tens words, which a unit word may follow (`twenty-one`, `twenty one`). */
export const TENS: ReadonlyMap<string, number> = new Map([
  ['twenty', 20],
  ['thirty', 30],
  ['forty', 40],
  ['fourty', 40],
  ['fifty', 50],
  ['sixty', 60],
  ['seventy', 70],
  ['eighty', 80],
  ['ninety', 90],
]);

/** Scale words and abbreviations that multiply what precedes them. */
export const SCALES: ReadonlyMap<string, number> = new Map([
  ['hundred', 1e2],
  ['hundreds', 1e2],
  ['thousand', 1e3],
  ['thousands', 1e3],
  ['k', 1e3],
  ['grand', 1e3],
  ['million', 1e6],
  ['millions', 1e6],
  ['mn', 1e6],
  ['mln', 1e6],
  ['mm', 1e6],
  ['lakh', 1e5],
  ['lakhs', 1e5],
  ['crore', 1e7],
  ['crores', 1e7],
  ['billion', 1e9],
  ['billions', 1e9],
  ['bn', 1e9],
  ['bln', 1e9],
  ['trillion', 1e12],
  ['trillions', 1e12],
  ['tn', 1e12],
  ['tln', 1e12],
  ['quadrillion', 1e15],
  ['quintillion', 1e18],
  ['sextillion', 1e21],
  ['septillion', 1e24],
  ['octillion', 1e27],
  ['nonillion', 1e30],
  ['decillion', 1e33],
]);

/** Scale abbreviations read only glued to a number (`2mil`, `5b`): spaced, they are words. */
export const GLUED_SCALES: ReadonlyMap<string, number> = new Map([
  ['mil', 1e6],
  ['b', 1e9],
]);

/** Words for twelve. */
export const DOZENS: ReadonlySet<string> = new Set(['dozen', 'dozens', 'dz', 'dzs']);

/** Ordinal words (and the fractions' denominators they double as). */
export const ORDINALS: ReadonlyMap<string, number> = new Map([
  ['first', 1],
  ['second', 2],
  ['third', 3],
  ['fourth', 4],
  ['fifth', 5],
  ['sixth', 6],
  ['seventh', 7],
  ['eighth', 8],
  ['ninth', 9],
  // A common misspelling, like `fourty`.
  ['nineth', 9],
  ['tenth', 10],
  ['eleventh', 11],
  ['twelfth', 12],
  ['thirteenth', 13],
  ['fourteenth', 14],
  ['fifteenth', 15],
  ['sixteenth', 16],
  ['seventeenth', 17],
  ['eighteenth', 18],
  ['nineteenth', 19],
  ['twentieth', 20],
  ['thirtieth', 30],
  ['fortieth', 40],
  ['fiftieth', 50],
  ['sixtieth', 60],
  ['seventieth', 70],
  ['eightieth', 80],
  ['ninetieth', 90],
  ['hundredth', 1e2],
  ['thousandth', 1e3],
  ['millionth', 1e6],
  ['billionth', 1e9],
  ['trillionth', 1e12],
  ['quadrillionth', 1e15],
  ['quintillionth', 1e18],
]);

/** Fraction denominators that are not ordinals, or plural ordinals (`thirds`, `quarters`). */
export const DENOMINATORS: ReadonlyMap<string, number> = new Map([
  ['half', 2],
  ['halves', 2],
  ['quarter', 4],
  ['quarters', 4],
  ['thirds', 3],
  ['fourths', 4],
  ['fifths', 5],
  ['sixths', 6],
  ['sevenths', 7],
  ['eighths', 8],
  ['ninths', 9],
  ['tenths', 10],
  ['twelfths', 12],
  ['twentieths', 20],
  ['hundredths', 1e2],
  ['thousandths', 1e3],
  ['millionths', 1e6],
  ['billionths', 1e9],
  ['trillionths', 1e12],
]);

/** Plural tens words naming a decade when they follow a century (`nineteen nineties`). */
export const DECADE_TENS: ReadonlyMap<string, number> = new Map([
  ['twenties', 20],
  ['thirties', 30],
  ['forties', 40],
  ['fifties', 50],
  ['sixties', 60],
  ['seventies', 70],
  ['eighties', 80],
  ['nineties', 90],
]);

/** Words that state a factor. */
export const MULTIPLIERS: ReadonlyMap<string, number> = new Map([
  ['twice', 2],
  ['double', 2],
  ['doubled', 2],
  ['triple', 3],
  ['tripled', 3],
  ['treble', 3],
  ['quadruple', 4],
  ['quadrupled', 4],
  ['twofold', 2],
  ['threefold', 3],
  ['fourfold', 4],
  ['fivefold', 5],
  ['sixfold', 6],
  ['tenfold', 10],
  ['hundredfold', 100],
]);

/** Words meaning "the negative of" before a number. */
export const NEGATIVES: ReadonlySet<string> = new Set(['minus', 'negative']);

/** Digit suffixes of ordinals (`1st`, `22nd`, `3rd`, `11th`). */
export const ORDINAL_SUFFIXES: ReadonlySet<string> = new Set(['st', 'nd', 'rd', 'th']);
