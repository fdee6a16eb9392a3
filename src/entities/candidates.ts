/**
 * Finds the spans that may name something: runs of capitalised words in running text, joined
 * across "of", "de", "&" ("Ministry of State Security", "Procter & Gamble"), with titles cut
 * off ("U.S. President Bill Clinton" → "U.S." and "Bill Clinton") and possessives left out
 * (wink splits "China's" into "China" and "'s"). A run that starts a sentence is flagged: its
 * capital may be the sentence's, not a name's, and the document decides later.
 *
 * @module
 * @internal
 */

import { isAsciiAlphanumeric, isAsciiDigit, isAsciiUpper } from '../chars.js';
import { MONTH_NAMES } from '../data/calendar.js';
import { TITLE_ABBREVIATIONS } from '../data/titles.js';
import type { ParsedText, Sentence, Token } from '../nlp.js';
import { NAME_SUFFIXES } from '../quotes/data/titles.js';
import { type Casing, isAllCaps, isCapitalised, isWord } from './casing.js';
import { isTimeToken } from './dates.js';
import { type Lexicon, spanKey, type TokenForms, tokenForms } from './lexicon.js';

/** A span that may name an entity, in token indices. */
export interface Candidate {
  /** Index of the first token. */
  readonly first: number;
  /** Index after the last token. */
  readonly end: number;
  /** Lookup key of the span ({@link nameKey}). */
  readonly key: string;
  /** The sentence's casing. */
  readonly casing: Casing;
  /** A person title stood right before the span ("President", "spokesperson"). */
  readonly afterTitle: boolean;
  /** The span starts its sentence (or a quotation or clause after a colon). */
  readonly initial: boolean;
}

/**
 * Regular expressions with `\p{…}` stay module constants: the bundler targeting Node 20 turns a
 * literal into `new RegExp(…)`, which would build one at every call.
 */
const INITIAL = /^\p{Lu}\.$/u;
const ACRONYM_LIKE = /^\p{Lu}[\p{Lu}.]*$/u;
const HAS_LOWER = /\p{Ll}/u;

/**
 * Whether a token is a reporting period in a results headline ("Acme Inc Q2 loss", "Okapi Oy H1
 * profit"), no name's part: Q1–Q4, H1, H2, 1Q–4Q, 1H, 2H, 9M or FY. Tested by character: it runs
 * for every token at the edge of a run, where a regular expression cost more than the rest of
 * the test.
 */
function isFiscalPeriod(text: string): boolean {
  if (text.length !== 2) return false;
  const a = text.charCodeAt(0);
  const b = text.charCodeAt(1);
  switch (a) {
    case 0x51: // Q1–Q4
      return b >= 0x31 && b <= 0x34;
    case 0x48: // H1, H2
      return b === 0x31 || b === 0x32;
    case 0x46: // FY
      return b === 0x59;
    case 0x39: // 9M
      return b === 0x4d;
    default: // 1Q–4Q, 1H, 2H
      return (a >= 0x31 && a <= 0x34 && b === 0x51) || ((a === 0x31 || a === 0x32) && b === 0x48);
  }
}

/** Lower-case words that may sit inside a name between two capitalised words. */
const CONNECTORS = new Set([
  'of',
  'de',
  'del',
  'della',
  'dello',
  'degli',
  'di',
  'des',
  'da',
  'do',
  'dos',
  'du',
  'van',
  'von',
  'der',
  'den',
  'la',
  'le',
  'bin',
  'ibn',
  'al',
  '&',
]);

/** Length of the longest of {@link CONNECTORS}. */
const CONNECTOR_LONGEST = Math.max(...[...CONNECTORS].map((word) => word.length));

/**
 * Whether `text` is one of {@link CONNECTORS}: lower-case words and "&", so a capitalised or
 * longer token is none without a look-up.
 */
function isConnector(text: string): boolean {
  return text.length <= CONNECTOR_LONGEST && !isAsciiUpper(text.charCodeAt(0)) && CONNECTORS.has(text);
}

