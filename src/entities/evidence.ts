/**
 * Evidence for an entity's type, as votes: from the name itself (lexicons, suffixes, given
 * names) and from each mention's context (a title before it, "said" after it, "in" before it,
 * an apposition after it). Votes are pooled over all mentions of an entity, so one clear
 * context ("President Lewis") types every bare "Lewis" of the document.
 *
 * @module
 * @internal
 */
import { isAsciiDigit } from '../chars.js';
import type { ParsedText, Token } from '../nlp.js';
import type { WordSet } from '../word-set.js';
import type { Candidate } from './candidates.js';
import { isAllCaps, isCapitalised } from './casing.js';
import { clubCodeAt } from './club-codes.js';
import { isTimeToken } from './dates.js';
import { isDemonym, isKnownPlace, type Lexicon, type TokenForms, tokenForms } from './lexicon.js';
import type { EntityType } from './types.js';

/**
 * Regular expressions with `\p{…}` stay module constants: the bundler targeting Node 20 turns a
 * literal into `new RegExp(…)`, which would build one at every call.
 */
const INITIAL = /^\p{Lu}\.$/u;
const STARTS_WITH_LETTER = /^\p{L}/u;

/** Entity types in vote order. */
export const TYPES: readonly EntityType[] = [
  'PERSON',
  'ORGANIZATION',
  'LOCATION',
  'EVENT',
  'WORK',
  'PRODUCT',
  'LAW',
  'OTHER',
];
const PER = 0;
const ORG = 1;
const LOC = 2;
const EVENT = 3;
const PRODUCT = 5;
const LAW = 6;
const OTHER = 7;

/**
 * Votes for each of {@link TYPES}, and the reasons they were given for, so that an entity can
 * say why it has its type (`['title', 'lexicon:country']`).
 */
export interface Votes {
  /** The summed weight of each type, in the order of {@link TYPES}. */
  readonly weights: number[];
  /**
   * Every vote as it was cast, in three parallel lists (type index, reason, weight): appending
   * is cheaper than keeping sums per reason, and the reasons are only summed for the winner.
   */
  readonly types: number[];
  readonly reasons: string[];
  readonly amounts: number[];
}

/** No votes yet. */
export function emptyVotes(): Votes {
  // A plain array of the eight types: one per group, and a typed array costs more to make.
  return { weights: [0, 0, 0, 0, 0, 0, 0, 0], types: [], reasons: [], amounts: [] };
}

/** Adds `weight` to the vote for type `index`, for `reason`. */
function add(votes: Votes, index: number, weight: number, reason: string): void {
  votes.weights[index] = (votes.weights[index] ?? 0) + weight;
  votes.types.push(index);
  votes.reasons.push(reason);
  votes.amounts.push(weight);
}

/**
 * Adds another group's votes to `into`, each type's positive total scaled by `factor`, with the
 * reasons that gave them (a bare "Lewis" said after a title lends its votes to "Jim Lewis").
 */
export function lendVotes(into: Votes, from: Votes, factor: number): void {
  for (let i = 0; i < from.weights.length; i++) {
    const total = from.weights[i] as number;
    if (total > 0) into.weights[i] = (into.weights[i] as number) + total * factor;
  }
  for (let k = 0; k < from.types.length; k++) {
    const type = from.types[k] as number;
    const amount = from.amounts[k] as number;
    if (amount <= 0 || (from.weights[type] as number) <= 0) continue;
    into.types.push(type);
    into.reasons.push(from.reasons[k] as string);
    into.amounts.push(amount * factor);
  }
}

/** The winning type, or undefined when no type has a positive vote. */
export function winner(votes: Votes): EntityType | undefined {
  const weights = votes.weights;
  let best = -1;
  let score = 0;
  for (let i = 0; i < weights.length; i++) {
    if ((weights[i] as number) > score) {
      score = weights[i] as number;
      best = i;
    }
  }
  return best < 0 ? undefined : TYPES[best];
}

/** The reasons that voted for `type`, strongest first (ties in name order). */
export function evidenceFor(votes: Votes, type: EntityType): string[] {
  const index = TYPES.indexOf(type);
  // Sums by reason in two short lists: an entity has a handful of reasons, and the reasons are a
  // fixed vocabulary, so the search stays short while a Map and its entries cost more to build.
  const reasons: string[] = [];
  const sums: number[] = [];
  for (let k = 0; k < votes.types.length; k++) {
    if (votes.types[k] !== index) continue;
    const reason = votes.reasons[k] as string;
    const at = reasons.indexOf(reason);
    if (at < 0) {
      reasons.push(reason);
      sums.push(0 + (votes.amounts[k] as number));
    } else sums[at] = (sums[at] as number) + (votes.amounts[k] as number);
  }
  const given: number[] = [];
  for (let r = 0; r < reasons.length; r++) if ((sums[r] as number) > 0) given.push(r);
  // Strongest first, then by name.
  if (given.length > 1) {
    given.sort(
      (a, b) =>
        (sums[b] as number) - (sums[a] as number) ||
        ((reasons[a] as string) < (reasons[b] as string) ? -1 : 1),
    );
  }
  return given.map((r) => reasons[r] as string);
}

