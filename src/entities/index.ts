/**
 * People, organisations and places named in English news text, with every mention grouped
 * under one entity.
 *
 * The steps, in order: the English gate ({@link englishVerdict}); the casing of each line
 * (running text, all-caps or title-case headline); candidate spans from running text
 * (capitalised runs, titles cut off, sentence-initial capitals checked against the rest of the
 * document); headline spans that match names known from running text or the lexicons; dateline
 * places; grouping (aliases, acronyms, last names) with votes pooled per entity; the type each
 * entity's votes elect.
 *
 * @module
 */
import { assertOptions, assertText } from '../input.js';
import { type ParsedText, parseForExtractors, type Token } from '../nlp.js';
import { joinNamesBeforeAcronyms } from './acronym-names.js';
import {
  type Candidate,
  datelineCandidate,
  headlineCandidates,
  runningTextCandidates,
} from './candidates.js';
import { sentenceCasing } from './casing.js';
import { clubCodeAt, joinClubCodes } from './club-codes.js';
import { evidenceFor, isAcronym, isSportsText, winner } from './evidence.js';
import { displayName, groupCandidates } from './grouping.js';
import { englishVerdict } from './language.js';
import {
  isDemonym,
  isKnownPlace,
  type Lexicon,
  lexicon,
  readingTokens,
  spanKey,
  tokenForms,
} from './lexicon.js';
import type { Entity, EntityType, ExtractEntitiesOptions } from './types.js';

export type { Entity, EntityMention, EntityType, ExtractEntitiesOptions } from './types.js';

/**
 * Regular expressions with `\p{…}` stay module constants: the bundler targeting Node 20 turns a
 * literal into `new RegExp(…)`, which would build one at every call.
 */
const STARTS_UPPER = /^\p{Lu}/u;

/** Whether a key is a name the lexicons know (a place, a country or an organisation). */
function inLexicon(lex: Lexicon, key: string): boolean {
  return isKnownPlace(lex, key) || lex.organizations.has(key);
}

/** Quotation marks that may close a sentence after its full stop. */
const CLOSING_QUOTES = new Set(['"', '\u201d', "'", '\u2019']);

/**
 * Whether the mention `[start, end)` ends with an abbreviation's period that also ends its
 * sentence ("…and Tasman Parts Corp." at the end of a line or before a closing quotation mark): the stop
 * belongs to the sentence, as in the Penn Treebank convention, so the mention is "Tasman Parts Corp".
 * Initials keep theirs ("U.S."): only a period after a lower-case letter is taken.
 */
function sentenceStopAt(text: string, start: number, end: number): boolean {
  if (end - start < 3 || text.charCodeAt(end - 1) !== 0x2e) return false;
  const before = text.charAt(end - 2);
  if (before === before.toUpperCase()) return false;
  let i = end;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  if (i < text.length && CLOSING_QUOTES.has(text[i] as string)) {
    i++;
    while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  }
  return i === text.length || text[i] === '\n' || text[i] === '\r';
}

/** Company endings that make a name an organisation even in a heading ("Acme Corp", "Harbor National Bank"). */
const LEGAL_SUFFIXES = new Set([
  'inc',
  'incorporated',
  'corp',
  'corporation',
  'co',
  'ltd',
  'limited',
  'llc',
  'plc',
  'ag',
  'gmbh',
  'nv',
  'bank',
  'bancorp',
  'airlines',
  'airways',
  'holdings',
  'authority',
]);

function hasLegalSuffix(parsed: ParsedText, c: Candidate): boolean {
  if (c.end - c.first < 2) return false;
  return LEGAL_SUFFIXES.has(tokenForms(parsed).key(c.end - 1) as string);
}

/** A given name and one or two more words: a person's name even in a byline or a list ("Lena Parkes"). */
function isFullName(parsed: ParsedText, lex: Lexicon, c: Candidate): boolean {
  const n = c.end - c.first;
  return n >= 2 && n <= 3 && lex.givenNames.has(tokenForms(parsed).key(c.first) as string);
}