/** Punctuation after which the next word starts afresh, like a sentence. */
const OPENERS = new Set([
  '.',
  '...',
  '\u2026',
  '!',
  '?',
  ';',
  '"',
  '\u201c',
  '\u2018',
  "'",
  '(',
  '[',
  ':',
  '-',
  '\u2013',
  '\u2014',
  '*',
  '\u2022',
  '|',
  '#',
  '>',
]);

/** Longest run of capitalised words read as one name, in tokens. */
const MAX_RUN_TOKENS = 12;

/** Legal forms that end a company's name. */
const LEGAL_FORMS = new Set(['inc', 'corp', 'co', 'ltd', 'plc', 'llc', 'ag', 'gmbh', 'nv', 'sa']);

/** Punctuation that certainly starts a new clause. */
const CLAUSE_STARTS = new Set(['|', ':', '\u201c', '"', '.', '...', '\u2026', '!', '?', ';']);

/** Words that take "on" or "for" inside their name ("Law on Guarding State Secrets", "Centre for Policy Studies"). */
const TAKES_ON_FOR = new Set([
  'law',
  'act',
  'convention',
  'treaty',
  'committee',
  'commission',
  'conference',
  'council',
  'agreement',
  'institute',
  'centre',
  'center',
  'office',
  'ministry',
  'department',
  'league',
  'campaign',
  'coalition',
  'fund',
  'foundation',
  'society',
  'association',
  'organisation',
  'organization',
  'movement',
  'party',
  'front',
  'union',
  'court',
  'bureau',
  'agency',
  'board',
  'federation',
]);

/** Month names, which wink does not always date ("May 15 v Durham"). */
const MONTHS: ReadonlySet<string> = new Set(MONTH_NAMES);

/**
 * Whether the capitalised token `t` after a number names what the number counts (`250 MSS
 * spies`, `3 Boeing jets`): an acronym, or a word before a plural noun. Then the number is a
 * count, not part of a title such as `60 Minutes`.
 */
function countsThings(parsed: ParsedText, t: number, end: number): boolean {
  const token = parsed.tokens[t] as Token;
  if (isAllCaps(token.text)) return true;
  const next = t + 1 < end ? parsed.tokens[t + 1] : undefined;
  return next !== undefined && next.pos === 'NOUN' && /[a-z]s$/.test(next.text);
}

/** Whether token `t` can be part of a name (`forms`: {@link tokenForms} of `parsed`). */
function isNamePart(parsed: ParsedText, forms: TokenForms, t: number): boolean {
  const token = parsed.tokens[t] as Token;
  // The capital first: most tokens are lower-case words and fail on their first character.
  if (!isCapitalised(token) || !isWord(token)) return false;
  // "May 15", "June 5-9": a month before a number is a date whatever wink says. (The digit is
  // tested first: it rules out nearly every word without a look-up.)
  const next = parsed.tokens[t + 1];
  if (
    next &&
    next.sentence === token.sentence &&
    isAsciiDigit(next.text.charCodeAt(0)) &&
    MONTHS.has(token.text)
  )
    return false;
  if (token.text.length <= 9 && isTimeToken(parsed, t, forms)) {
    if (token.pos !== 'PROPN') return false;
    if (/^(May|Spring|Summer|Autumn|Fall|Winter)$/.test(token.text)) {
      // A season or May inside a capitalised run ("Asian Winter Games") is still a name part.
      const before = parsed.tokens[t - 1];
      const after = parsed.tokens[t + 1];
      return (
        before !== undefined &&
        after !== undefined &&
        isCapitalised(before) &&
        isCapitalised(after) &&
        before.sentence === token.sentence &&
        after.sentence === token.sentence
      );
    }
  }
  return true;
}

/** Whether token `t` starts its sentence, a quotation or a clause after a colon. */
function startsClause(parsed: ParsedText, sentence: Sentence, t: number): boolean {
  for (let i = t - 1; i >= sentence.firstToken && i >= t - 3; i--) {
    const token = parsed.tokens[i] as Token;
    if (i === sentence.firstToken && /^\d+$/.test(token.text)) return true; // a list number
    // An ASCII letter or digit starts none of OPENERS: no look-up for those.
    if (isAsciiAlphanumeric(token.text.charCodeAt(0)) || !OPENERS.has(token.text)) return false;
    if (CLAUSE_STARTS.has(token.text)) return true;
  }
  return t - 3 <= sentence.firstToken || isAllOpeners(parsed, sentence.firstToken, t);
}