/** A lower-case letter followed by an upper-case one inside a word. */
const CAMEL_CASE = /\p{Ll}\p{Lu}/u;

/**
 * Whether `text` has a lower-case letter followed by an upper-case one ({@link CAMEL_CASE}):
 * an ASCII scan, the regular expression only for text beyond ASCII. It runs for every one-word
 * name, where the Unicode expression was most of the cost of the name's votes.
 */
function isCamelCase(text: string): boolean {
  let lower = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return CAMEL_CASE.test(text);
    if (lower && c >= 65 && c <= 90) return true;
    lower = c >= 97 && c <= 122;
  }
  return false;
}
/** Family-name prefixes that make a capital inside a name normal ("McDonald", "DeLay", "MacArthur"). */
const NAME_PREFIXES = /^(Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|O')/;

/** Words right before a name that make it a person's ("the surname Li", "named Zhang"). */
const PERSON_CUES = new Set(['surname', 'named', 'nicknamed', 'dubbed', 'mr', 'mrs', 'ms', 'dr']);
const LAW_WORDS = new Set([
  'law',
  'act',
  'treaty',
  'convention',
  'constitution',
  'charter',
  'accord',
  'accords',
  'code',
  'directive',
  'amendment',
]);
const EVENT_WORDS = new Set([
  'games',
  'olympics',
  'cup',
  'championship',
  'championships',
  'war',
  'summit',
  'conference',
  'festival',
  'tournament',
  'election',
  'elections',
  'revolution',
  'prix',
  'trophy',
  'rally',
  'marathon',
  'tour',
  'open',
  'series',
  'masters',
  'crisis',
  'forum',
]);
const ORG_APPOSITIONS = new Set([
  'company',
  'firm',
  'group',
  'agency',
  'party',
  'bank',
  'maker',
  'producer',
  'carrier',
  'club',
  'side',
  'team',
  'newspaper',
  'broadcaster',
  'network',
  'unit',
  'subsidiary',
  'organisation',
  'organization',
  'movement',
  'insurer',
  'retailer',
  'airline',
  'operator',
  'union',
]);
const PLACE_APPOSITIONS = new Set([
  'city',
  'town',
  'village',
  'province',
  'capital',
  'region',
  'country',
  'state',
  'island',
  'port',
  'district',
  'county',
  'area',
]);
/**
 * Nouns for software and services people use: a name in apposition to one ("WeChat, a social
 * media app"), before one ("the Telegram app") or listed after "apps such as" is a product, not a
 * place, even after "on" ("shared on WeChat").
 */
const PRODUCT_NOUNS = new Set([
  'app',
  'apps',
  'application',
  'applications',
  'platform',
  'platforms',
  'messenger',
  'browser',
  'browsers',
  'website',
  'websites',
  'software',
  'chatbot',
  'chatbots',
]);
/** Joining words of organisations' names; "de", "van", "bin" are common in people's names too. */
const ORG_JOINERS = new Set(['of', '&', 'and', 'the', 'for']);

/** Word keys of a candidate's tokens. */
export function wordKeys(parsed: ParsedText, candidate: Candidate): string[] {
  const keys: string[] = [];
  const forms = tokenForms(parsed);
  for (let t = candidate.first; t < candidate.end; t++) keys.push(forms.key(t) as string);
  return keys;
}

/** Whether a candidate is one all-caps token of 2–6 letters not written as a word ("MSS", "CIA"). */
export function isAcronym(parsed: ParsedText, candidate: Candidate): boolean {
  if (candidate.end - candidate.first !== 1 || candidate.casing !== 'normal') return false;
  const text = (parsed.tokens[candidate.first] as Token).text;
  if (!isAllCaps(text)) return false;
  // Characters other than periods and digits, counted in place: this runs for every candidate
  // twice, and a replaced copy of the text was most of its cost.
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x2e && (c < 0x30 || c > 0x39)) letters++;
  }
  return letters >= 2 && letters <= 6;
}

/**
 * Descriptive words that open the names of many sports clubs in Europe and Latin America ("Real"
 * = royal, "Dynamo", "Sporting", "Atletico"), not any one club's name. Hand-compiled from common
 * knowledge of club naming.
 */
const CLUB_PREFIXES = new Set([
  'real',
  'dinamo',
  'dynamo',
  'spartak',
  'lokomotiv',
  'lokomotiva',
  'torpedo',
  'sporting',
  'deportivo',
  'atletico',
  'olympique',
  'rapid',
]);