/** Whether the lexicons know `key`, or the document uses `word` or `key` inside a sentence. */
function vouchedFor(lex: Lexicon, insideWords: ReadonlySet<string>, word: string, key: string): boolean {
  // The document's own words first: a small set, where the lexicons are large.
  return insideWords.has(word) || insideWords.has(key) || inLexicon(lex, key) || isDemonym(lex, key);
}

/**
 * Keeps the sentence-initial candidates the document vouches for: a capital that starts a
 * sentence is a name only if the lexicons know it, the same word is capitalised inside a
 * sentence elsewhere, it is an acronym, or a speech verb follows it ("Hussain said").
 */
function vouched(
  parsed: ParsedText,
  lex: Lexicon,
  candidates: readonly Candidate[],
  sports: boolean,
): Candidate[] {
  const insideWords = new Set<string>();
  const forms = tokenForms(parsed);
  for (const c of candidates) {
    if (c.initial) continue;
    insideWords.add(c.key);
    // A one-word key is most often the word's lower case itself.
    if (c.end - c.first === 1 && forms.lower(c.first) === c.key) continue;
    for (let t = c.first; t < c.end; t++) insideWords.add(forms.lower(t) as string);
  }
  const kept: Candidate[] = [];
  for (const c of candidates) {
    if (!c.initial) {
      kept.push(c);
      continue;
    }
    const first = parsed.tokens[c.first] as Token;
    const firstWord = forms.lower(c.first) as string;
    if (c.end - c.first >= 2) {
      const second = parsed.tokens[c.first + 1] as Token;
      const joined = !STARTS_UPPER.test(second.text); // "Shares of Acme Inc": wink's PROPN is no proof here
      if (
        (first.pos === 'PROPN' && !joined) ||
        lex.givenNames.has(firstWord) ||
        vouchedFor(lex, insideWords, firstWord, firstWord) ||
        inLexicon(lex, c.key)
      )
        kept.push(c);
      else {
        // "Yesterday Lewis said", "Shares of Acme Inc rose": drop the first word and any
        // connector after it.
        let from = c.first + 1;
        while (from < c.end && !STARTS_UPPER.test((parsed.tokens[from] as Token).text)) from++;
        // What is left must still be a name: a common noun alone is not ("Plus Women’s relay times").
        const commonNoun = from === c.end - 1 && lex.genericWords.has(forms.key(from) as string);
        if (from < c.end && !commonNoun)
          kept.push({ ...c, first: from, key: spanKey(parsed, from, c.end), initial: false });
      }
      continue;
    }
    const next = parsed.tokens[c.end];
    const afterNext = parsed.tokens[c.end + 1];
    const speaks =
      next !== undefined &&
      first.pos === 'PROPN' &&
      (lex.speechVerbs.has(forms.lower(c.end) as string) || (next.text === ',' && afterNext?.text === 'who'));
    // In a results table a team opens the line: "Puchon 2 Chonbuk 1".
    const team = sports && next !== undefined && next.pos === 'NUM';
    // "Hollister (USA) 3:41.906": a name with a country in brackets after it.
    const country =
      next?.text === '(' && afterNext !== undefined && lex.countries.has(forms.key(c.end + 1) as string);
    // "Radnicki (N) 3 1 0 2": a club with its town's initial in a results table.
    const clubCode = sports && clubCodeAt(parsed, lex, c.end);
    if (
      vouchedFor(lex, insideWords, firstWord, c.key) ||
      speaks ||
      team ||
      country ||
      clubCode ||
      isAcronym(parsed, c)
    )
      kept.push(c);
  }
  return kept;
}

/** The keys of `kept`, and a person's family name too, so "LEWIS WARNS" finds the Jim Lewis of the text. */
function keysOf(parsed: ParsedText, lex: Lexicon, kept: readonly Candidate[]): Set<string> {
  const knownKeys = new Set<string>();
  for (const c of kept) knownKeys.add(c.key);
  const forms = tokenForms(parsed);
  for (const c of kept) {
    if (c.end - c.first >= 2 && lex.givenNames.has(forms.key(c.first) as string)) {
      knownKeys.add(forms.key(c.end - 1) as string);
    }
  }
  return knownKeys;
}