function isAllOpeners(parsed: ParsedText, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!OPENERS.has((parsed.tokens[i] as Token).text)) return false;
  return true;
}

/**
 * Whether the run `[a, b)` ends in a regnal "I" after a name ("Queen Okara I", "Tasman I"):
 * inside a sentence the pronoun never follows a name without a comma or "and" in news prose.
 */
function isRegnalOne(parsed: ParsedText, sentence: Sentence, a: number, b: number): boolean {
  // A sentence's first word before "I" is no name: "Often I rest…".
  if (b - a < 2 || (parsed.tokens[b - 1] as Token).text !== 'I' || startsClause(parsed, sentence, b - 2))
    return false;
  const name = parsed.tokens[b - 2] as Token;
  return (
    isCapitalised(name) && !isAllCaps(name.text) && name.end + 1 === (parsed.tokens[b - 1] as Token).start
  );
}

/**
 * Whether token `t` at an edge of a run ending at `end` is dropped from it: a word that is never
 * a name, a hyphen or a connector. "I." and "A." are initials ("I. Barker"), not the pronoun or
 * the article.
 */
function dropsAtEdge(parsed: ParsedText, forms: TokenForms, lex: Lexicon, t: number, end: number): boolean {
  const text = (parsed.tokens[t] as Token).text;
  return (
    isFiscalPeriod(text) ||
    text === '-' ||
    isConnector(text) ||
    (lex.notNames.has(forms.key(t) as string) && !isInitial(parsed, t, end))
  );
}

/**
 * Cuts one run of capitalised tokens into candidates: drops words that are never names at its
 * edges, splits at person titles, and trims trailing titles ("Microsoft Chairman").
 */
function splitRun(
  parsed: ParsedText,
  forms: TokenForms,
  lex: Lexicon,
  sentence: Sentence,
  casing: Casing,
  first: number,
  end: number,
  afterTitle: boolean,
  out: Candidate[],
): void {
  let a = first;
  let b = end;
  // "at The Meadows", "for The Okapi Times": a capital "The" inside a sentence belongs to the name.
  const keepsThe =
    end - first >= 2 &&
    (parsed.tokens[first] as Token).text === 'The' &&
    first > sentence.firstToken &&
    !startsClause(parsed, sentence, first);
  if (keepsThe) a++;
  while (a < b && dropsAtEdge(parsed, forms, lex, a, b)) a++;
  if (keepsThe && a === first + 1) a = first;
  while (b > a && dropsAtEdge(parsed, forms, lex, b - 1, b) && !isRegnalOne(parsed, sentence, a, b)) b--;
  if (a >= b) return;
  // One letter ("U" of a split "U.S.") names nothing, nor does a common noun on its own.
  if (b - a === 1) {
    const only = (parsed.tokens[a] as Token).text;
    if (letterUnits(only) < 2 || lex.genericWords.has(forms.key(a) as string)) return;
  }

  // Split at the first person title that has a name after it ("President", "Major-General").
  for (let i = a; i < b - 1; i++) {
    const hyphenated =
      i + 2 < b - 1 &&
      (parsed.tokens[i + 1] as Token).text === '-' &&
      isPersonTitle(lex, `${forms.key(i) as string}-${forms.key(i + 2) as string}`);
    if (!hyphenated && !isPersonTitle(lex, forms.key(i) as string)) continue;
    // "Martin Luther King Jr.": a title word followed only by a generational suffix is the surname.
    if (!hyphenated && i + 2 === b && NAME_SUFFIXES.has(forms.key(i + 1) as string)) continue;
    let left = i;
    while (left > a && lex.titles.has(forms.key(left - 1) as string)) left--;
    let right = hyphenated ? i + 3 : i + 1;
    while (
      right < b - 1 &&
      (lex.titles.has(forms.key(right) as string) ||
        (forms.key(right) as string) === 'of' ||
        isTitleStop(parsed, forms, right))
    )
      right++;
    if (left > a) splitRun(parsed, forms, lex, sentence, casing, a, left, afterTitle, out);
    splitRun(parsed, forms, lex, sentence, casing, right, b, true, out);
    return;
  }
  // "Chinese MSS", "Australian Tom Barker": a nationality before an acronym or a person's name
  // is not part of it.
  if (
    b - a >= 2 &&
    lex.demonyms.has(forms.key(a) as string) &&
    ((b - a === 2 && /^[\p{Lu}.]{2,6}$/u.test((parsed.tokens[a + 1] as Token).text)) ||
      lex.givenNames.has(forms.key(a + 1) as string))
  ) {
    splitRun(parsed, forms, lex, sentence, casing, a, a + 1, afterTitle, out);
    splitRun(parsed, forms, lex, sentence, casing, a + 1, b, false, out);
    return;
  }
  // A title left at the end names a role, not the thing ("Microsoft Chairman").
  while (b - a > 1 && lex.personTitles.has(forms.key(b - 1) as string)) b--;
  // A title before the run counts too ("President" at the start of the sentence was cut above).
  const initial = startsClause(parsed, sentence, a);
  out.push({ first: a, end: b, key: spanKey(parsed, a, b), casing, afterTitle, initial });
}