/** Votes from the name alone. */
export function nameVotes(
  lex: Lexicon,
  key: string,
  original: string,
  words: readonly string[],
  acronym: boolean,
  votes: Votes,
  listed: boolean = isKnownPlace(lex, key),
): void {
  const n = words.length;
  const first = words[0] ?? '';
  const last = words[n - 1] ?? '';
  if (lex.organizations.has(key)) add(votes, ORG, 4, 'lexicon:organization');
  // `listed`: a country or a place; the country map is the small one.
  if (listed) {
    if (lex.countries.has(key)) add(votes, LOC, 4, 'lexicon:country');
    else add(votes, LOC, 3, 'lexicon:place');
  }
  if (words.every((w) => isDemonym(lex, w) || lex.compass.has(w)) && words.some((w) => isDemonym(lex, w)))
    add(votes, OTHER, 4, 'demonym');
  if (/^\d/.test(first)) {
    add(votes, 4, 1.5, 'starts-with-number'); // WORK: "60 Minutes"
    return;
  }
  if (n >= 2) {
    if (lex.organizationSuffixes.has(last) && !listed) add(votes, ORG, 3, 'organization-suffix');
    if (lex.organizationHeads.has(first) && words[1] === 'of') add(votes, ORG, 3, 'organization-head');
    // "Der Spiegel", "Il Messaggero": a foreign article opens the names of papers and firms
    // quoted in English news (places that open so are in the gazetteer).
    if (FOREIGN_ARTICLES.has(first) && !listed) add(votes, ORG, 3, 'foreign-article');
    // "Real Madrid", "Dynamo Kiev", "Sporting Lisbon": the words sports clubs' names open with.
    if (CLUB_PREFIXES.has(first) && !listed) add(votes, ORG, 3, 'club-prefix');
    // "Combined Universities XI": a cricket side named by its eleven.
    if (last === 'xi') add(votes, ORG, 3, 'team-eleven');
    if (lex.placeSuffixes.has(last)) add(votes, LOC, 2.5, 'place-suffix');
    if (lex.placeHeads.has(first)) add(votes, LOC, 1, 'place-head');
    if (lex.compass.has(first) && isKnownPlace(lex, words.slice(1).join(' ')))
      add(votes, LOC, 3, 'compass-and-place');
    if (LAW_WORDS.has(last) && !lex.givenNames.has(first) && first.length > 1) add(votes, LAW, 4, 'law-word');
    if (EVENT_WORDS.has(last)) add(votes, EVENT, 3.5, 'event-word');
    // "War of Spanish Succession", "Treaty of Baden", "World War Two".
    if ((EVENT_HEADS.has(first) && words[1] === 'of') || words.includes('war'))
      add(votes, EVENT, 3.5, 'event-head');
    // "Law on Guarding State Secrets", "Act of Union", "Convention for the Protection of…".
    if (LAW_WORDS.has(first) && (words[1] === 'of' || words[1] === 'on' || words[1] === 'for'))
      add(votes, LAW, 3.5, 'law-head');
    // "Oregon Otters", "Nevada Hawks": a place and a plural name a team, not a woman or man
    // called Florida.
    const team = n === 2 && /s$/.test(last) && !last.endsWith('ss') && isKnownPlace(lex, first);
    // "Royal Dutch Shell", "Grand Union Italian Foods": a nationality inside a name of three words
    // or more is a company's, not a person's, whatever given name opens it.
    let innerDemonym = false;
    for (let w = 1; w < n - 1 && !innerDemonym; w++) innerDemonym = lex.demonyms.has(words[w] as string);
    if (innerDemonym) add(votes, ORG, 2, 'nationality-inside');
    if (
      lex.givenNames.has(first) &&
      !team &&
      !innerDemonym &&
      !FOREIGN_ARTICLES.has(first) &&
      !words.some((w) => ORG_JOINERS.has(w)) &&
      !lex.organizationSuffixes.has(last) &&
      last !== 'xi'
    ) {
      add(votes, PER, 2.5, 'given-name');
    }
    if (first.length === 1 && n <= 3 && INITIAL.test(original.slice(0, 2))) add(votes, PER, 2.5, 'initial'); // "M. Waugh"
    if (n <= 3 && !words.some((w) => ORG_JOINERS.has(w))) add(votes, PER, 0.6, 'short-name');
    if (words.includes('of') || n >= 4) add(votes, ORG, 0.8, 'long-name');
    // A place inside a longer name that is no place is an organisation's: "Air France", "El Al".
    if (
      !listed &&
      !lex.placeSuffixes.has(last) &&
      !lex.placeHeads.has(first) &&
      !lex.compass.has(first) &&
      // "Chad Okafor", "Jordan Okoro": a country that is also a given name opens a person's name.
      !(n === 2 && lex.placeGivenNames.has(first)) &&
      words.some((w) => lex.countries.has(w))
    )
      add(votes, ORG, 1, 'contains-country');
  } else if (acronym) {
    add(votes, ORG, 2, 'acronym');
  } else if (isCamelCase(original) && !NAME_PREFIXES.test(original)) {
    add(votes, PRODUCT, 1.5, 'camel-case'); // "WeChat", "iPhone", "PlayStation"
  } else {
    // "Dinamo", "Spartak": a club's usual first word stands for the club on its own.
    if (CLUB_PREFIXES.has(key) && !listed) add(votes, ORG, 2, 'club-prefix');
    else add(votes, PER, 0.3, 'one-word');
  }
}

/**
 * Votes for a name the text gives an acronym ("Ministry of State Security (MSS)"): mostly
 * organisations; a lexicon's country or place still outweighs it ("United Arab Emirates (UAE)").
 */
export function acronymVotes(votes: Votes): void {
  add(votes, ORG, 1.5, 'acronym-defined');
}

/**
 * Articles of German and Italian that open names ("Der Spiegel", "Il Sole"); not "le", "la",
 * "el", "de", "al" or "les", which open people's names too ("Le Pen", "El Guerrouj", "Al Gore",
 * "Les Miles").
 */
