/**
 * The built-in lexicons as lookup tables, built on first use (never at import time) from the
 * data files. Every key is a {@link nameKey}: lower case, periods and apostrophes removed, single
 * spaces.
 *
 * @module
 * @internal
 */

import { MONTH_FULL_NAMES } from '../data/calendar.js';
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES, UNISEX_FIRST_NAMES } from '../data/first-names.js';
import { TITLES } from '../data/titles.js';
import type { ParsedText, Token } from '../nlp.js';
import { WordSet } from '../word-set.js';
import { CITIES } from './data/cities.js';
import { COUNTRIES } from './data/countries.js';
import { KNOWN_ORGANIZATIONS, ORGANIZATION_HEADS, ORGANIZATION_SUFFIXES } from './data/organizations.js';
import { COMPASS, PLACE_HEADS, PLACE_SUFFIXES, REGIONS } from './data/places.js';
import { PERSON_TITLES } from './data/titles.js';
import {
  DEMONYMS,
  GENERIC_WORDS,
  NOT_NAMES,
  PERSON_NOUNS,
  PLACE_PREPOSITIONS,
  SPEECH_VERBS,
  SPORTS_ABBREVIATIONS,
  SPORTS_WORDS,
} from './data/words.js';

/**
 * The lookup key of a name or word: lower case, without periods, apostrophes or a final
 * possessive, white space collapsed ("U.S." → "us", "O'Neill" → "oneill").
 */
export function nameKey(text: string): string {
  // Most keys are single words with nothing to drop: skip building the string a character at a
  // time (this runs several times per token).
  if (!needsKeying(text)) return text.toLowerCase();
  // Kept characters are copied a run at a time (a word, or the part of one between periods and
  // apostrophes), not one by one.
  let out = '';
  let space = false;
  let run = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const blank = c === 0x20 || c === 0x09 || c === 0x0a || c === 0xa0;
    if (blank || c === 0x2e || c === 0x27 || c === 0x2019) {
      if (run >= 0) out += text.slice(run, i);
      run = -1;
      if (blank) space = out.length > 0;
      continue;
    }
    if (run < 0) {
      if (space) out += ' ';
      space = false;
      run = i;
    }
  }
  if (run >= 0) out += text.slice(run);
  return out.toLowerCase();
}

/**
 * The lower case and the {@link nameKey} of each token of a parse, each made the first time a
 * step asks for that token and then kept. The candidate, vouching and voting steps read only
 * capitalised words and the words around them (about a third of a news text's tokens), many
 * times each: lower-casing and keying every token up front cost more than the reading itself.
 */
export class TokenForms {
  private readonly tokens: readonly Token[];
  private readonly lowers: (string | undefined)[];
  private readonly keys: (string | undefined)[];

  constructor(tokens: readonly Token[]) {
    this.tokens = tokens;
    this.lowers = new Array(tokens.length);
    this.keys = new Array(tokens.length);
  }

  /** The lower-cased text of token `t`, or undefined when there is no token `t`. */
  lower(t: number): string | undefined {
    if (t < 0) return undefined;
    const known = this.lowers[t];
    if (known !== undefined) return known;
    const token = this.tokens[t];
    if (token === undefined) return undefined;
    const lower = token.text.toLowerCase();
    this.lowers[t] = lower;
    return lower;
  }

  /** The {@link nameKey} of token `t`, or undefined when there is no token `t`. */
  key(t: number): string | undefined {
    if (t < 0) return undefined;
    const known = this.keys[t];
    if (known !== undefined) return known;
    const lower = this.lower(t);
    if (lower === undefined) return undefined;
    // Lower-casing never makes or removes a character nameKey drops, so the lower-cased text is
    // the key of every token without one.
    const key = needsKeying(lower) ? nameKey((this.tokens[t] as Token).text) : lower;
    this.keys[t] = key;
    return key;
  }
}

/** The parse {@link readingTokens} is reading, and its forms. */
let reading: { readonly parsed: ParsedText; readonly forms: TokenForms } | undefined;

/**
 * Runs `read` with forms of `parsed`'s tokens made for it alone: while it runs,
 * {@link tokenForms} gives them without a look-up, and they are dropped when it returns (the
 * variable is set back in `finally`, so no call leaves anything behind). The steps ask for the
 * forms many times per candidate; looked up in a map keyed by the parse instead, `analyze` on the
 * quotes dev articles ran about 3% slower against wink's `readDoc` (0.617× against 0.637×, three
 * alternating runs of separate processes).
 */
export function readingTokens<T>(parsed: ParsedText, read: () => T): T {
  const outer = reading;
  reading = { parsed, forms: new TokenForms(parsed.tokens) };
  try {
    return read();
  } finally {
    reading = outer;
  }
}

