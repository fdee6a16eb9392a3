/**
 * Reads the speaker's phrase beside a speech verb: the subject before it (`Jim Lewis, a former
 * U.S. diplomat, said`; `The spokesperson, Mao Ning, remarked`; `he said`) or the phrase after it
 * (`said Pentagon spokesman Navy Capt. Jim Ortiz`; `according to Lewis`).
 *
 * @module
 * @internal
 */

import { WEEKDAYS } from '../data/calendar.js';
import type { Token } from '../nlp.js';
import { CUE_PARTICLES, CUE_VERBS, PERCEPTION_LINKS, PERCEPTION_PARTICIPLES } from './data/cues.js';
import { BETWEEN_SUBJECT_AND_VERB, TIME_NOUNS } from './data/names.js';
import { DETERMINERS, GROUP_PRONOUNS, PERSON_PRONOUNS, SPEAKER_PRONOUNS } from './data/pronouns.js';
import { TITLES } from './data/titles.js';
import { genderOfName } from './gender.js';
import {
  isNameAt,
  isNameToken,
  isParticleAt,
  isTimeWord,
  isTitle,
  looksLikePerson,
  nameRunEndingAt,
  ORGANIZATION_WORDS,
  stripTitles,
  wordKey,
} from './names.js';

/** What stands in the speaker's place. Token ranges are half-open. */
export interface SpeakerPhrase {
  /** A name, a pronoun, or a description without a name (`a campaign spokesman`). */
  readonly kind: 'name' | 'pronoun' | 'description';
  /** First token of the mention (titles and articles dropped). */
  readonly first: number;
  /** Index after the mention's last token. */
  readonly end: number;
  /** Whether the name was read from an apposition (`The spokesperson, Mao Ning, said`). */
  readonly apposition: boolean;
  /** For a name beside a description (`Mao Ning, the spokesperson`), the description's head token. */
  readonly describedBy?: number;
}

/** Longest noun phrase read, in tokens. */
const PHRASE_LIMIT = 10;

function lower(token: Token): string {
  return token.text.toLowerCase();
}

/** Whether a token can stand inside a noun phrase. */
function inNounPhrase(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i] as Token;
  // `Ana de la Cruz`: a particle between the parts of a name.
  if (isParticleAt(tokens, i)) return true;
  switch (token.pos) {
    case 'PROPN':
    case 'NOUN':
    case 'ADJ':
    case 'DET':
    case 'NUM':
      return true;
    case 'PART':
      return token.text === "'s" || token.text === '’s';
    case 'ADP':
    case 'CCONJ': {
      const word = lower(token);
      if (word !== 'of' && word !== '&' && word !== 'for') return false;
      const previous = tokens[i - 1];
      const next = tokens[i + 1];
      // `Lena Park of the Institute for Harbor Studies`: a person from a body ends at `of`.
      if (
        previous &&
        isNameToken(previous) &&
        !ORGANIZATION_WORDS.has(wordKey(previous.text)) &&
        !TITLES.has(wordKey(previous.text))
      ) {
        return false;
      }
      return (
        !!previous && !!next && (previous.pos === 'PROPN' || previous.pos === 'NOUN') && next.pos !== 'PUNCT'
      );
    }
    case 'PUNCT':
      return token.text === '-' || token.text === '.';
    case 'ADV':
      return afterDeterminer(tokens, i);
    default: {
      // `Florida-based strategist`: a word glued to a hyphen belongs to the compound.
      const previous = tokens[i - 1];
      if (previous?.text === '-' && previous.end === token.start) return true;
      return isNameAt(tokens, i);
    }
  }
}

/**
 * Whether token `i` is a determiner to drop from a description: not a number glued to a hyphen
 * (`the two-term mayor` keeps `two-term`).
 */
function isDeterminerAt(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i] as Token;
  if (!DETERMINERS.has(lower(token))) return false;
  const next = tokens[i + 1];
  return !(next && next.text === '-' && next.start === token.end);
}