const FOREIGN_ARTICLES = new Set(['der', 'die', 'das', 'il']);

/** A score ("3-1", "104-98"). */
const SCORE = /^\d{1,3}-\d{1,3}$/;

/**
 * The one character whose lower case is longer than itself: "İ" becomes "i̇" (checked over every
 * code point in the tests). In a text without it, lower-casing keeps every token's length, and
 * its first and last characters at its ends.
 */
const DOTTED_CAPITAL_I = '\u0130';

/**
 * Whether a token, as written, is a word of sports reports ({@link Lexicon.sportsWords}, in
 * lower case) or a score. This runs for every token of every text: a token whose first and last
 * characters are ASCII is ruled out by the set's bitmap of first letters, last letters and
 * lengths before it is lower-cased, as long as lower-casing keeps its length (`keepsLength`),
 * since case changes no ASCII character's bits there; only the few that pass are lower-cased and
 * looked up. (A token whose lower case is a sports word, all ASCII, keeps its length anyway: the
 * one other character lower-cased into ASCII is the Kelvin sign, into one "k". Lower-casing makes
 * no digit or hyphen and leaves them alone, so a score is read as it is.)
 */
function isSportsHit(sportsWords: WordSet, text: string, keepsLength: boolean): boolean {
  const first = text.charCodeAt(0);
  if (isAsciiDigit(first)) return text.length <= 7 && text.includes('-') && SCORE.test(text);
  const last = text.charCodeAt(text.length - 1);
  if (keepsLength && first < 128 && last < 128 && !sportsWords.mayHold(first, last, text.length))
    return false;
  return sportsWords.has(text.toLowerCase());
}

/** Whether the document reads like a sports report (results, scores, matches). */
export function isSportsText(parsed: ParsedText, lex: Lexicon): boolean {
  let hits = 0;
  const tokens = parsed.tokens;
  const words = Math.max(tokens.length, 1);
  const keepsLength = !parsed.text.includes(DOTTED_CAPITAL_I);
  for (let t = 0; t < tokens.length; t++) {
    if (!isSportsHit(lex.sportsWords, (tokens[t] as Token).text, keepsLength)) continue;
    hits++;
    // Hits only add up: once enough, the rest of the text cannot change the answer.
    if (hits >= 4 && hits / words > 0.01) return true;
  }
  return false;
}

const TEAM_NEIGHBOURS = new Set([
  'beat',
  'beats',
  'over',
  'v',
  'vs',
  'drew',
  'against',
  'lost',
  'defeated',
  'edged',
  'thrashed',
  'routed',
  'trounced',
  'downed',
  'overcame',
]);

/** The four points of the compass, which alone name regions of the world ("the West"). */
const CARDINAL_POINTS = new Set(['north', 'south', 'east', 'west']);

/** First words of events named "X of Y" ("Battle of Hastings"). */
const EVENT_HEADS = new Set(['war', 'battle', 'siege', 'revolt', 'summit']);

/** Nouns after a name that belong to an organisation ("Ericsson spokesman", "Air France workers"). */
const ORG_BELONGINGS = new Set([
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'shares',
  'stock',
  'shareholders',
  'employees',
  'workers',
  'executives',
  'headquarters',
  'subsidiary',
  'unit',
  'officials',
  'bonds',
  'plant',
  'factory',
  'chief',
]);

/** Nouns before "of" and a name that make the name a company's ("shares of Nvidia"). */
const ORG_HOLDINGS = new Set([
  'shares',
  'stock',
  'stake',
  'stakes',
  'subsidiary',
  'unit',
  'shareholders',
  'acquisition',
  'takeover',
  'ceo',
]);
/** Of {@link ORG_HOLDINGS}, those that take "in" before a company ("a stake in Glencore"). */
const ORG_HOLDINGS_IN = new Set(['shares', 'stake', 'stakes']);

/**
 * Lower-case nouns after a name that make it an organisation's ("the Labour party", "the
 * Interior ministry", "the Kurdish rebel group"). Not "government" or "administration": "the
 * Clinton administration" names a person's.
 */
const ORG_HEAD_NOUNS = new Set([
  'ministry',
  'agency',
  'party',
  'department',
  'committee',
  'council',
  'commission',
  'company',
  'group',
  'union',
  'federation',
  'association',
  'newspaper',
  'daily',
  'weekly',
  'magazine',
  'airline',
  'firm',
  'newspapers',
  'bank',
  'network',
  'exchange',
  'board',
  'bureau',
  'movement',
  'alliance',
  'coalition',
  'militia',
  'consortium',
]);

/**
 * Lower-case nouns before a name that say what kind of organisation it is ("serie A club
 * Portuense", "the weekly Der Spiegel", "software giant Microsoft", "carrier El Al").
 */
const ORG_KIND_NOUNS = new Set([
  'club',
  'newspaper',
  'daily',
  'weekly',
  'magazine',
  'tabloid',
  'agency',
  'company',
  'firm',
  'carrier',
  'airline',
  'bank',
  'insurer',
  'retailer',
  'broadcaster',
  'maker',
  'carmaker',
  'automaker',
  'conglomerate',
  'giant',
]);