/**
 * The {@link TokenForms} of `parsed`: those of {@link readingTokens} while it reads `parsed`
 * (every step of `entitiesFromParsed` runs so), otherwise new ones, kept by the caller.
 */
export function tokenForms(parsed: ParsedText): TokenForms {
  if (reading !== undefined && reading.parsed === parsed) return reading.forms;
  return new TokenForms(parsed.tokens);
}

/** Whether a UTF-16 unit is white space that {@link nameKey} collapses into one space. */
function isKeyBlank(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0xa0;
}

/**
 * The {@link nameKey} of the text from token `first` to the end of token `end - 1`, made from the
 * tokens' own keys: nameKey of a span is its tokens' keys joined by one space where white space
 * parts them and by nothing where they touch, as long as no token's key is empty (a lone period)
 * and nothing but white space stands between them. Other spans (a thin space or a carriage return
 * between two tokens) are keyed from their text. Keys of spans are made for every candidate and
 * every span looked up in a headline; joining keys skips a scan, a copy and a lower-casing of the
 * span's text.
 */
export function spanKey(parsed: ParsedText, first: number, end: number): string {
  const forms = tokenForms(parsed);
  if (end - first === 1) return forms.key(first) as string;
  const { text, tokens } = parsed;
  let key = forms.key(first) as string;
  if (key.length === 0) return spanKeyOfText(parsed, first, end);
  for (let t = first + 1; t < end; t++) {
    const part = forms.key(t) as string;
    const from = (tokens[t - 1] as Token).end;
    const to = (tokens[t] as Token).start;
    if (part.length === 0) return spanKeyOfText(parsed, first, end);
    for (let i = from; i < to; i++)
      if (!isKeyBlank(text.charCodeAt(i))) return spanKeyOfText(parsed, first, end);
    key += to > from ? ` ${part}` : part;
  }
  return key;
}

/** {@link spanKey} from the span's text. */
function spanKeyOfText(parsed: ParsedText, first: number, end: number): string {
  return nameKey(
    parsed.text.slice((parsed.tokens[first] as Token).start, (parsed.tokens[end - 1] as Token).end),
  );
}

/** Whether `text` holds a character {@link nameKey} drops or collapses. */
function needsKeying(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2e || c === 0x27 || c === 0x2019 || c === 0x20 || c === 0x09 || c === 0x0a || c === 0xa0)
      return true;
  }
  return false;
}

/** The lexicons, as sets and maps of keys. */
export interface Lexicon {
  /** Country names and aliases → the country's name. */
  readonly countries: ReadonlyMap<string, string>;
  /** Cities and regions. */
  readonly places: ReadonlySet<string>;
  readonly givenNames: ReadonlySet<string>;
  /** Given names that are also a country or a city ("Chad", "Jordan"), kept out of {@link Lexicon.givenNames}. */
  readonly placeGivenNames: ReadonlySet<string>;
  readonly organizations: ReadonlySet<string>;
  readonly organizationSuffixes: ReadonlySet<string>;
  readonly organizationHeads: ReadonlySet<string>;
  readonly placeSuffixes: ReadonlySet<string>;
  readonly placeHeads: ReadonlySet<string>;
  readonly compass: ReadonlySet<string>;
  readonly titles: ReadonlySet<string>;
  readonly personTitles: ReadonlySet<string>;
  readonly demonyms: WordSet;
  readonly notNames: ReadonlySet<string>;
  /** Common nouns that are capitalised in tables and headings but name nothing alone. */
  readonly genericWords: ReadonlySet<string>;
  readonly speechVerbs: ReadonlySet<string>;
  readonly placePrepositions: ReadonlySet<string>;
  readonly personNouns: ReadonlySet<string>;
  /** Words of sports reports, looked up for every token of a text (so a {@link WordSet}). */
  readonly sportsWords: WordSet;
  /** Statistics in capitals that name nothing in a sports report ("RBI", "ERA"). */
  readonly sportsAbbreviations: ReadonlySet<string>;
  /**
   * The keys of {@link Lexicon.countries} and {@link Lexicon.places} together, for the look-ups
   * of any known place, which most names and words fail.
   */
  readonly knownPlaces: WordSet;
}

let cached: Lexicon | undefined;

function keys(words: readonly string[]): Set<string> {
  return new Set(words.map(nameKey));
}

