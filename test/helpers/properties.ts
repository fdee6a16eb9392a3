/**
 * fast-check arbitraries for text-processing properties: any UTF-16 string (unpaired surrogates
 * included) and news-like text built from words, names, numbers, quote marks and line breaks.
 */
import fc from 'fast-check';

/** Any string at all, including lone surrogates and control characters. */
export const anyText: fc.Arbitrary<string> = fc.string({ unit: 'binary', maxLength: 400 });

const PIECES = [
  'the',
  'said',
  'Lewis',
  'Jim',
  'Ministry',
  'of',
  'State',
  'Security',
  'China',
  'U.S.',
  'he',
  'she',
  'told',
  '"',
  '\u201c',
  '\u201d',
  "'",
  '\u2018',
  '\u2019',
  ',',
  '.',
  ':',
  '—',
  '(',
  ')',
  '$130,000',
  '800,000',
  '30',
  'years',
  'May',
  '18,',
  '2025',
  '1940s',
  '10-year',
  'more',
  'than',
  'percent',
  '%',
  '\n',
  '\n\n',
  'Xi',
  'Jinping',
  "China's",
  'MSS',
  '60',
  'Minutes',
  'according',
  'to',
  'warned',
  'Москва',
  '中国',
  'é',
  '😀',
];

/** Text that looks like a news paragraph, dense in the things copydesk looks for. */
export const newsText: fc.Arbitrary<string> = fc
  .array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(' ', ' ', ' ', '', '\n')), { maxLength: 120 })
  .map((parts) => parts.map(([word, space]) => word + space).join(''));

/** Either kind of text. */
export const textInput: fc.Arbitrary<string> = fc.oneof(anyText, newsText);

/** Tags the HTML arbitrary opens and closes. */
const TAGS = [
  'p',
  'div',
  'article',
  'nav',
  'li',
  'ul',
  'h1',
  'h2',
  'aside',
  'footer',
  'span',
  'a',
  'b',
  'script',
  'td',
];
/** One piece of {@link htmlInput}. */
const htmlPiece = fc.oneof(
  fc.constantFrom(...TAGS).map((t) => `<${t}>`),
  fc.constantFrom(...TAGS).map((t) => `</${t}>`),
  fc.constantFrom('&amp;', '&nbsp;', '&#8220;', '&lt;', '&bogus;', '&', '<', '>', '<!--', '-->', '<br/>'),
  fc.constantFrom('<div class="comment">', '<p hidden>', '<div style="display:none">', '<a href="/x">'),
  fc.string({ maxLength: 30 }),
  fc.constantFrom('The council voted on Tuesday to back the plan to rebuild the harbour. ', 'Home', '\n'),
);
/** HTML-like input: tags of every kind, open and closed at random, entities, hidden and furniture
 * elements, stray `<`, `&` and comments, and text. */
export const htmlInput: fc.Arbitrary<string> = fc
  .array(htmlPiece, { maxLength: 60 })
  .map((parts) => `<html><body>${parts.join('')}`);