/** The nations of the United Kingdom, which field national sides as countries do. */
const HOME_NATIONS = new Set(['england', 'scotland', 'wales', 'northern ireland']);

/** Lower-case marks before a player's name on a cricket scorecard: caught, bowled, stumped. */
const SCORECARD_CUES = new Set(['c', 'b', 'st', 'lbw']);
/** A bowler's figures: overs, maidens, runs, wickets ("7-0-29-0"). */
const BOWLING_FIGURES = /^\d{1,2}(?:\.\d)?-\d{1,2}-\d{1,3}-\d{1,2}$/;

/** How many numbers after a name on its line make a row of a standings table. */
const STANDINGS_COLUMNS = 5;

/** Whether a token is a plain whole number of up to three digits (a score, not a year). */
function isPlainNumber(token: Token | undefined): token is Token {
  return token !== undefined && token.text.length <= 3 && /^\d+$/.test(token.text);
}

/** Whether no line break stands between two tokens. */
function sameLine(parsed: ParsedText, a: Token, b: Token): boolean {
  return !parsed.text.slice(a.end, b.start).includes('\n');
}

/** How many plain numbers follow token `from` on the same line (up to {@link STANDINGS_COLUMNS}). */
function numbersAfter(parsed: ParsedText, from: number): number {
  let count = 0;
  let previous = parsed.tokens[from - 1];
  for (let t = from; count < STANDINGS_COLUMNS; t++) {
    const token = parsed.tokens[t];
    if (!isPlainNumber(token) || !previous || !sameLine(parsed, previous, token)) break;
    count++;
    previous = token;
  }
  return count;
}

/** Roles and groups that follow a club's name in sports reports. */
const SQUAD_WORDS = new Set([
  'shortstop',
  'outfielder',
  'infielder',
  'catcher',
  'reliever',
  'quarterback',
  'linebacker',
  'fullback',
  'flanker',
  'rookie',
  'captain',
  'striker',
  'forward',
  'midfielder',
  'defender',
  'goalkeeper',
  'coach',
  'manager',
  'player',
  'players',
  'side',
  'team',
  'club',
  'skipper',
  'batsman',
  'bowler',
  'pitcher',
  'winger',
  'keeper',
  'fans',
  'supporters',
  'chairman',
]);

/**
 * Whether the two words before token `at` are a given name and a family name on the same line
 * ("Okoro Bello" in "Okoro Bello (Benin)").
 */
function isFullNameBefore(parsed: ParsedText, lex: Lexicon, at: number): boolean {
  const last = parsed.tokens[at - 1];
  const first = parsed.tokens[at - 2];
  if (
    !last ||
    !first ||
    !sameLine(parsed, first, last) ||
    !sameLine(parsed, last, parsed.tokens[at] as Token)
  )
    return false;
  return (
    isCapitalised(first) &&
    isCapitalised(last) &&
    !isAllCaps(first.text) &&
    !isAllCaps(last.text) &&
    lex.givenNames.has(tokenForms(parsed).key(at - 2) as string)
  );
}

/**
 * Whether tokens `at`… are "(Country) 92" on one line: a side's country in brackets and its score
 * (a plain number: not a set score "6-3", a time or a sum of money).
 */
function countryAndScoreAt(parsed: ParsedText, lex: Lexicon, at: number): boolean {
  const open = parsed.tokens[at];
  const score = parsed.tokens[at + 3];
  if (open?.text !== '(' || parsed.tokens[at + 2]?.text !== ')' || !isPlainNumber(score)) return false;
  const country = tokenForms(parsed).key(at + 1) as string;
  return (lex.countries.has(country) || HOME_NATIONS.has(country)) && sameLine(parsed, open, score);
}

/** Plural kinds of organisation that open a list of them ("firms including …"). */
const ORG_KINDS_PLURAL = new Set([
  'firms',
  'companies',
  'banks',
  'clubs',
  'airlines',
  'carriers',
  'insurers',
  'retailers',
  'carmakers',
  'automakers',
  'newspapers',
  'broadcasters',
  'multinationals',
  'conglomerates',
  'groups',
  'parties',
  'agencies',
]);

/** How far back a list of names may reach to its opener, in tokens. */
const LIST_REACH = 16;

/**
 * The index of the noun before "including", "such as" or "like" that opens the list of names
 * `first` belongs to ("firms including Okapi, Tasman and Zorbo"), or -1. Only names, commas,
 * "and", "or" and "&" may stand between the opener and `first`.
 */
function listOpenerBefore(parsed: ParsedText, forms: TokenForms, from: number, first: number): number {
  const stop = Math.max(from, first - LIST_REACH);
  for (let t = first - 1; t >= stop; t--) {
    const word = forms.lower(t) as string;
    if (word === 'including' || word === 'like') return t - 1 >= from ? t - 1 : -1;
    if (word === 'as' && forms.lower(t - 1) === 'such') return t - 2 >= from ? t - 2 : -1;
    if (word === ',' || word === 'and' || word === 'or' || word === '&') continue;
    if (!isCapitalised(parsed.tokens[t] as Token)) return -1;
  }
  return -1;
}

