/**
 * Head nouns of descriptions of unnamed people who speak for a named person or body: the press
 * keeps such sources anonymous but names whom they work for or stand close to (`one Ortiz
 * aide`, `a longtime adviser to Jim Ortiz`, `a State Department official`, `a lawyer for the
 * family`). Hand-written from English news usage; spokespeople, offices and campaigns are in
 * `attribute.ts`.
 */
export const AFFILIATES: ReadonlySet<string> = new Set([
  'aide',
  'aides',
  'adviser',
  'advisers',
  'advisor',
  'advisors',
  'staffer',
  'staffers',
  'employee',
  'employees',
  'official',
  'officials',
  'source',
  'sources',
  'confidant',
  'confidante',
  'insider',
  'insiders',
  'operative',
  'operatives',
  'veteran',
  'veterans',
  'lawyer',
  'lawyers',
  'attorney',
  'attorneys',
]);

/**
 * The heads whose place name is their party (`a Texas official` speaks for Texas); for the others
 * a place says where they are from or served (`a Florida lawyer`, `a Vietnam veteran`).
 */
export const OFFICIALS: ReadonlySet<string> = new Set(['official', 'officials']);

/** Heads of descriptions that stand for whoever they are `close to` (`a person close to the Ortizes`). */
export const CLOSE_ONES: ReadonlySet<string> = new Set([
  'person',
  'people',
  'someone',
  'friend',
  'friends',
  ...AFFILIATES,
]);