/** How many UTF-16 units of `text` are letters (ASCII counted in place, other text by `\p{L}`). */
function letterUnits(text: string): number {
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return text.replace(/[^\p{L}]/gu, '').length;
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) letters++;
  }
  return letters;
}

/** Whether a word key is a person title, hyphenated ones included ("major-general", "ex-president"). */
function isPersonTitle(lex: Lexicon, key: string): boolean {
  if (lex.personTitles.has(key)) return true;
  if (!key.includes('-')) return false;
  const parts = key.split('-');
  return parts.every((p) => lex.titles.has(p) || p === 'ex') && parts.some((p) => lex.titles.has(p));
}

/** Whether token `t` is an initial ("A.") followed by another word of the run ending at `end`. */
function isInitial(parsed: ParsedText, t: number, end: number): boolean {
  return t + 1 < end && INITIAL.test((parsed.tokens[t] as Token).text);
}

/** Whether the token before `t` (in the same sentence) is a lower-case person title ("spokesperson Mao Ning"). */
function titleBefore(forms: TokenForms, lex: Lexicon, sentence: Sentence, t: number): boolean {
  if (t <= sentence.firstToken) return false;
  return lex.personTitles.has(forms.key(t - 1) as string);
}

/**
 * Candidates of one running-text sentence: every maximal run of name parts, cut by
 * {@link splitRun}.
 */
export function runningTextCandidates(
  parsed: ParsedText,
  lex: Lexicon,
  sentence: Sentence,
  sports: boolean,
  out: Candidate[],
): void {
  const forms = tokenForms(parsed);
  let t = sentence.firstToken;
  while (t < sentence.endToken) {
    if (!isNamePart(parsed, forms, t)) {
      t++;
      continue;
    }
    // "60 Minutes", "Catch-22" style titles: a bare number right before the capital belongs to
    // the name (not in sports reports, where "Barnsley 3 Charlton 1" is a score).
    const number = parsed.tokens[t - 1];
    if (
      !sports &&
      t - 1 > sentence.firstToken &&
      number &&
      number.pos === 'NUM' &&
      /^\d+$/.test(number.text) &&
      !(t + 1 < sentence.endToken && isNamePart(parsed, forms, t + 1)) &&
      !countsThings(parsed, t, sentence.endToken)
    ) {
      const e = t + 1;
      out.push({
        first: t - 1,
        end: e,
        key: spanKey(parsed, t - 1, e),
        casing: 'normal',
        afterTitle: false,
        initial: false,
      });
      t = e;
      continue;
    }
    let e = t + 1;
    while (e < sentence.endToken) {
      if (isNamePart(parsed, forms, e)) e++;
      else if (
        (isGluedHyphen(parsed, e) || isTitleStop(parsed, forms, e)) &&
        e + 1 < sentence.endToken &&
        isNamePart(parsed, forms, e + 1)
      )
        e += 2;
      else if (
        joins(parsed, forms, e) &&
        e + 1 < sentence.endToken &&
        isNamePart(parsed, forms, e + 1) &&
        !personOf(parsed, forms, lex, t, e)
      )
        e += 2;
      else break;
    }
    // No name runs to a dozen words; longer runs (tables of capitalised words, junk) are cut
    // into pieces, which also bounds the splitting's recursion.
    for (let from = t; from < e; from += MAX_RUN_TOKENS) {
      const to = Math.min(e, from + MAX_RUN_TOKENS);
      splitRun(
        parsed,
        forms,
        lex,
        sentence,
        'normal',
        from,
        to,
        from === t && titleBefore(forms, lex, sentence, t),
        out,
      );
    }
    t = e;
  }
}