/** What a word beside a mention can be, a bit for each word list {@link contextVotes} reads. */
const SPEECH_VERB = 1;
const PLACE_PREPOSITION = 2;
const PERSON_CUE = 4;
const PLACE_APPOSITION = 8;
const ORG_HOLDING = 16;
const ORG_HOLDING_IN = 32;
const PLACE_SUFFIX = 64;
const ORG_HEAD_NOUN = 128;
const ORG_KIND_NOUN = 256;
const ORG_BELONGING = 512;
const PRODUCT_NOUN = 1024;
const PERSON_NOUN = 2048;
const ORG_APPOSITION = 4096;

let contextClassesLexicon: Lexicon | undefined;
let contextClassesOfLexicon: ReadonlyMap<string, number> = new Map();

/**
 * The word lists {@link contextVotes} looks the words around a mention up in, merged into one
 * map of bits: a dozen look-ups of the same word in a dozen sets, for every mention, cost more
 * than the rest of the votes. Made once per lexicon.
 */
function contextClasses(lex: Lexicon): ReadonlyMap<string, number> {
  if (contextClassesLexicon === lex) return contextClassesOfLexicon;
  const classes = new Map<string, number>();
  const mark = (words: Iterable<string>, bit: number): void => {
    for (const word of words) classes.set(word, (classes.get(word) ?? 0) | bit);
  };
  mark(lex.speechVerbs, SPEECH_VERB);
  mark(lex.placePrepositions, PLACE_PREPOSITION);
  mark(PERSON_CUES, PERSON_CUE);
  mark(PLACE_APPOSITIONS, PLACE_APPOSITION);
  mark(ORG_HOLDINGS, ORG_HOLDING);
  mark(ORG_HOLDINGS_IN, ORG_HOLDING_IN);
  mark(lex.placeSuffixes, PLACE_SUFFIX);
  mark(ORG_HEAD_NOUNS, ORG_HEAD_NOUN);
  mark(ORG_KIND_NOUNS, ORG_KIND_NOUN);
  mark(ORG_BELONGINGS, ORG_BELONGING);
  mark(PRODUCT_NOUNS, PRODUCT_NOUN);
  mark(lex.personNouns, PERSON_NOUN);
  mark(ORG_APPOSITIONS, ORG_APPOSITION);
  contextClassesLexicon = lex;
  contextClassesOfLexicon = classes;
  return classes;
}