/** Reads the phrase in `[first, end)` (a noun phrase) as a name, pronoun or description. */
function readPhrase(tokens: readonly Token[], first: number, end: number): SpeakerPhrase | null {
  if (end <= first) return null;
  const last = tokens[end - 1] as Token;
  if (end - first === 1 && last.pos === 'PRON') {
    const word = lower(last);
    if (PERSON_PRONOUNS.has(word) || GROUP_PRONOUNS.has(word)) {
      return { kind: 'pronoun', first, end, apposition: false };
    }
    if (SPEAKER_PRONOUNS.has(word)) return null;
  }
  const runFirst = nameRunEndingAt(tokens, end - 1, first);
  // `the leader of the Harbor Workers Union` describes a person by a body: a description
  // headed by the noun before `of`.
  let of = runFirst - 1;
  if (of > first && (tokens[of] as Token).pos === 'DET') of--;
  const preposition = of > first ? lower(tokens[of] as Token) : '';
  if (
    runFirst > first &&
    (preposition === 'of' || preposition === 'for') &&
    (tokens[of - 1] as Token).pos === 'NOUN'
  ) {
    let start = first;
    while (start < of - 1 && isDeterminerAt(tokens, start)) start++;
    return { kind: 'description', first: start, end: of, apposition: false };
  }
  if (runFirst >= 0) {
    if (end - runFirst === 1 && isTimeWord(last.text)) return null;
    // `The Harbor Group’s CEO`, `the CEO`: a title alone or after an owner describes a person
    // (`Ana King` is a name: a title word after a name is a surname).
    const beforeLast = tokens[end - 2];
    const owned = beforeLast !== undefined && (beforeLast.text === "'s" || beforeLast.text === '’s');
    if (isTitle(last) && (end - runFirst === 1 || owned)) {
      let start = first;
      while (start < end - 1 && isDeterminerAt(tokens, start)) start++;
      return { kind: 'description', first: start, end, apposition: false };
    }
    const start = stripTitles(tokens, runFirst, end);
    return { kind: 'name', first: start, end, apposition: false };
  }
  // `"…?" one asked`, `read another`, `someone yelled`: an indefinite pronoun standing alone is
  // the speaker, never a person named before it.
  if (end - first === 1 && STANDALONE.has(lower(last))) {
    return { kind: 'description', first, end, apposition: false };
  }
  let start = first;
  while (start < end - 1 && isDeterminerAt(tokens, start)) start++;
  if (last.pos !== 'NOUN' && !afterDeterminer(tokens, end - 1)) return null;
  return { kind: 'description', first: start, end, apposition: false };
}

/**
 * Words that stand for a person or people alone (`one asked`, `read another`, `someone
 * yelled`, `several shouted back`): the closed class of indefinite pronouns of English.
 */
const STANDALONE: ReadonlySet<string> = new Set([
  'one',
  'another',
  'someone',
  'somebody',
  'everyone',
  'everybody',
  'some',
  'several',
  'many',
  'others',
  'those',
]);

/**
 * Whether token `i` is a word the tagger took for an adverb right after `the` or `a` (`the
 * daily wrote`): after an article it is a noun, whatever its tag.
 */
function afterDeterminer(tokens: readonly Token[], i: number): boolean {
  const previous = tokens[i - 1];
  if (!previous || (tokens[i] as Token).pos !== 'ADV') return false;
  const word = lower(previous);
  return word === 'the' || word === 'a' || word === 'an';
}

/** The start of the noun phrase that ends at token `last`, not before `floor`. */
function phraseStart(tokens: readonly Token[], last: number, floor: number): number {
  let first = last + 1;
  while (first - 1 >= floor && first > last + 1 - PHRASE_LIMIT && inNounPhrase(tokens, first - 1)) first--;
  return first;
}

/** Determiners that open a time phrase after a noun phrase (`the Journal this summer`). */
const TIME_DETERMINERS: ReadonlySet<string> = new Set(['this', 'last', 'next', 'that', 'each', 'every']);

/** Whether a time phrase starts at token `i` (`this summer`, `last week`, `Tuesday`). */
function startsTimePhrase(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i] as Token;
  if (WEEKDAYS.has(lower(token))) return true;
  const next = tokens[i + 1];
  return TIME_DETERMINERS.has(lower(token)) && next !== undefined && TIME_NOUNS.has(lower(next));
}