/**
 * Entities of an already-parsed text: the work behind {@link extractEntities}, for callers
 * (`analyze`) that parse once and run several capabilities.
 *
 * @param parsed - The text as {@link parseText} read it.
 * @param options - See {@link ExtractEntitiesOptions}.
 * @returns The entities in order of first mention.
 *
 * @example
 * ```ts
 * import { parseText } from '../nlp.js';
 *
 * entitiesFromParsed(parseText('Jim Lewis said China was watching.')).map((e) => e.name);
 * // ['Jim Lewis', 'China']
 * ```
 */
export function entitiesFromParsed(parsed: ParsedText, options: ExtractEntitiesOptions = {}): Entity[] {
  if (parsed.tokens.length === 0) return [];
  if (!englishVerdict(parsed.text, options.language ?? 'auto').english) return [];
  return readingTokens(parsed, () => entitiesOfEnglish(parsed, options));
}

/** {@link entitiesFromParsed} of a text that passed the English gate. */
function entitiesOfEnglish(parsed: ParsedText, options: ExtractEntitiesOptions): Entity[] {
  const lex = lexicon();
  const sports = isSportsText(parsed, lex);
  const casings = parsed.sentences.map((s) => sentenceCasing(parsed, s));

  // Datelines first, then running text; a token belongs to one mention at most.
  const datelines: Candidate[] = [];
  const running: Candidate[] = [];
  parsed.sentences.forEach((sentence, i) => {
    const casing = casings[i] ?? 'normal';
    const dateline = datelineCandidate(parsed, sentence, casing);
    if (dateline) datelines.push(dateline);
    if (casing === 'normal') {
      const found: Candidate[] = [];
      runningTextCandidates(parsed, lex, sentence, sports, found);
      for (const c of found) {
        if (dateline && c.first < dateline.end) continue;
        // "had four RBI", "an ERA of 2.10": a statistic in a sports report names nothing.
        if (sports && c.end - c.first === 1 && lex.sportsAbbreviations.has(c.key)) continue;
        running.push(c);
      }
    }
  });
  const kept = joinClubCodes(
    parsed,
    lex,
    joinNamesBeforeAcronyms(parsed, vouched(parsed, lex, running, sports)),
    sports,
  );

  // The keys known from running text, made only for a text with a heading (most have none).
  let knownKeys: Set<string> | undefined;
  const known = (key: string): boolean => {
    if (knownKeys === undefined) knownKeys = keysOf(parsed, lex, kept);
    return knownKeys.has(key) || inLexicon(lex, key);
  };
  const datelineAt = new Map(datelines.map((d) => [d.first, d]));
  const headlines: Candidate[] = [];
  parsed.sentences.forEach((sentence, i) => {
    const casing = casings[i] ?? 'normal';
    if (casing === 'normal') return;
    const found: Candidate[] = [];
    // A heading or label line may still carry a name that shows what it is ("PAYING AGENT:
    // Harbor National Bank"); the rest of it counts only where the name is known.
    const taken = new Set<number>();
    if (casing === 'title') {
      const runs: Candidate[] = [];
      runningTextCandidates(parsed, lex, sentence, sports, runs);
      for (const c of runs) {
        if (!hasLegalSuffix(parsed, c) && !isFullName(parsed, lex, c)) continue;
        found.push({ ...c, casing, initial: false });
        for (let t = c.first; t < c.end; t++) taken.add(t);
      }
    }
    const matched: Candidate[] = [];
    headlineCandidates(parsed, sentence, casing, known, matched);
    for (const c of matched) if (!taken.has(c.first) && !taken.has(c.end - 1)) found.push(c);
    const dateline = datelineAt.get(sentence.firstToken);
    for (const c of found) if (!dateline || c.first >= dateline.end) headlines.push(c);
  });

  const all = [...datelines, ...kept, ...headlines].sort((a, b) => a.first - b.first);
  const groups = groupCandidates(parsed, lex, all, sports);

  const fromDateline = new Set(datelines);
  const wanted = options.types ? new Set<EntityType>(options.types) : undefined;
  const entities: { entity: Entity; at: number }[] = [];
  for (const group of groups) {
    const isDateline = group.mentions.every((m) => fromDateline.has(m));
    const byDateline = isDateline && !inLexicon(lex, group.key);
    const type: EntityType = byDateline ? 'LOCATION' : (winner(group.votes) ?? 'OTHER');
    if (wanted && !wanted.has(type)) continue;
    const mentions = group.mentions
      .map((m) => {
        const a = parsed.tokens[m.first] as Token;
        const b = parsed.tokens[m.end - 1] as Token;
        const end = sentenceStopAt(parsed.text, a.start, b.end) ? b.end - 1 : b.end;
        return { text: parsed.text.slice(a.start, end), start: a.start, end };
      })
      .sort((x, y) => x.start - y.start);
    entities.push({
      entity: {
        name: displayName(parsed, group),
        type,
        evidence: byDateline ? ['dateline'] : evidenceFor(group.votes, type),
        mentions,
      },
      at: mentions[0]?.start ?? 0,
    });
  }
  return entities.sort((x, y) => x.at - y.at).map((e) => e.entity);
}