/**
 * Whether token `t` is the full stop of a title abbreviation that wink split from it (`Rev.`,
 * `Maj.`, `Det.`), so that the title and the name after it stay one run, split at the title.
 */
function isTitleStop(parsed: ParsedText, forms: TokenForms, t: number): boolean {
  const stop = parsed.tokens[t] as Token;
  const title = parsed.tokens[t - 1];
  return (
    stop.text === '.' &&
    title !== undefined &&
    title.end === stop.start &&
    title.sentence === stop.sentence &&
    TITLE_ABBREVIATIONS.has(forms.key(t - 1) as string)
  );
}

/**
 * Whether the lower-case token `t` joins the capitalised words around it into one name: "of",
 * "de", "&"…, or "on"/"for" after a law or institution word; never after an acronym ("the MSS
 * of China" is two names).
 */
function joins(parsed: ParsedText, forms: TokenForms, t: number): boolean {
  const word = (parsed.tokens[t] as Token).text;
  // Nearly every word after a run is none of these: the tests below are for the few that are.
  if (word !== 'on' && word !== 'for' && !isConnector(word)) return false;
  const before = (parsed.tokens[t - 1] as Token).text;
  if (before.length <= 6 && /^[\p{Lu}.]{2,}$/u.test(before)) return false;
  // "Harbor Motor Corp of South Korea": a company's legal form ends its name.
  if (word === 'of' && LEGAL_FORMS.has(forms.key(t - 1) as string)) return false;
  if (isConnector(word)) return true;
  return (word === 'on' || word === 'for') && TAKES_ON_FOR.has(before.toLowerCase());
}

/** Whether the run `[first, connector)` is a person's name before "of" ("Tom Barker of Holt Fuller"). */
function personOf(
  parsed: ParsedText,
  forms: TokenForms,
  lex: Lexicon,
  first: number,
  connector: number,
): boolean {
  let name = first;
  while (name < connector && isPersonTitle(lex, forms.key(name) as string)) name++;
  if (connector - name < 2 || (parsed.tokens[connector] as Token).text !== 'of') return false;
  // An institution's word makes the run a body's name, even after a given name ("Royal Bank of
  // Canada": Royal is a given name too; "Central Bank of Kenya").
  for (let t = name; t < connector; t++) {
    const key = forms.key(t) as string;
    if (lex.organizationSuffixes.has(key) || lex.organizationHeads.has(key)) return false;
  }
  if (lex.givenNames.has(forms.key(name) as string)) return true;
  // "Tomasz Okafor of Poland", "Lena Berg of Norway": two or three plain words and a country
  // after "of" (no other word of an institution's or a place's name before it).
  if (connector - name > 3 || !countryAt(parsed, lex, connector + 1)) return false;
  for (let t = name; t < connector; t++) {
    const key = forms.key(t) as string;
    if (
      lex.genericWords.has(key) ||
      lex.placeHeads.has(key) ||
      lex.placeSuffixes.has(key) ||
      lex.demonyms.has(key) ||
      lex.compass.has(key) ||
      !isCapitalised(parsed.tokens[t] as Token) ||
      isAllCaps((parsed.tokens[t] as Token).text)
    )
      return false;
  }
  return true;
}