/** The end of the noun phrase that starts at token `first`, not after `ceiling`. */
function phraseEnd(tokens: readonly Token[], first: number, ceiling: number): number {
  let end = first;
  while (
    end < ceiling &&
    end < first + PHRASE_LIMIT &&
    inNounPhrase(tokens, end) &&
    (end === first || !startsTimePhrase(tokens, end))
  )
    end++;
  // A phrase ends at its last noun (`said Lewis in`… stops at `in` already; drop a hanging `of`).
  while (end > first && !isHead(tokens, end - 1)) end--;
  return end;
}

function isHead(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i] as Token;
  return token.pos === 'PROPN' || token.pos === 'NOUN' || isNameAt(tokens, i);
}

/** How many commas back an apposition is followed (`Ana Ruiz, a teacher from Millbrook, New York, said`). */
const APPOSITION_COMMAS = 4;

/**
 * The subject before an apposition that ends with the comma at token `comma`: `Jim Lewis, a
 * former diplomat, said` (the name before the apposition) or `The spokesperson, Mao Ning,
 * remarked` (the name in it). Of the noun phrases before the commas, the leftmost name that is
 * not the object of a preposition wins (`from Millbrook, New York,` describes Ana Ruiz).
 */
function appositionSubject(tokens: readonly Token[], comma: number, floor: number): SpeakerPhrase | null {
  const limit = Math.max(floor, comma - 30);
  let best: SpeakerPhrase | null = null;
  let description: SpeakerPhrase | null = null;
  let inner: SpeakerPhrase | null = null;
  let seen = 0;
  let next = comma;
  for (let j = comma - 1; j >= limit && seen < APPOSITION_COMMAS; j--) {
    if ((tokens[j] as Token).text !== ',') continue;
    seen++;
    const start = phraseStart(tokens, j - 1, floor);
    const head = readPhrase(tokens, start, j);
    const segment = readPhrase(tokens, j + 1, phraseEnd(tokens, j + 1, next));
    if (seen === 1 && segment?.kind === 'name') inner = segment;
    if (seen === 1 && segment?.kind === 'description') description = segment;
    const before = tokens[start - 1];
    const governed = !!before && start > floor && (before.pos === 'ADP' || before.pos === 'VERB');
    if (head?.kind === 'name' && !governed) {
      const describedBy =
        description ?? (seen === 1 ? null : segment?.kind === 'description' ? segment : null);
      best = describedBy ? { ...head, describedBy: describedBy.end - 1 } : head;
    } else if (seen === 1 && head?.kind === 'description' && inner) {
      return { ...inner, apposition: true, describedBy: head.end - 1 };
    } else if (seen === 1 && head && !inner) {
      best = head;
    }
    next = j;
  }
  if (best) return best;
  return inner ? { ...inner, apposition: true } : null;
}

/**
 * The subject of the speech verb at token `verb`, read backwards but not before `floor`.
 *
 * @internal
 */
export function subjectBefore(tokens: readonly Token[], verb: number, floor: number): SpeakerPhrase | null {
  const phrase = subjectBeforeVerb(tokens, verb, floor);
  return phrase?.kind === 'name' ? firstConjunct(tokens, phrase, floor) : phrase;
}

/**
 * The first of two people named as one subject (`Tom Reyes and House Speaker Jim Ortiz said`):
 * joint words go to the person named first, as a credit line lists its lead author first.
 */
function firstConjunct(tokens: readonly Token[], phrase: SpeakerPhrase, floor: number): SpeakerPhrase {
  let and = phrase.first - 1;
  // `and House Speaker Jim Ortiz`: the titles before the name are part of its run.
  while (and > floor && (isTitle(tokens[and] as Token) || isNameAt(tokens, and))) and--;
  if (and - 1 < floor || lower(tokens[and] as Token) !== 'and') return phrase;
  const first = nameRunEndingAt(tokens, and - 1, floor);
  if (first < 0) return phrase;
  const start = stripTitles(tokens, first, and);
  if (
    !looksLikePerson(spanText(tokens, start, and)) ||
    !looksLikePerson(spanText(tokens, phrase.first, phrase.end))
  )
    return phrase;
  return { kind: 'name', first: start, end: and, apposition: phrase.apposition };
}