/**
 * Finds the people, organisations and places an English news text names, each with every
 * mention grouped: "Jim Lewis" and a later "Lewis", "Ministry of State Security" and "MSS",
 * "U.S." and "United States". Titles ("President", "spokesperson") and possessives (`'s`) are
 * left out of mentions; capitals that only start a sentence or belong to a headline do not make
 * a name by themselves.
 *
 * Types come from evidence in the text (a title before a name, "said" after it, "in" before a
 * place, "Ministry"/"Party"/"Inc" in it) and from built-in lexicons of countries, large cities,
 * regions, given names and well-known organisations, pooled over every mention so that a name
 * has one type in a document; each entity's `evidence` lists the reasons behind its type. Text that is not English gives `[]` (see
 * {@link ExtractEntitiesOptions.language}). Linear in the length of the text.
 *
 * @param text - Any string.
 * @param options - See {@link ExtractEntitiesOptions}.
 * @returns The entities in order of first mention; `start`/`end` of every mention index `text`.
 * @throws TypeError when `text` is not a string or `options` is not an object.
 *
 * @example
 * ```ts
 * import { extractEntities } from 'copydesk';
 *
 * extractEntities(
 *   "China's Ministry of State Security (MSS) is the world's largest spy agency, " +
 *     'Jim Lewis, a former U.S. diplomat, said. Lewis has watched the MSS for years.',
 * );
 * // [
 * //   { name: 'China', type: 'LOCATION', evidence: ['lexicon:country'],
 * //     mentions: [{ text: 'China', start: 0, end: 5 }] },
 * //   { name: 'Ministry of State Security', type: 'ORGANIZATION',
 * //     evidence: ['organization-head', 'long-name', 'the'], mentions: [
 * //       { text: 'Ministry of State Security', start: 8, end: 34 },
 * //       { text: 'MSS', start: 36, end: 39 }, { text: 'MSS', start: 139, end: 142 }] },
 * //   { name: 'Jim Lewis', type: 'PERSON', evidence: ['given-name', 'apposition:person', …],
 * //     mentions: [{ text: 'Jim Lewis', start: 76, end: 85 }, { text: 'Lewis', start: 117, end: 122 }] },
 * //   { name: 'United States', type: 'LOCATION', evidence: ['lexicon:country'],
 * //     mentions: [{ text: 'U.S.', start: 96, end: 100 }] },
 * // ]
 * ```
 */
export function extractEntities(text: string, options?: ExtractEntitiesOptions): Entity[] {
  assertText('extractEntities', 'text', text);
  assertOptions('extractEntities', options);
  return entitiesFromParsed(parseForExtractors(text), options);
}
