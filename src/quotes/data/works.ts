/**
 * Nouns for made works whose titles news text puts in quotation marks (`the movie "Night Shift"`,
 * `"Balanced Budget," an ad that…`). Hand-written from English usage; words for documents
 * that carry speech (`statement`, `letter`, `speech`) are left out, since what follows them in
 * quotation marks is usually their words.
 */
export const WORK_NOUNS: ReadonlySet<string> = new Set([
  'movie',
  'film',
  'documentary',
  'book',
  'novel',
  'memoir',
  'song',
  'album',
  'single',
  'show',
  'series',
  'sitcom',
  'episode',
  'podcast',
  'play',
  'musical',
  'opera',
  'poem',
  'painting',
  'game',
  'ad',
  'advert',
  'commercial',
  'spot',
  'slogan',
  'hashtag',
  'column',
  'essay',
  'headline',
  'commentary',
]);