/** Votes from one mention's context. */
export function contextVotes(
  parsed: ParsedText,
  lex: Lexicon,
  candidate: Candidate,
  sports: boolean,
  known: boolean,
  votes: Votes,
): void {
  const tokens = parsed.tokens;
  const sentence = parsed.sentences[(tokens[candidate.first] as Token).sentence];
  if (!sentence) return;
  const before = candidate.first > sentence.firstToken ? tokens[candidate.first - 1] : undefined;
  const after = candidate.end < sentence.endToken ? tokens[candidate.end] : undefined;
  const afterNext = candidate.end + 1 < sentence.endToken ? tokens[candidate.end + 1] : undefined;
  const forms = tokenForms(parsed);
  const prev = before ? (forms.lower(candidate.first - 1) as string) : '';
  let next = after ? (forms.lower(candidate.end) as string) : '';
  // Skip a possessive: "Lewis's view" tells nothing, "Lewis' said" is rare.
  if ((next === "'s" || next === '\u2019s') && afterNext) next = forms.lower(candidate.end + 1) as string;
  // The word lists the words around the mention are in, one look-up a word (see contextClasses).
  const classes = contextClasses(lex);
  const prevClass = classes.get(prev) ?? 0;
  const afterWord = after ? (forms.lower(candidate.end) as string) : '';
  const afterClass = classes.get(afterWord) ?? 0;
  const nextClass = next === afterWord ? afterClass : (classes.get(next) ?? 0);

  if (candidate.afterTitle) add(votes, PER, 3, 'title');
  if (nextClass & SPEECH_VERB) {
    // "Comelf said its output doubled": what speaks of itself as "its" is a body.
    const verbAt =
      (after ? forms.lower(candidate.end) : undefined) === next ? candidate.end : candidate.end + 1;
    const third = forms.lower(verbAt + 1);
    if (third === 'its') add(votes, ORG, 2, 'says-its');
    // "the Tasman Courier said": a person's name takes no article; a paper's or a body's does.
    else if (prev === 'the') add(votes, ORG, 1.5, 'the-says');
    else add(votes, PER, 1, 'speech-verb');
  }
  // "the West", "the East": a point of the compass after "the" names a region of the world.
  if (
    prev === 'the' &&
    candidate.end - candidate.first === 1 &&
    CARDINAL_POINTS.has(forms.lower(candidate.first) as string)
  )
    add(votes, LOC, 2.5, 'the-compass-point');
  if (prevClass & PLACE_PREPOSITION) add(votes, LOC, prev === 'to' ? 0.25 : 1, 'place-preposition');
  if (prevClass & PERSON_CUE) add(votes, PER, 2, 'person-cue');
  if (prev === 'at') add(votes, LOC, 0.6, 'at');
  // "the town of Bistrita", "Stansted airport", "the Pamir mountains".
  const prev2 =
    candidate.first - 2 >= sentence.firstToken ? (forms.lower(candidate.first - 2) as string) : '';
  const prev2Class = prev === 'of' || prev === 'in' ? (classes.get(prev2) ?? 0) : 0;
  if (prev === 'of' && prev2Class & PLACE_APPOSITION) add(votes, LOC, 2, 'place-noun-of');
  // "shares of Nvidia", "a stake in Glencore", "a unit of Alphabet": what only a company has.
  if ((prev === 'of' && prev2Class & ORG_HOLDING) || (prev === 'in' && prev2Class & ORG_HOLDING_IN))
    add(votes, ORG, 2, 'company-holding');
  if (nextClass & (PLACE_APPOSITION | PLACE_SUFFIX)) add(votes, LOC, 1.5, 'place-noun-after');
  if (prev === 'the') {
    add(votes, ORG, 0.5, 'the');
    add(votes, LOC, 0.2, 'the');
    add(votes, PER, -0.8, 'the');
  }
  if (next === 'who' || next === 'whose') add(votes, PER, 1.5, 'who');
  // "the Labour party", "the Interior ministry" (written in lower case: a noun, not a name's part;
  // at the start of a sentence the capital proves nothing: "Fire department officials said").
  // (The lists hold lower-case words: the token is in one as written if it is its own lower case.)
  if (after && !candidate.initial && afterClass & ORG_HEAD_NOUN && after.text === afterWord)
    add(votes, ORG, prev === 'the' ? 2 : 1.5, 'organization-noun');
  // "club Portuense", "the weekly Der Spiegel"; "Bergamo-based Tecnomar" (what is based somewhere
  // is an organisation: the place before "-based" gets its own vote above).
  if (before && prevClass & ORG_KIND_NOUN && before.text === prev) add(votes, ORG, 2, 'organization-kind');
  const based = candidate.first - 2 >= sentence.firstToken ? tokens[candidate.first - 2] : undefined;
  if (prev === 'based' && based?.text === '-' && based.end === before?.start)
    add(votes, ORG, 2, 'based-organization');
  // "Ericsson spokesman", "Comelf shares": what an organisation has.
  if (nextClass & ORG_BELONGING) add(votes, ORG, 1.5, 'organization-belonging');
  if (next === '-' && afterNext && forms.lower(candidate.end + 1) === 'based') add(votes, LOC, 1.5, 'based');
  // "the Telegram app"; "apps such as WeChat", "platforms like TikTok" (the noun before the list).
  const listerAt =
    prev === 'as' && prev2 === 'such' ? candidate.first - 3 : prev === 'like' ? candidate.first - 2 : -1;
  const lister = listerAt >= sentence.firstToken ? (forms.lower(listerAt) as string) : '';
  if (nextClass & PRODUCT_NOUN || (lister !== '' && PRODUCT_NOUNS.has(lister)))
    add(votes, PRODUCT, 1.5, 'product-noun');
  // "firms including Okapi, Tasman and Zorbo", "banks such as Zorbo": every name of a list
  // after a plural kind of organisation.
  const kindAt = listOpenerBefore(parsed, forms, sentence.firstToken, candidate.first);
  if (kindAt >= 0 && ORG_KINDS_PLURAL.has(forms.lower(kindAt) as string))
    add(votes, ORG, 2, 'organization-list');
  if (next === ',' || next === '(') {
    // An apposition: ", a former diplomat", ", a Beijing company", ", China".
    const limit = Math.min(sentence.endToken, candidate.end + 6);
    for (let t = candidate.end + 1; t < limit; t++) {
      const word = forms.lower(t) as string;
      if (word === ',' || word === '.' || word === ';' || word === ')') break;
      const wordClass = classes.get(word) ?? 0;
      if (wordClass & PERSON_NOUN) {
        add(votes, PER, 1.5, 'apposition:person');
        break;
      }
      if (wordClass & ORG_APPOSITION) {
        add(votes, ORG, 1.5, 'apposition:organization');
        break;
      }
      if (wordClass & PLACE_APPOSITION) {
        add(votes, LOC, 1.5, 'apposition:place');
        break;
      }
      if (wordClass & PRODUCT_NOUN) {
        add(votes, PRODUCT, 1.5, 'apposition:product');
        break;
      }
    }
    // "Lockerbie, Scotland", "Harbin, China" (in brackets it is a person's country instead).
    // (`WeChat, China's biggest platform` is an apposition about WeChat, not its country.)
    const third = tokens[candidate.end + 2];
    const owned = third !== undefined && (third.text === "'s" || third.text === '’s');
    // (A place that opens a longer name is not one: "Okapi Tiles, Perth Cement and …".)
    const runsOn =
      afterNext !== undefined &&
      third !== undefined &&
      !owned &&
      isCapitalised(third) &&
      sameLine(parsed, afterNext, third);
    if (
      next === ',' &&
      afterNext &&
      !owned &&
      !runsOn &&
      isKnownPlace(lex, forms.key(candidate.end + 1) as string)
    )
      add(votes, LOC, 1.5, 'comma-place');
  }
  // A results line: "Okoro Bello (Benin) 20.37", "Lena Berg (Togoland) 4:01". One word in
  // brackets after a person's full name, with a time, score or sum after it, is the country
  // they compete for, even one no lexicon knows (an all-caps code is a club's town: "Zorbo (B)").
  const closing = tokens[candidate.end + 1];
  if (
    before?.text === '(' &&
    after?.text === ')' &&
    candidate.end - candidate.first === 1 &&
    closing !== undefined &&
    sameLine(parsed, after, closing) &&
    /^\d/.test(closing.text) &&
    !isAllCaps((tokens[candidate.first] as Token).text) &&
    isFullNameBefore(parsed, lex, candidate.first - 1)
  )
    add(votes, LOC, 2, 'athlete-country');
  if (sports) {
    // "Tigris (Italy) 88 Okapi (Greece) 81": two sides, each with its country and score, on
    // one line are teams (an athlete's result line has one name: "Okoro Bello (Benin) 20.37").
    let twoSides = false;
    if (countryAndScoreAt(parsed, lex, candidate.end)) {
      twoSides =
        before !== undefined &&
        countryAndScoreAt(parsed, lex, candidate.first - 4) &&
        sameLine(parsed, before, tokens[candidate.first] as Token);
      for (let t = candidate.end + 5; t < candidate.end + 9 && !twoSides; t++) {
        twoSides =
          countryAndScoreAt(parsed, lex, t) &&
          sameLine(parsed, tokens[candidate.end] as Token, tokens[t] as Token);
      }
      if (twoSides) add(votes, ORG, 3, 'sports:country-and-score');
    }
    // "Imran Saleem (Pakistan) beat…": an athlete with the country they play for (a club in a
    // European cup is written so too, but with one word: "Dinamo (Romania)").
    const country = afterNext ? (forms.key(candidate.end + 1) as string) : '';
    const closes = tokens[candidate.end + 2]?.text === ')';
    const fullName = candidate.end - candidate.first >= 2;
    if (
      !twoSides &&
      fullName &&
      next === '(' &&
      closes &&
      (lex.countries.has(country) || HOME_NATIONS.has(country))
    )
      add(votes, PER, 2, 'sports:country-in-brackets');
    // "Tasman (L)": a club told from its namesakes by a town's initial (see club-codes.ts).
    if (candidate.end - candidate.first >= 4 && clubCodeAt(parsed, lex, candidate.end - 3))
      add(votes, ORG, 3, 'sports:club-code');
    // Scorecards: "c Tillekeratne b Dharmasena 13" (caught, bowled, stumped by a player), and
    // bowling figures "Vass 7-0-29-0".
    if (SCORECARD_CUES.has(before?.text ?? '')) add(votes, PER, 2, 'sports:scorecard');
    if (after && BOWLING_FIGURES.test(after.text)) add(votes, PER, 2, 'sports:scorecard');
  }
  if (sports && !lex.countries.has(candidate.key) && !HOME_NATIONS.has(candidate.key)) {
    // A results line ("Dravac 1 Red Lions 3") or a table row ("Red Lions 4 4 0 0 11 2 12"):
    // between two scores, or first on a line of numbers, stands a team.
    // (A rank opening the line is no score: "1 Tom Barker 67" is a golfer.)
    const opponent = candidate.first >= 2 ? tokens[candidate.first - 2] : undefined;
    const afterScore =
      isPlainNumber(before) && opponent !== undefined && STARTS_WITH_LETTER.test(opponent.text);
    if (afterScore && isPlainNumber(after) && sameLine(parsed, opponent, after))
      add(votes, ORG, 2.5, 'sports:results-line');
    else if (
      candidate.first === sentence.firstToken &&
      numbersAfter(parsed, candidate.end) >= STANDINGS_COLUMNS
    )
      add(votes, ORG, 2.5, 'sports:standings');
    // Clubs are named after their towns: a town next to a score or "beat" is a team. (A country
    // stays a place: national sides are written as the country.) A date after it is a dateline.
    const nextIsScore = after !== undefined && after.pos === 'NUM' && !isTimeToken(parsed, candidate.end);
    const besideTeamWord = TEAM_NEIGHBOURS.has(prev) || TEAM_NEIGHBOURS.has(next);
    // A known town is a club beside a score; an unknown single name only beside "beat" or "v"
    // (scoreboards put players' names before numbers too).
    // "West Perth v Okapi Rovers": a point of the compass and a known town is a known town too.
    const compassTown =
      candidate.end - candidate.first === 2 &&
      lex.compass.has(forms.lower(candidate.first) as string) &&
      isKnownPlace(lex, forms.key(candidate.first + 1) as string);
    if ((known || compassTown) && (nextIsScore || besideTeamWord)) add(votes, ORG, 4, 'sports:score');
    // "Surrey captain Dan Fuller", "Norwich striker", and towns that act: "Kent took".
    // A one-word town with a full verb outweighs the gazetteer ("Essex reached 372"); an
    // auxiliary less so ("Washington will balance the budget" is the government).
    const acts = after !== undefined && (after.pos === 'VERB' || after.pos === 'AUX') && known;
    const strongly = acts && after.pos === 'VERB' && candidate.end - candidate.first === 1;
    if (SQUAD_WORDS.has(next)) add(votes, ORG, 2, 'sports:squad');
    else if (acts) add(votes, ORG, strongly ? 3.1 : 1.5, 'sports:acts');
    else if (!known && (nextIsScore || besideTeamWord)) add(votes, ORG, 1, 'sports:score');
  }
}