/** The lexicons, built once on first use. */
export function lexicon(): Lexicon {
  if (cached) return cached;
  const countries = new Map<string, string>();
  for (const [name, aliases] of COUNTRIES) {
    countries.set(nameKey(name), name);
    for (const alias of aliases) countries.set(nameKey(alias), name);
  }
  const places = keys(REGIONS);
  const cityKeys = CITIES.split('|').map(nameKey);
  for (const city of cityKeys) places.add(city);
  // Given names of three letters or more that are no country, city or month (`Paris`, `May`).
  const notGiven = new Set([...countries.keys(), ...cityKeys, ...MONTH_FULL_NAMES.map(nameKey)]);
  const givenNames = new Set<string>();
  const placeGivenNames = new Set<string>();
  for (const list of [MALE_FIRST_NAMES, FEMALE_FIRST_NAMES, UNISEX_FIRST_NAMES]) {
    for (const name of list.split(' ')) {
      if (name.length < 3) continue;
      if (!notGiven.has(name)) givenNames.add(name);
      else placeGivenNames.add(name);
    }
  }
  cached = {
    countries,
    places,
    givenNames,
    placeGivenNames,
    organizations: keys(KNOWN_ORGANIZATIONS),
    organizationSuffixes: keys(ORGANIZATION_SUFFIXES),
    organizationHeads: keys(ORGANIZATION_HEADS),
    placeSuffixes: keys(PLACE_SUFFIXES),
    placeHeads: keys(PLACE_HEADS),
    compass: keys(COMPASS),
    titles: keys(TITLES),
    personTitles: keys(PERSON_TITLES),
    demonyms: new WordSet(keys(DEMONYMS)),
    notNames: keys(NOT_NAMES),
    genericWords: keys(GENERIC_WORDS),
    speechVerbs: keys(SPEECH_VERBS),
    placePrepositions: keys(PLACE_PREPOSITIONS),
    personNouns: keys(PERSON_NOUNS),
    sportsWords: new WordSet(keys(SPORTS_WORDS)),
    sportsAbbreviations: keys(SPORTS_ABBREVIATIONS),
    knownPlaces: new WordSet([...countries.keys(), ...places]),
  };
  return cached;
}

/** Endings that turn a place into its people or adjective: Rwanda → Rwandan, Iraq → Iraqis. */
const DEMONYM_ENDINGS: readonly [ending: string, restore: string][] = [
  ['ians', ''],
  ['ian', ''],
  ['ans', ''],
  ['ans', 'a'],
  ['an', ''],
  ['an', 'a'],
  ['an', 'e'],
  ['ns', ''],
  ['n', ''],
  ['is', ''],
  ['i', ''],
  ['ese', ''],
  ['ese', 'a'],
  ['ese', 'e'],
  ['ish', ''],
  ['ish', 'a'],
  ['ians', 'ia'],
  ['ian', 'ia'],
  ['ian', 'y'],
  ['ians', 'y'],
  ['ean', 'e'],
  ['ite', ''],
  ['s', ''],
];

/**
 * {@link DEMONYM_ENDINGS} by their last character: a key is tried only with the endings it can
 * end with (none for most keys), since any one that fits makes it a demonym.
 */
const DEMONYM_ENDINGS_BY_LAST: ReadonlyMap<number, readonly [ending: string, restore: string][]> = (() => {
  const byLast = new Map<number, [ending: string, restore: string][]>();
  for (const entry of DEMONYM_ENDINGS) {
    const last = entry[0].charCodeAt(entry[0].length - 1);
    const list = byLast.get(last);
    if (list) list.push(entry);
    else byLast.set(last, [entry]);
  }
  return byLast;
})();

/**
 * Whether a one-word key is a nationality or group word: in the demonym list, or a known
 * place with a demonym ending ("rwandan", "iraqis", "zairean", "americans").
 */
export function isDemonym(lex: Lexicon, key: string): boolean {
  if (lex.demonyms.has(key)) return true;
  if (key.includes(' ')) return false;
  const endings = DEMONYM_ENDINGS_BY_LAST.get(key.charCodeAt(key.length - 1));
  if (endings === undefined) return false;
  for (const [ending, restore] of endings) {
    if (key.length > ending.length + 2 && key.endsWith(ending)) {
      // The stem is built and looked up only if a word of its shape is in the list: most keys
      // with a demonym's ending ("lewis", "johnson") are no place's.
      const base = key.length - ending.length;
      const last = restore.length > 0 ? restore.charCodeAt(restore.length - 1) : key.charCodeAt(base - 1);
      const list = ending === 's' ? lex.demonyms : lex.knownPlaces;
      if (!list.mayHold(key.charCodeAt(0), last, base + restore.length)) continue;
      if (list.has(key.slice(0, base) + restore)) return true;
    }
  }
  return false;
}

/** Whether a name key is a known place (country, alias, city or region). */
export function isKnownPlace(lex: Lexicon, key: string): boolean {
  return lex.knownPlaces.has(key);
}