/**
 * Where a passive of perception that ends right before the speech verb at token `verb` starts
 * (`can be heard` in `Reyes can be heard saying`), or `verb` when there is none. The verb must
 * be in `-ing`.
 *
 * @internal
 */
export function perceptionStart(tokens: readonly Token[], verb: number, floor: number): number {
  const word = lower(tokens[verb] as Token);
  if (!word.endsWith('ing') || !CUE_VERBS.has(word)) return verb;
  const before = tokens[verb - 1];
  if (verb - 1 < floor || !before || !PERCEPTION_PARTICIPLES.has(lower(before))) return verb;
  let i = verb - 1;
  while (i - 1 >= floor && i > verb - 4 && PERCEPTION_LINKS.has(lower(tokens[i - 1] as Token))) i--;
  return i;
}

/**
 * Where the speech verb in `-ing` after a passive of perception that starts at token `i` stands
 * (`saying` after `can be heard`), or -1 when none does.
 *
 * @internal
 */
export function perceivedSpeechAt(tokens: readonly Token[], i: number, ceiling: number): number {
  for (let j = i; j < ceiling && j < i + 4; j++) {
    const word = lower(tokens[j] as Token);
    if (!PERCEPTION_LINKS.has(word)) return -1;
    if (PERCEPTION_PARTICIPLES.has(word))
      return j + 1 < ceiling && perceptionStart(tokens, j + 1, i) === i ? j + 1 : -1;
  }
  return -1;
}