/**
 * Whether a country's name of one to three words starts at token `t` and ends the run ("of
 * Poland", not "of Kenya Holdings Ltd").
 */
function countryAt(parsed: ParsedText, lex: Lexicon, t: number): boolean {
  for (let n = 1; n <= 3 && t + n <= parsed.tokens.length; n++) {
    if (!lex.countries.has(spanKey(parsed, t, t + n))) continue;
    const after = parsed.tokens[t + n];
    return (
      after === undefined || after.sentence !== (parsed.tokens[t] as Token).sentence || !isCapitalised(after)
    );
  }
  return false;
}

/** Whether token `t` is a hyphen written without spaces between two words ("Nagorno-Karabakh"). */
function isGluedHyphen(parsed: ParsedText, t: number): boolean {
  const token = parsed.tokens[t] as Token;
  if (token.text !== '-') return false;
  const before = parsed.tokens[t - 1];
  const after = parsed.tokens[t + 1];
  // "China-U.S. relations" joins two names, not one.
  return (
    before !== undefined &&
    after !== undefined &&
    before.end === token.start &&
    after.start === token.end &&
    !ACRONYM_LIKE.test(after.text) &&
    after.text.length > 1
  );
}

/** Longest name looked up in a headline, in tokens. */
const MAX_KNOWN_TOKENS = 5;

/**
 * Candidates of a headline (all caps or title case): only spans whose key is `known` (found in
 * running text elsewhere in the document, or in the lexicons), longest first.
 */
export function headlineCandidates(
  parsed: ParsedText,
  sentence: Sentence,
  casing: Casing,
  known: (key: string) => boolean,
  out: Candidate[],
): void {
  let t = sentence.firstToken;
  while (t < sentence.endToken) {
    const token = parsed.tokens[t] as Token;
    if (!isCapitalised(token) || !isWord(token)) {
      t++;
      continue;
    }
    let matched = 0;
    let e = t;
    const ends: number[] = [];
    for (let n = 0; n < MAX_KNOWN_TOKENS && e < sentence.endToken; n++) {
      const next = parsed.tokens[e] as Token;
      if (!isWord(next)) break;
      e++;
      ends.push(e);
    }
    for (let k = ends.length - 1; k >= 0; k--) {
      const end = ends[k] as number;
      const last = parsed.tokens[end - 1] as Token;
      if (!isCapitalised(last)) continue;
      if (known(spanKey(parsed, t, end))) {
        matched = end;
        break;
      }
    }
    if (matched > 0) {
      out.push({
        first: t,
        end: matched,
        key: spanKey(parsed, t, matched),
        casing,
        afterTitle: false,
        initial: false,
      });
      t = matched;
    } else t++;
  }
}

/**
 * Whether `text` has a lower-case letter ({@link HAS_LOWER}): ASCII is read in place (a line's
 * first word nearly always has one by its second letter), other text by the expression.
 */
function hasLowerCase(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return HAS_LOWER.test(text);
    if (c >= 97 && c <= 122) return true;
  }
  return false;
}

/**
 * A dateline's place: one to three all-caps words that open a line and are followed by a date
 * or an agency in brackets ("LONDON 1996-08-30", "WASHINGTON (Reuters) -").
 */
export function datelineCandidate(
  parsed: ParsedText,
  sentence: Sentence,
  casing: Casing,
): Candidate | undefined {
  let e = sentence.firstToken;
  while (e < sentence.endToken && e - sentence.firstToken < 3) {
    const token = parsed.tokens[e] as Token;
    if (!isWord(token) || hasLowerCase(token.text) || token.text.length < 2) break;
    e++;
  }
  if (e === sentence.firstToken || e >= sentence.endToken) return undefined;
  const next = parsed.tokens[e] as Token;
  const dated = isTimeToken(parsed, e);
  if (!dated && next.text !== '(') return undefined;
  return {
    first: sentence.firstToken,
    end: e,
    key: spanKey(parsed, sentence.firstToken, e),
    casing,
    afterTitle: false,
    initial: false,
  };
}