function subjectBeforeVerb(tokens: readonly Token[], verb: number, floor: number): SpeakerPhrase | null {
  // `Reyes can be heard saying`: the subject stands before the passive of perception.
  let i = perceptionStart(tokens, verb, floor) - 1;
  // `Lewis also said`, `Graham (R-SC) said`, `O'Malley interjected to say`, `she went on to say`.
  for (let steps = 0; i >= floor && steps < 5; steps++) {
    const token = tokens[i] as Token;
    if (lower(token) === 'to' && i - 1 >= floor) {
      let j = i - 1;
      if (lower(tokens[j] as Token) === 'on' && j - 1 >= floor) j--;
      if ((tokens[j] as Token).pos !== 'VERB') break;
      i = j - 1;
    } else if (
      (token.pos === 'ADV' && token.text !== ',' && !afterDeterminer(tokens, i)) ||
      (BETWEEN_SUBJECT_AND_VERB.has(lower(token)) && (token.pos === 'AUX' || token.pos === 'VERB'))
    ) {
      i--;
    } else if (isTimeWord(token.text) && i - 1 >= floor && (tokens[i - 1] as Token).pos === 'ADP') {
      // `Beck on Wednesday called…`.
      i -= 2;
    } else if ((TIME_NOUNS.has(lower(token)) || lower(token) === 'time') && i - 2 >= floor) {
      // `Ruiz at the time said`, `Lewis last week said`, `Lewis earlier this year said`.
      let j = i - 1;
      while (j > i - 3 && j > floor && (tokens[j] as Token).pos === 'DET') j--;
      const opener = tokens[j] as Token;
      const determiner = tokens[i - 1] as Token;
      if (opener.pos === 'ADP' && j < i - 1) i = j - 1;
      else if (determiner.pos === 'DET' || TIME_DETERMINERS.has(lower(determiner))) i -= 2;
      else break;
    } else if (token.text === ')') {
      let j = i - 1;
      while (j >= floor && j > i - 10 && (tokens[j] as Token).text !== '(') j--;
      if (j < floor || (tokens[j] as Token).text !== '(') return null;
      i = j - 1;
    } else break;
  }
  if (i < floor) return null;
  const token = tokens[i] as Token;
  // `…was followed by Ana Ruiz, who said:`: `who` stands for the name before its comma.
  if (lower(token) === 'who' && i - 2 >= floor && (tokens[i - 1] as Token).text === ',') {
    const first = nameRunEndingAt(tokens, i - 2, floor);
    if (first >= 0) {
      const start = stripTitles(tokens, first, i - 1);
      if (looksLikePerson(spanText(tokens, start, i - 1)))
        return { kind: 'name', first: start, end: i - 1, apposition: false };
    }
  }
  if (token.pos === 'PRON') return readPhrase(tokens, i, i + 1);
  if (token.text === ',') return appositionSubject(tokens, i, floor);
  // `…, but conceded that`, `and added`: a verb after a conjunction shares its clause's subject.
  if (token.pos === 'CCONJ') return null;
  const start = phraseStart(tokens, i, floor);
  const phrase = readPhrase(tokens, start, i + 1);
  // `a woman in the crowd shouted`: a description after a preposition says where the speaker
  // was; the speaker is the phrase before the preposition.
  if (phrase?.kind === 'description') {
    const holder = phraseBeforePlace(tokens, start, floor);
    if (holder) return holder;
    // `Tom Reyes and his deputy said`: joint words go to the person named first.
    const lead = personBefore(tokens, start, floor, AND);
    if (lead) return lead;
  }
  // `Tom Reyes of the Harbor Workers Union said`, `Lena Park of Dover said`: the body or home
  // town after `of` (`from`, `with`, `at`) is the person's, even when one word of it could be a
  // surname; a person named in full stands before it.
  if (phrase?.kind === 'name') {
    const person = personBefore(tokens, start, floor, BODY_PREPOSITIONS);
    if (person) return person;
  }
  if (phrase?.kind === 'name' && looksLikePerson(spanText(tokens, phrase.first, phrase.end))) return phrase;
  // An apposition left open (`Jim Ortiz, president and CEO of Oregon Bakers
  // Association stated`): the person's name before the comma.
  for (let j = start - 1; j >= floor && j >= start - 12; j--) {
    if ((tokens[j] as Token).text !== ',') continue;
    // `In Lisbon, the management of Radio Costa said`: a determiner opens a subject of its own, and a
    // name after a preposition is a place or time, not the speaker.
    // `Lena Park, the data analyst who founded the site tweeted`: a relative clause shows the
    // determiner opened an apposition all the same.
    if ((tokens[j + 1] as Token | undefined)?.pos === 'DET' && !relativeBetween(tokens, j + 1, start)) break;
    const headStart = phraseStart(tokens, j - 1, floor);
    if (headStart > floor && (tokens[headStart - 1] as Token).pos === 'ADP') break;
    const head = readPhrase(tokens, headStart, j);
    if (head?.kind === 'name' && looksLikePerson(spanText(tokens, head.first, head.end))) return head;
    break;
  }
  return phrase;
}

/** Prepositions that place a speaker (`a woman in the crowd`, `a man at the back of the hall`). */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in',
  'at',
  'on',
  'outside',
  'inside',
  'near',
  'behind',
  'among',
  'from',
  'with',
]);

/**
 * The noun phrase before a preposition of place that ends right before token `start` (`a woman`
 * in `a woman in the crowd`), read as a name or a description, or null.
 */
function phraseBeforePlace(tokens: readonly Token[], start: number, floor: number): SpeakerPhrase | null {
  const preposition = start - 1;
  if (preposition - 1 < floor) return null;
  const token = tokens[preposition] as Token;
  if (token.pos !== 'ADP' || !PLACE_PREPOSITIONS.has(lower(token))) return null;
  // `someone in the crowd`: a pronoun stands outside noun phrases.
  const headStart = STANDALONE.has(lower(tokens[preposition - 1] as Token))
    ? preposition - 1
    : phraseStart(tokens, preposition - 1, floor);
  const head = readPhrase(tokens, headStart, preposition);
  return head && head.kind !== 'pronoun' ? head : null;
}

/** Prepositions that tie a person to a body (`Tom Reyes of the union`, `…with the institute`). */
const BODY_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'from', 'with', 'at']);

/** The joiner of two subjects. */
const AND: ReadonlySet<string> = new Set(['and']);

/** Possessives that may open the second of two subjects (`Tom Reyes and his deputy`). */
const POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'their']);

/**
 * The person's name that ends right before one of `joiners` before token `start` (`Tom Reyes`
 * in `Tom Reyes of the union`, `Tom Reyes and his deputy`), or null. Only a name with a given
 * name the first-name lists know counts: a name that is a person beyond doubt.
 */
function personBefore(
  tokens: readonly Token[],
  start: number,
  floor: number,
  joiners: ReadonlySet<string>,
): SpeakerPhrase | null {
  let at = start - 1;
  if (joiners === AND && at > floor && POSSESSIVES.has(lower(tokens[at] as Token))) at--;
  if (at - 1 < floor || !joiners.has(lower(tokens[at] as Token))) return null;
  const first = nameRunEndingAt(tokens, at - 1, floor);
  if (first < 0) return null;
  const name = stripTitles(tokens, first, at);
  const text = spanText(tokens, name, at);
  if (!looksLikePerson(text) || genderOfName(text) === null) return null;
  return { kind: 'name', first: name, end: at, apposition: false };
}

/** Whether `who` stands in tokens `[from, to)`, opening a relative clause about a person. */
function relativeBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (lower(tokens[k] as Token) === 'who') return true;
  return false;
}

/** The words of tokens `[first, end)` joined by spaces. */
function spanText(tokens: readonly Token[], first: number, end: number): string {
  return tokens
    .slice(first, end)
    .map((t) => t.text)
    .join(' ');
}

/**
 * The phrase after the speech verb at token `verb` (`said Lewis`, `according to Lewis`), read
 * forwards but not past `ceiling`.
 *
 * @internal
 */
export function phraseAfter(tokens: readonly Token[], verb: number, ceiling: number): SpeakerPhrase | null {
  let i = verb + 1;
  // `chimed in Rolf Adler`: the particle of a phrasal speech verb stands before the name.
  if (i < ceiling && CUE_PARTICLES.get(lower(tokens[verb] as Token)) === lower(tokens[i] as Token)) i++;
  if (i < ceiling && lower(tokens[i] as Token) === 'to') {
    // `according to Ana Ruiz` names the source; `explained to the council` names the listener.
    if (lower(tokens[verb] as Token) !== 'according') return null;
    i++;
  }
  if (i >= ceiling) return null;
  const token = tokens[i] as Token;
  if (token.pos === 'PRON') return readPhrase(tokens, i, i + 1);
  if (STANDALONE.has(lower(token)) && (i + 1 >= ceiling || (tokens[i + 1] as Token).pos === 'PUNCT')) {
    return readPhrase(tokens, i, i + 1);
  }
  const end = phraseEnd(tokens, i, ceiling);
  const phrase = readPhrase(tokens, i, end);
  if (!phrase) return null;
  // `said Jim Lewis, a former diplomat` is a name; `said a spokesman, Mao Ning,` reads the name.
  if (phrase.kind === 'description' && end < ceiling && (tokens[end] as Token).text === ',') {
    const innerEnd = phraseEnd(tokens, end + 1, ceiling);
    const inner = readPhrase(tokens, end + 1, innerEnd);
    // `According to the statement, Kelly met…`: a name followed by its verb opens a new clause.
    const next = tokens[innerEnd];
    const opensClause = next !== undefined && (next.pos === 'VERB' || next.pos === 'AUX');
    if (inner?.kind === 'name' && !opensClause)
      return { ...inner, apposition: true, describedBy: phrase.end - 1 };
  }
  return phrase;
}

/**
 * The noun phrase that starts at token `first` when a verb follows it (`A spokesman for Cedar
 * Valley declined…`), read as a speaker phrase; null otherwise.
 *
 * @internal
 */
export function subjectBeforeVerbAt(
  tokens: readonly Token[],
  first: number,
  ceiling: number,
): SpeakerPhrase | null {
  const end = phraseEnd(tokens, first, ceiling);
  const next = tokens[end];
  if (!next || end === first || (next.pos !== 'VERB' && next.pos !== 'AUX')) return null;
  return readPhrase(tokens, first, end);
}
