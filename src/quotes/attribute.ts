/**
 * Attribution: who said each quotation, walking the text once from top to bottom.
 *
 * For each quotation the cue is looked for first in the words after it (`"…," Lewis said`), then
 * in the words before it (`Graham said, "…"`, `As Jim Lewis warned, "…"`). The speaker is the
 * subject of the cue or the name after it, read across appositions and titles. Pronouns go to the
 * most recent named speaker or sentence subject. A quotation with no cue takes the speaker of the
 * previous quotation or of the last reported speech (`Lewis told 60 Minutes that…`), since news
 * writing attributes a run of quotations once. Names are expanded to the fullest form the text
 * uses.
 *
 * @module
 * @internal
 */
import type { Token } from '../nlp.js';
import type { Span } from '../types.js';
import { WordSet } from '../word-set.js';
import { isUpper } from './chars.js';
import { AFFILIATES, CLOSE_ONES, OFFICIALS } from './data/affiliations.js';
import { CUE_VERBS, INTERVIEW_TURN_LABELS, WEAK_CUE_VERBS } from './data/cues.js';
import { BETWEEN_SUBJECT_AND_VERB, TIME_NOUNS } from './data/names.js';
import { PERSON_PRONOUNS } from './data/pronouns.js';
import { endsSentence, FRAME_LIMIT, type Frame, frameAfter, frameBefore, type TokenMap } from './frames.js';
import { type Gender, genderOfName, genderOfNameAt, genderOfPronoun, genderOfTitle } from './gender.js';
import {
  isNameAt,
  isNationality,
  isPlace,
  isTimeWord,
  isTitle,
  looksLikePerson,
  lowerIs,
  NameIndex,
  nameRunEndingAt,
  nameRunStartingAt,
  singleSpaced,
  spanText,
  stripTitles,
  wordKey,
} from './names.js';
import {
  perceivedSpeechAt,
  phraseAfter,
  type SpeakerPhrase,
  subjectBefore,
  subjectBeforeVerbAt,
} from './speaker-phrase.js';
import type { Speaker } from './types.js';

/** A quotation to attribute, with its marks' token indices. */
export interface QuoteSite {
  /** Token index of the opening mark. */
  readonly openToken: number;
  /** Token index of the closing mark, or of the last quoted token when the mark is missing. */
  readonly closeToken: number;
  /** Whether the quoted words end with a period (then the words after belong to the next sentence). */
  readonly endsWithPeriod: boolean;
  /** Whether the quoted words end with `?` or `!`. */
  readonly endsWithQuestionOrExclamation: boolean;
  /** Whether the quotation is a fragment of the writer's sentence. */
  readonly partial: boolean;
}

/** Who said a quotation and the cue, as found. */
export interface Attribution {
  readonly speaker: Speaker | null;
  readonly cue: Span | null;
  /** Whether the speaker is a named one (not a description such as `a campaign aide`). */
  readonly named: boolean;
}

/** Most tokens between a cue before a full quotation and its opening mark (`said on Tuesday:`). */
const DIRECT_GAP = 8;
/** Most tokens between a cue and a partial quotation (`described the operation as "…"`). */
const PARTIAL_GAP = 20;
/** Most tokens between a quotation and a cue after it (room for a long apposition). */
const AFTER_GAP = 30;
/** Tags that open a further apposition after a closed one (`, 33, a supporter of…,`). */
const APPOSITION_STARTS: ReadonlySet<string> = new Set(['DET', 'NUM', 'ADJ', 'NOUN', 'PROPN']);
/** Marks that open a credit line under a quotation (`—President Ortiz`). */
const DASHES: ReadonlySet<string> = new Set(['-', '--', '\u2013', '\u2014', '\u2015']);
/** Description heads that speak in the name of the body after them (`a spokesman for Northwind Foods`). */
const SPOKESPEOPLE: ReadonlySet<string> = new Set([
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'representative',
  'statement',
]);
/**
 * Heads of written sources that speak with their author's words (`according to a statement from
 * the alliance`, `an email sent by Delgado`).
 */
const DOCUMENTS: ReadonlySet<string> = new Set([
  'email',
  'e-mail',
  'letter',
  'memo',
  'release',
  'post',
  'tweet',
  'message',
  'note',
  'report',
  'filing',
  'video',
]);
/** Heads of the people or office that speak for a person or body (`Maria Delgado’s campaign`). */
const STAFFS: ReadonlySet<string> = new Set(['campaign', 'office', 'camp']);
/** Forms of `be` that make a passive (`was asked`). */
const BE_FORMS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
/** The `be` of `that is how` / `that was how` / `that’s how`. */
const HOW_BE: ReadonlySet<string> = new Set(['is', 'was', "'s", '’s']);
/** Prepositions that tie a spokesperson or a document to whom it speaks for (`for`, `from`, `by`). */
const SOURCE_PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'of', 'from', 'by']);
/** Quotation marks as tokens, single ones included (`‘`, `'`, `“`, `"`). */
const QUOTE_MARK_TOKENS: ReadonlySet<string> = new Set(['"', "'", '‘', '’', '“', '”', '«']);
/** The possessive endings the tokenizer splits off (`Delgado’s`, `Lewis’`). */
const OWNER_MARKS: ReadonlySet<string> = new Set(["'s", '’s', "'", '’']);
/** Conjunctions that open a clause of time, reason or condition (never an attribution). */
const SUBORDINATORS: ReadonlySet<string> = new Set([
  'when',
  'while',
  'after',
  'before',
  'because',
  'if',
  'since',
  'although',
  'though',
  'until',
  'unless',
  'whereas',
]);
/** Most tokens of an opening phrase or clause before a sentence's subject. */
const INTRO_LIMIT = 30;
/** Most tokens in a credit line at the end of a pull quote (`Tom Reyes, Institute for…`). */
const CREDIT_LINE_TOKENS = 16;
/** How many recent people a `he` or `she` may reach back over to find one of its gender. */
const RECENT_PEOPLE = 16;

interface Referent {
  readonly name: string;
  /** Whether the referent is named (only names can be `he` or `she`). */
  readonly named: boolean;
  /** The mention, for the speaker span. */
  readonly mention: Span;
  /** Token index where it was last seen. */
  readonly at: number;
}

function lower(token: Token): string {
  return token.text.toLowerCase();
}

/**
 * Whether a token is a possessive ending (`’s`): every one opens with an apostrophe, and no
 * other character lower-cases to one, so the rest are told without lower-casing them.
 */
function isOwnerMark(token: Token): boolean {
  const c = token.text.charCodeAt(0);
  return (c === 0x27 || c === 0x2019) && OWNER_MARKS.has(lower(token));
}

/** `make(key)`, made once per key and kept in `answers`. */
function remembered<K, V>(answers: Map<K, V>, key: K, make: (key: K) => V): V {
  let answer = answers.get(key);
  if (answer === undefined) {
    answer = make(key);
    answers.set(key, answer);
  }
  return answer;
}

function tokenSpan(text: string, tokens: readonly Token[], first: number, end: number): Span {
  const a = tokens[first] as Token;
  const b = tokens[end - 1] as Token;
  return { text: text.slice(a.start, b.end), start: a.start, end: b.end };
}

/** Whether tokens `i`, `i + 1` are a short time phrase's words (`Thursday`, `last week`). */
function isTimePhrase(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  return !!token && (isTimeWord(token.text) || (token.pos === 'NUM' && /^\d{4}$/.test(token.text)));
}

/** The index after a time phrase of up to four words starting at `i` (`this past week`), or `i`. */
function timePhraseEnd(tokens: readonly Token[], i: number): number {
  for (let j = i; j < i + 4 && j < tokens.length; j++) {
    const token = tokens[j] as Token;
    if (TIME_NOUNS.has(lower(token))) return j + 1;
    if (token.pos !== 'DET' && token.pos !== 'ADJ' && token.pos !== 'ADV') return i;
  }
  return i;
}

/**
 * The speech verbs and `according`, for the quick test of {@link WordSet.mayHold}: most verbs
 * of a text are none of them, which their first letter, last letter and length tell.
 */
const CUE_WORDS = new WordSet([...CUE_VERBS, 'according']);

/**
 * Whether token `i` is a speech verb (`weak` ones only count beside a quotation). `text` is the
 * parsed text, which holds every token at its offsets.
 */
function isCue(text: string, tokens: readonly Token[], i: number, allowWeak: boolean): boolean {
  const token = tokens[i] as Token;
  // Every token of the text passes here: only verbs, `said`, `says` and `according` can be cues.
  // (The length and first letter are read from the offsets and the text: the token's own
  // string, stored apart, is slow to read first.)
  const length = token.end - token.start;
  if (token.pos !== 'VERB') {
    if (length !== 4 && length !== 9) return false;
    const initial = text.charCodeAt(token.start) | 0x20;
    if (initial !== 0x73 && initial !== 0x61) return false;
  }
  // Most verbs are no speech verbs: their first letter, last letter and length tell them, read
  // in the text. (Letters past ASCII take the full test: one of them may lower-case to ASCII.)
  const first = text.charCodeAt(token.start);
  const last = text.charCodeAt(token.end - 1);
  if (first < 0x80 && last < 0x80 && !CUE_WORDS.mayHold(first, last, length)) return false;
  const word = lower(token);
  if (word === 'according') return lower(tokens[i + 1] ?? token) === 'to';
  if (!CUE_VERBS.has(word)) return false;
  // wink now and then tags `says` as a noun; every other cue must be tagged a verb.
  if (token.pos !== 'VERB' && word !== 'said' && word !== 'says') return false;
  return allowWeak || !WEAK_CUE_VERBS.has(word);
}

/** Whether a sentence's first token is a participle that opens a phrase (`Asked…`, `Speaking…`). */
function isParticipleOpener(token: Token): boolean {
  if (token.pos !== 'VERB') return false;
  const word = lower(token);
  return word.endsWith('ed') || word.endsWith('ing');
}

/** The forms of `be` before a passive participle (`was called`, `has been described`). */
const PASSIVE_BE: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

/** Whether token `i` follows a hyphen with no space (`based` in `Dover-based`). */
function gluedToHyphen(tokens: readonly Token[], i: number): boolean {
  const previous = tokens[i - 1];
  return previous !== undefined && previous.text === '-' && previous.end === (tokens[i] as Token).start;
}

/**
 * Whether token `i` is an `-ing` form standing before a common noun as its modifier (`organizing
 * director`, `acting chairman`): part of a noun phrase, not a verb.
 */
function isModifyingParticiple(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i] as Token;
  return token.pos === 'VERB' && lower(token).endsWith('ing') && tokens[i + 1]?.pos === 'NOUN';
}

/** Words that open a relative clause about a person or body (`Tom Reyes, who was polled,`). */
const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'whose', 'which']);

/** Speech verbs that answer the speaker before (`he replied`, `she shot back`). */
const REPLY_VERBS: ReadonlySet<string> = new Set([
  'replied',
  'replies',
  'responded',
  'responds',
  'retorted',
  'retorts',
  'countered',
  'counters',
  'answered',
  'answers',
]);

/** Words before a participle that show it describes the noun after it (`one exhausted engineer`). */
const PARTICIPLE_OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'one', 'another']);

/**
 * Whether token `i` is a past participle standing between an article and a noun (`one
 * exhausted engineer`, `a respected historian`): an adjective the tagger took for a verb, which
 * opens no clause.
 */
function isAttributiveParticiple(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i] as Token;
  const previous = tokens[i - 1];
  const next = tokens[i + 1];
  if (token.pos !== 'VERB' || !previous || !next || !lower(token).endsWith('ed')) return false;
  return (
    PARTICIPLE_OPENERS.has(lower(previous)) &&
    (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ')
  );
}

/** Most tokens read from a subject's first name to its verb. */
const PHRASE_TOKENS = 12;

/** Tags a sentence's subject may open with when it is no name or pronoun. */
const BARE_SUBJECT_STARTS: ReadonlySet<string> = new Set(['DET', 'NOUN', 'ADJ', 'NUM']);

/** The lower-case word at token `i` when it lies in `frame` at or after its start, else ''. */
function wordIn(tokens: readonly Token[], frame: Frame, i: number): string {
  const token = tokens[i];
  return i >= frame.first && token ? lower(token) : '';
}

/** The cue's span: the verb, or `according to`. */
function cueSpan(text: string, tokens: readonly Token[], i: number): Span {
  const end = lower(tokens[i] as Token) === 'according' ? i + 2 : i + 1;
  return tokenSpan(text, tokens, i, end);
}

/** Whether the verb is one whose object is the listener (`told reporters`), not the speaker. */
function objectIsListener(token: Token): boolean {
  const word = lower(token);
  return word.startsWith('tell') || word === 'told' || word.startsWith('ask') || word.startsWith('urg');
}

/** Stems of speech verbs whose object, before a quotation, is the listener (`reminded the council`). */
const LISTENER_OBJECT_STEMS: readonly string[] = ['warn', 'remind', 'assur', 'advis', 'inform'];

/**
 * Whether the tagger took a present-tense speech verb in -s for a plural noun (`notes`,
 * `recalls`); the callers decide from its neighbours whether it is the verb.
 */
function isSpeechVerbTaggedNoun(token: Token): boolean {
  if (token.pos !== 'NOUN') return false;
  const word = lower(token);
  return word.endsWith('s') && CUE_VERBS.has(word);
}

/**
 * Whether the verb, standing before a quotation, has the listener as object like `tell`
 * (`…and reminded Ana Ruiz, "…"`). After a quotation the words right after these verbs may still
 * be the speaker (`"…," warned Ana Ruiz.`), so this is read before a quotation only.
 */
function objectIsListenerBefore(token: Token): boolean {
  if (objectIsListener(token)) return true;
  const word = lower(token);
  for (const stem of LISTENER_OBJECT_STEMS) if (word.startsWith(stem)) return true;
  return false;
}

/**
 * Walks the text once and attributes every quotation.
 *
 * @internal
 */
export class Attributor {
  private readonly text: string;
  private readonly tokens: readonly Token[];
  private readonly map: TokenMap;
  private readonly names = new NameIndex();
  /** Answers of {@link looksLikePerson} by name, for this text. */
  private readonly personLike = new Map<string, boolean>();
  /** Answers of {@link wordKey} by token text, for this text. */
  private readonly keys = new Map<string, string>();
  /** Description head (`spokesperson`) → the name an apposition tied it to. */
  private readonly described = new Map<string, string>();
  /** Tokens already used as the cue of a quotation. */
  private readonly consumed: Uint8Array;
  /** The end of the name run starting at a token, when the name index read one there (else 0). */
  private readonly runEnd: Int32Array;
  /** Where the name of that run starts once its titles are dropped (see {@link stripTitles}). */
  private readonly runName: Int32Array;
  private lastSpeaker: (Referent & { fromQuote: boolean }) | null = null;
  private lastSubject: Referent | null = null;
  /** Whether the last subject's name stands after `the` (`The Harbor Ledger asked…`): a body, no `he` or `she`. */
  private subjectIsBody = false;
  /** The last body named as a subject (`The Parks Alliance disagreed.`), for a later `it`. */
  private lastBody: Referent | null = null;
  /** The token after the last subject's name. */
  private subjectEnd = -1;
  /** The last speaker with a name (a description such as `military leaders` is never `he`). */
  private lastNamed: Referent | null = null;
  /** The last people named by a full name in any role whose gender is known, oldest first. */
  private readonly mentions: Referent[] = [];
  /** The last people named as speakers or subjects, oldest first, for `he`/`she` agreement. */
  private readonly recent: Referent[] = [];
  /** Last words of the names read so far, to tell a person's first mention. */
  private readonly seen = new Set<string>();
  /** The last person a sentence ended by bringing in, and the token that ends that sentence. */
  private introduced: { readonly person: Referent; readonly until: number } | null = null;
  /** Next token the discourse walk has not read yet. */
  private cursor = 0;
  /**
   * The tokens outside quotations where the discourse walk may have something to read, in text
   * order (see {@link Attributor.indexNames}): the walk visits these instead of every token.
   */
  private readonly stops: Int32Array;
  private stopCount = 0;
  /** Index in {@link Attributor.stops} of the next stop the walk has not passed. */
  private nextStop = 0;
  private previous: { site: QuoteSite; after: Frame; attribution: Attribution; fromAfter: boolean } | null =
    null;

  constructor(text: string, map: TokenMap) {
    this.text = text;
    this.tokens = map.tokens;
    this.map = map;
    // One buffer for the four arrays: a buffer apiece is an allocation apiece outside the heap.
    const n = map.tokens.length;
    const buffer = new ArrayBuffer(n * 13);
    this.runEnd = new Int32Array(buffer, 0, n);
    this.runName = new Int32Array(buffer, n * 4, n);
    this.stops = new Int32Array(buffer, n * 8, n);
    this.consumed = new Uint8Array(buffer, n * 12, n);
    this.indexNames();
  }

  /**
   * {@link wordKey}, remembered by the token's text: a text names the same few people again and
   * again, and the key made once is one string, hashed once, for every lookup of it.
   */
  private keyOf(text: string): string {
    return remembered(this.keys, text, wordKey);
  }

  /** {@link looksLikePerson}, remembered: the walk asks about the same few names again and again. */
  private looksLikePerson(name: string): boolean {
    return remembered(this.personLike, name, looksLikePerson);
  }

  /**
   * Records every name run outside quotations, for expanding short mentions, and in the same
   * pass the stops of the discourse walk: every token outside quotations that opens a name (a
   * name not right after another) or may be a speech verb. Those are the only tokens where
   * {@link Attributor.readUpTo} does more than step on, so it reads each token once here rather
   * than again there.
   */
  private indexNames(): void {
    const { tokens, map } = this;
    // Tokens before `runUntil` are inside a name run already indexed.
    let runUntil = 0;
    // Whether token `t - 1` is a name, when it was read (it is not read inside quotations).
    let previousName = false;
    let previousRead = false;
    for (let t = 0; t < tokens.length; t++) {
      if (map.quoteOf[t] !== -1) {
        previousRead = false;
        continue;
      }
      // Every name opens with a capital: read from the text (the token's own string, stored
      // apart, costs a slow first read for each token), so most tokens are told without it.
      const name = isUpper(this.text.charCodeAt((tokens[t] as Token).start)) && isNameAt(tokens, t);
      const opensName = name && (t === 0 || !(previousRead ? previousName : isNameAt(tokens, t - 1)));
      if (opensName || isCue(this.text, tokens, t, false)) this.stops[this.stopCount++] = t;
      previousName = name;
      previousRead = true;
      if (!name || t < runUntil) continue;
      const end = nameRunStartingAt(tokens, t, tokens.length);
      this.runEnd[t] = end;
      const start = stripTitles(tokens, t, end);
      this.runName[t] = start;
      this.names.add(
        this.text,
        tokens,
        start,
        end,
        start === t && (map.startsSentence[t] === 1 || map.breakBefore[t] === 1),
      );
      runUntil = Math.max(end, t + 1);
    }
  }

  /**
   * {@link stripTitles} of tokens `[first, end)`, read from the name index when it read that run
   * (the walk asks again for every run it meets).
   */
  private nameStart(first: number, end: number): number {
    return this.runEnd[first] === end
      ? (this.runName[first] as number)
      : stripTitles(this.tokens, first, end);
  }

  /** Reads the writer's text up to token `until`: sentence subjects and reported speech. */
  private readUpTo(until: number): void {
    const { tokens, map } = this;
    // Every token between two stops is one the walk would only step over.
    while (this.nextStop < this.stopCount) {
      const t = this.stops[this.nextStop] as number;
      if (t >= until) break;
      this.nextStop++;
      // A stop inside a name run the walk has read past.
      if (t < this.cursor) continue;
      this.cursor = t;
      if (this.consumed[t]) {
        this.cursor++;
        continue;
      }
      const token = tokens[t] as Token;
      if (isNameAt(tokens, t) && (t === 0 || !isNameAt(tokens, t - 1))) {
        const known = this.runEnd[t] as number;
        const end = known > 0 ? known : nameRunStartingAt(tokens, t, tokens.length);
        this.noteMention(t, end);
        // `One local woman, Lena Park, took…`, `The mayor, Ana Ruiz, was…`: a name in apposition
        // to the subject.
        const inApposition =
          t > 0 &&
          (tokens[t - 1] as Token).text === ',' &&
          tokens[end]?.text === ',' &&
          (tokens[end + 1]?.pos === 'VERB' || tokens[end + 1]?.pos === 'AUX');
        // `Was Mark Delgado happy?`, `Is Delgado pleased?`: a question puts its auxiliary (the
        // verb itself, when a copula) before the subject.
        const previous = tokens[t - 1];
        const inverted =
          previous?.pos === 'AUX' && (map.startsSentence[t - 1] === 1 || map.breakBefore[t - 1] === 1);
        // `Ana Ruiz’s future is unclear, but she said…`: the owner heading the subject is its topic.
        const owner = tokens[end] !== undefined && isOwnerMark(tokens[end] as Token);
        // `Tom Reyes, Mayor Ana Ruiz’s former strategist, said`: an owner in an
        // apposition to the subject just read describes that subject.
        // `Tom Reyes, a Republican, has…`: a name in an apposition to that subject is no new subject.
        const describes = this.describesSubject(t);
        const ownerSubject = owner && !describes;
        if (
          inverted ||
          (!describes &&
            this.opensClause(t) &&
            (inApposition || ownerSubject || this.followedByVerb(this.afterHomeTown(t, end))))
        ) {
          const start = this.nameStart(t, end);
          const name = this.names.expand(spanText(this.text, tokens, start, end));
          // A one-word subject the text never names in full (`Women`, `Bombs`) is no person.
          if (this.names.isEstablished(name) && this.looksLikePerson(name)) {
            this.noteDescribed(t, end, name, inApposition);
            this.lastSubject = {
              name,
              named: true,
              mention: tokenSpan(this.text, tokens, start, end),
              at: t,
            };
            this.subjectEnd = end;
            this.subjectIsBody = this.afterDefinite(start);
            if (!this.subjectIsBody) this.notePerson(this.lastSubject);
          } else if (name.includes(' ') && !this.looksLikePerson(name) && !isPlace(name)) {
            this.lastBody = { name, named: true, mention: tokenSpan(this.text, tokens, start, end), at: t };
          }
        }
        this.noteHeadlineSpeaker(t, end);
        this.cursor = Math.max(end, t + 1);
        continue;
      }
      // Reported speech (`Lewis told 60 Minutes that…`): a finite speech verb, not `saying`.
      if (
        isCue(this.text, tokens, t, false) &&
        (!lower(token).endsWith('ing') || lower(token) === 'according')
      ) {
        const floor = frameBefore(map, t).first;
        let phrase = subjectBefore(tokens, t, floor);
        if (!phrase && lower(token) === 'according') {
          const ceiling = frameAfter(map, t).end;
          phrase = phraseAfter(tokens, t, ceiling);
          // `According to Channel 9’s Lena Park,`: the owner names where the person works.
          const owner = phrase ? tokens[phrase.end] : undefined;
          if (
            phrase &&
            owner &&
            (owner.text === '’s' || owner.text === "'s") &&
            isNameAt(tokens, phrase.end + 1)
          ) {
            phrase = phraseAfter(tokens, phrase.end, ceiling) ?? phrase;
          }
        }
        // `…may be "tactical," said Tom Reyes, an assistant professor`: the inverted order
        // names the speaker right after the verb, which follows a comma or a closing mark.
        if (!phrase && t > 0 && (tokens[t - 1]?.text === ',' || map.quoteOf[t - 1] !== -1)) {
          const after = phraseAfter(tokens, t, frameAfter(map, t).end);
          const rest = after ? tokens[after.end] : undefined;
          if (after?.kind === 'name' && (!rest || rest.text === ',' || rest.text === '.')) phrase = after;
        }
        const speaker = phrase ? this.resolve(phrase, 'paragraph-context') : null;
        if (speaker) {
          this.lastSpeaker = {
            name: speaker.name,
            // `She said she'd rather…`: a `he` or `she` stands for the named person it resolved to.
            named:
              (phrase?.kind === 'name' && !this.afterDefinite(phrase.first)) ||
              (phrase?.kind === 'pronoun' && PERSON_PRONOUNS.has(speaker.text.toLowerCase())),
            mention: { text: speaker.text, start: speaker.start, end: speaker.end },
            at: t,
            fromQuote: false,
          };
          this.noteNamed(this.lastSpeaker);
        }
      }
      this.cursor++;
    }
    if (this.cursor < until) this.cursor = until;
  }

  /**
   * `Maria Delgado: ‘We Are Done Waiting…’` (a headline): a line that opens with a name, a colon and a
   * quotation mark puts words in that person's mouth, so the quotations after it without a cue
   * are theirs. The quotation marks of such a line are often single ones, which are not mapped.
   */
  private noteHeadlineSpeaker(first: number, end: number): void {
    const { tokens, map } = this;
    if (first > 0 && !map.breakBefore[first]) return;
    if (tokens[end]?.text !== ':' || !QUOTE_MARK_TOKENS.has(tokens[end + 1]?.text ?? '')) return;
    // A mapped quotation has its own colon introduction; `Q:` and `A:` are interview turns.
    if (map.quoteOf[end + 1] !== -1 || INTERVIEW_TURN_LABELS.has(lower(tokens[first] as Token))) return;
    const start = this.nameStart(first, end);
    const name = this.names.expand(spanText(this.text, tokens, start, end));
    if (!this.looksLikePerson(name)) return;
    this.lastSpeaker = {
      name,
      named: true,
      mention: tokenSpan(this.text, tokens, start, end),
      at: first,
      fromQuote: false,
    };
    this.noteNamed(this.lastSpeaker);
  }

  /**
   * Whether token `t` stands where a sentence's subject does: first in its sentence or line,
   * after a conjunction that opens it (`But Lewis said`), or after a short opening phrase
   * (`On Tuesday, Lewis said`).
   */
  private opensClause(name: number): boolean {
    const { tokens, map } = this;
    // `Oregon developer Jim Ortiz said`: the clause opens before the description.
    const t = this.descriptionStart(name);
    if (t === 0 || map.startsSentence[t] || map.breakBefore[t]) return true;
    const previous = tokens[t - 1] as Token;
    if (
      map.startsSentence[t - 1] &&
      (previous.pos === 'CCONJ' || previous.pos === 'ADV' || previous.pos === 'SCONJ')
    ) {
      return true;
    }
    // `…on the count: Mr. Mercer cited Oregon`: a colon or semicolon opens a clause.
    if (previous.text === ':' || previous.text === ';') return map.quoteOf[t - 1] === -1;
    if (previous.text !== ',') return false;
    let verb = false;
    for (let i = t - 2; i >= 0 && i >= t - INTRO_LIMIT; i--) {
      const token = tokens[i] as Token;
      // Without a verb, an opening phrase is short (`On Tuesday,`, `In Lisbon,`).
      if (!verb && i < t - 14) return false;
      if (map.quoteOf[i] !== -1) return false;
      if (token.pos === 'VERB' || token.pos === 'AUX') verb = true;
      if (map.startsSentence[i] || map.breakBefore[i]) {
        // `During an interview that aired Wednesday, Jim Ortiz discussed…`, `Although it was
        // far from over, Lena Park took…`: an opening clause or phrase may hold verbs when a
        // preposition or conjunction opens it.
        // `Asked whether she would move, Ana Ruiz…`, `Speaking to reporters, Jim Ortiz…`: so may a
        // participle, whose subject is the clause's.
        return !verb || token.pos === 'ADP' || token.pos === 'SCONJ' || isParticipleOpener(token);
      }
    }
    return false;
  }

  /**
   * `The mayor, Maria Delgado, disagreed.`, `Maria Delgado, the mayor, disagreed.`: an apposition
   * in the writer's sentence ties a description to the subject's name, so that a later `the
   * mayor said` is Maria Delgado, as an apposition beside a speech verb does.
   */
  private noteDescribed(first: number, end: number, name: string, inApposition: boolean): void {
    const { tokens } = this;
    if (inApposition) {
      const head = tokens[first - 2];
      if (head?.pos === 'NOUN' && tokens[first - 3]?.pos !== 'ADP')
        this.described.set(wordKey(head.text), name);
      return;
    }
    if (tokens[end]?.text !== ',' || tokens[end + 1]?.pos !== 'DET') return;
    // `the mayor of Duluth`: the head is the last noun before `of` or `for`.
    let head: Token | null = null;
    let governed = false;
    for (let k = end + 2; k < end + 10 && k < tokens.length; k++) {
      const token = tokens[k] as Token;
      if (token.text === ',') {
        if (head) this.described.set(wordKey(head.text), name);
        return;
      }
      const word = lower(token);
      if (word === 'of' || word === 'for') governed = true;
      else if (token.pos === 'NOUN' && !governed) head = token;
      else if (token.pos !== 'ADJ' && token.pos !== 'PROPN' && token.pos !== 'DET' && token.pos !== 'NOUN')
        return;
    }
  }

  /**
   * Whether the name at token `name` opens an apposition to the subject just read (`Tom
   * Reyes, Mayor Ana Ruiz’s former strategist, said`), titles before it included.
   */
  private describesSubject(name: number): boolean {
    const t = this.descriptionStart(name);
    return t > 0 && (this.tokens[t - 1] as Token).text === ',' && this.subjectEnd === t - 1;
  }

  /**
   * Where the description before the name at token `name` begins (`Oregon developer` in `Oregon
   * developer Jim Ortiz`): back over up to five nouns, adjectives, names and determiners, not
   * past the start of the sentence or line.
   */
  private descriptionStart(name: number): number {
    const { tokens, map } = this;
    let t = name;
    while (t > 0 && t > name - 6 && !map.startsSentence[t] && !map.breakBefore[t]) {
      const pos = (tokens[t - 1] as Token).pos;
      if (pos !== 'NOUN' && pos !== 'ADJ' && pos !== 'PROPN' && pos !== 'DET') break;
      t--;
    }
    return t;
  }

  /**
   * `Juan Ortiz of Salem carried a sign`: where the subject named by tokens `[first, end)` ends
   * when a home town or body follows it after `of` or `from` (the index after that name), else
   * `end`. Only a name with a given name the first-name lists know counts, so `Bank of America`
   * stays one body.
   */
  private afterHomeTown(first: number, end: number): number {
    const { tokens } = this;
    const joiner = tokens[end];
    if (!joiner || (joiner.text !== 'of' && joiner.text !== 'from') || !isNameAt(tokens, end + 1)) return end;
    const start = this.nameStart(first, end);
    if (genderOfName(spanText(this.text, tokens, start, end)) === null) return end;
    return nameRunStartingAt(tokens, end + 1, tokens.length);
  }

  /** Whether a verb follows token `end`, across adverbs, a parenthesis or an apposition. */
  private followedByVerb(end: number): boolean {
    const { tokens } = this;
    let i = end;
    const limit = Math.min(tokens.length, end + 30);
    let closedApposition = false;
    while (i < limit) {
      const token = tokens[i] as Token;
      if (token.pos === 'VERB' || token.pos === 'AUX') return true;
      // `Christie, a Trump ally, effectively acknowledged`: a manner adverb before the verb.
      const manner = token.pos === 'ADV' && lower(token).endsWith('ly') && tokens[i + 1]?.pos === 'VERB';
      if (manner || BETWEEN_SUBJECT_AND_VERB.has(lower(token))) i++;
      else if (token.pos === 'ADP' && isTimePhrase(tokens, i + 1)) {
        // `Donald Trump on Thursday ratcheted up…`.
        i += 2;
      } else if (timePhraseEnd(tokens, i) > i) {
        // `Tom Reyes, the party chairman, this past week announced…`.
        i = timePhraseEnd(tokens, i);
      } else if (
        token.text === '(' ||
        (token.text === ',' && (i === end || closedApposition)) ||
        (i === end && DASHES.has(token.text))
      ) {
        // `Tom Reyes — Ana Ruiz’s former campaign manager — gave`: dashes enclose an
        // apposition as commas and parentheses do.
        closedApposition = false;
        const close = token.text === '(' ? ')' : token.text;
        i++;
        while (i < limit && (tokens[i] as Token).text !== close && !endsSentence(tokens, i)) {
          // `Lena Park, a former aide to Sen. Tom Reyes was…`: the apposition never closed.
          if (close === ',' && (tokens[i] as Token).pos === 'AUX') return true;
          i++;
        }
        if (i >= limit || (tokens[i] as Token).text !== close) return false;
        i++;
        // `Maria Delgado, star of “Night Shift,” thanked…`: a title ending the apposition
        // keeps the comma inside its closing mark.
        if (close === ',' && (tokens[i]?.text === '”' || tokens[i]?.text === '"')) i++;
        // `Ana Ruiz, 33, a supporter of…, finds`: appositions follow one another, the comma
        // that closes one opening the next.
        const next = tokens[i];
        closedApposition = close === ',' && !!next && APPOSITION_STARTS.has(next.pos);
        if (closedApposition && timePhraseEnd(tokens, i) === i) i--;
        // `Sen. Tom Reyes (R-Ore.), a Republican candidate…, tweeted`: a comma after the
        // parenthesis opens an apposition.
        else if (close === ')' && next?.text === ',') closedApposition = true;
      } else return false;
    }
    return false;
  }

  /** The subject at the start of a frame (`He then adopted an accent and joked, "…"`). */
  private frameSubject(frame: Frame): SpeakerPhrase | null {
    const { tokens } = this;
    let i = frame.first;
    while (
      i < frame.end &&
      i < frame.first + 3 &&
      ((tokens[i] as Token).pos === 'CCONJ' || (tokens[i] as Token).pos === 'ADV')
    ) {
      i++;
    }
    // `Shortly after the hearing ended, Delgado’s campaign sent a release saying "…"`: the subject
    // follows an opening phrase or clause and its comma.
    const opener = tokens[i];
    if (opener && (opener.pos === 'SCONJ' || opener.pos === 'ADP')) {
      let comma = i + 1;
      while (comma < frame.end && comma < i + INTRO_LIMIT && (tokens[comma] as Token).text !== ',') comma++;
      if (comma < frame.end && comma < i + INTRO_LIMIT) i = comma + 1;
    }
    if (i >= frame.end) return null;
    const token = tokens[i] as Token;
    if (token.pos === 'PRON') {
      const word = lower(token);
      if (!PERSON_PRONOUNS.has(word) && word !== 'they') return null;
      return { kind: 'pronoun', first: i, end: i + 1, apposition: false };
    }
    if (!isNameAt(tokens, i)) {
      // `A spokesman for Cedar Valley declined to comment but said "…"`; `Crowds of marchers
      // filled the streets, chanting "…"`: a noun phrase followed by its verb.
      if (!BARE_SUBJECT_STARTS.has(token.pos)) return null;
      return subjectBeforeVerbAt(tokens, i, frame.end);
    }
    const end = nameRunStartingAt(tokens, i, frame.end);
    // `Delgado’s campaign sent…`: a name that owns the subject.
    const owned = tokens[end];
    if (owned && isOwnerMark(owned)) return subjectBeforeVerbAt(tokens, i, frame.end);
    if (!this.followedByVerb(end)) return this.nameBeforeFirstVerb(end, frame.end);
    return { kind: 'name', first: stripTitles(tokens, i, end), end, apposition: false };
  }

  /**
   * `Union organizer and former teacher Ana Ruiz has campaigned…`: a subject that joins a
   * name to titles with `and` ends with the person's name right before the sentence's first
   * verb.
   */
  private nameBeforeFirstVerb(from: number, end: number): SpeakerPhrase | null {
    const { tokens } = this;
    for (let k = from; k < end && k < from + PHRASE_TOKENS; k++) {
      const token = tokens[k] as Token;
      if (token.pos !== 'VERB' && token.pos !== 'AUX') continue;
      if (k === from || !isNameAt(tokens, k - 1)) return null;
      const first = nameRunEndingAt(tokens, k - 1, from);
      if (first < 0) return null;
      const start = stripTitles(tokens, first, k);
      if (!this.looksLikePerson(spanText(this.text, tokens, start, k))) return null;
      return { kind: 'name', first: start, end: k, apposition: false };
    }
    return null;
  }

  /** Turns a speaker phrase into a speaker, resolving pronouns and descriptions. */
  private resolve(phrase: SpeakerPhrase, via: Speaker['via']): Speaker | null {
    const { tokens, text } = this;
    const mention = tokenSpan(text, tokens, phrase.first, phrase.end);
    if (phrase.kind === 'pronoun') {
      const word = mention.text.toLowerCase();
      const referent =
        PERSON_PRONOUNS.has(word) || word === 'his'
          ? this.personReferent(word, phrase.first)
          : word === 'it' || word === 'they'
            ? this.bodyReferent()
            : this.lastSpeaker;
      if (!referent) return null;
      return { name: referent.name, ...mention, via: 'pronoun' };
    }
    if (phrase.kind === 'name') {
      const name = this.names.expand(singleSpaced(mention.text));
      if (phrase.describedBy !== undefined) {
        this.described.set(wordKey((tokens[phrase.describedBy] as Token).text), name);
      }
      return { name, ...mention, via: phrase.apposition ? 'apposition' : via };
    }
    const head = wordKey((tokens[phrase.end - 1] as Token).text);
    const definite = phrase.first > 0 && lower(tokens[phrase.first - 1] as Token) === 'the';
    const linked = definite ? this.described.get(head) : undefined;
    if (linked) return { name: linked, ...mention, via: 'apposition' };
    // `a spokesman for Northwind Foods said`: a spokesperson speaks in the body's name, and so does an
    // unnamed aide, adviser or source of a named person or body (`one Ortiz aide`, `an adviser
    // to Jim Ortiz`, `a person close to the Ortizes`, `the Ruiz campaign`).
    const affiliate = AFFILIATES.has(head);
    const speaksFor = SPOKESPEOPLE.has(head) || DOCUMENTS.has(head) || STAFFS.has(head) || affiliate;
    const body =
      (speaksFor
        ? (this.bodyAfter(phrase.end, affiliate) ??
          this.ownerBefore(phrase.end - 1) ??
          (affiliate || STAFFS.has(head) || SPOKESPEOPLE.has(head) ? this.nameModifying(phrase) : null))
        : null) ?? (CLOSE_ONES.has(head) ? this.bodyCloseTo(phrase.end) : null);
    if (body) return { name: body, ...mention, via };
    return { name: singleSpaced(mention.text), ...mention, via };
  }

  /** The name that owns the noun at token `head` (`Maria Delgado’s campaign`), expanded, or null. */
  private ownerBefore(head: number): string | null {
    const { tokens } = this;
    const mark = tokens[head - 1];
    if (!mark || !isOwnerMark(mark)) return null;
    const first = nameRunEndingAt(tokens, head - 2, Math.max(0, head - 8));
    if (first < 0) return null;
    return this.names.expand(spanText(this.text, tokens, stripTitles(tokens, first, head - 1), head - 1));
  }

  /**
   * The name after `for` or `of` at token `at` (`for Cedar Valley`), or after `to` when
   * `affiliate` (`an aide to Lewis`), expanded, or null.
   */
  private bodyAfter(at: number, affiliate = false): string | null {
    const { tokens } = this;
    let i = at;
    // `a statement released by the alliance`, `an email sent from Delgado`.
    const verb = tokens[i];
    if (verb?.pos === 'VERB' && lower(verb).endsWith('ed')) i++;
    const word = tokens[i] ? lower(tokens[i] as Token) : '';
    if (!SOURCE_PREPOSITIONS.has(word) && !(affiliate && word === 'to' && i === at)) return null;
    if (i > at && word !== 'by' && word !== 'from') return null;
    return this.bodyStartingAt(i + 1);
  }

  /** The name after `close to` at token `at` (`a person close to the Ortizes`), expanded, or null. */
  private bodyCloseTo(at: number): string | null {
    const { tokens } = this;
    if (tokens[at]?.text.toLowerCase() !== 'close' || tokens[at + 1]?.text.toLowerCase() !== 'to')
      return null;
    return this.bodyStartingAt(at + 2);
  }

  /**
   * The name of a person or body that modifies the head of a description (`one Ortiz aide`,
   * `a former GOP leadership aide`, `the Ruiz campaign`), expanded, or null: only common nouns
   * stand between the name and the head.
   */
  private nameModifying(phrase: SpeakerPhrase): string | null {
    const { tokens } = this;
    let k = phrase.end - 2;
    while (k >= phrase.first && (tokens[k] as Token).pos === 'NOUN' && !isNameAt(tokens, k)) k--;
    if (k < phrase.first || !isNameAt(tokens, k)) return null;
    const first = nameRunEndingAt(tokens, k, phrase.first);
    // `an Israeli official` names the country's people, not whom the official speaks for.
    if (first < 0 || (first === k && isNationality((tokens[k] as Token).text))) return null;
    const name = spanText(this.text, tokens, stripTitles(tokens, first, k + 1), k + 1);
    // `a Florida lawyer`, `a Vietnam veteran`: a place is where they are from or served, not
    // whom they speak for, unless they hold office there (`a Texas official`).
    if (!OFFICIALS.has(wordKey((tokens[phrase.end - 1] as Token).text)) && isPlace(name)) return null;
    return this.names.expand(name);
  }

  /** The name of a body or person starting at token `at` (`the Pentagon`, `both Clintons`), expanded, or null. */
  private bodyStartingAt(at: number): string | null {
    const { tokens } = this;
    let first = at;
    // `a spokesman for the Pentagon`: bodies take `the`; `an adviser to both Clintons`.
    const determiner = tokens[first] ? lower(tokens[first] as Token) : '';
    if (determiner === 'the' || determiner === 'both') first++;
    if (!isNameAt(tokens, first)) return null;
    const end = nameRunStartingAt(tokens, first, Math.min(tokens.length, first + 6));
    // `an email from Delgado’s spokesman`: the name owns the source, it is not the source; but
    // `a statement from Delgado’s office` (or campaign) is Delgado's own.
    const owned = tokens[end];
    const staff = tokens[end + 1];
    if (owned && isOwnerMark(owned) && !(staff && STAFFS.has(lower(staff)))) return null;
    // `a spokeswoman for Mayor Maria Delgado`: the title is not part of the name.
    return this.names.expand(spanText(this.text, tokens, stripTitles(tokens, first, end), end));
  }

  private noteNamed(referent: Referent): void {
    if (referent.named && this.names.isEstablished(referent.name) && this.looksLikePerson(referent.name)) {
      this.lastNamed = referent;
      this.notePerson(referent);
    }
  }

  private notePerson(referent: Referent): void {
    const last = this.recent[this.recent.length - 1];
    if (last && last.name === referent.name) this.recent.pop();
    this.recent.push(referent);
    if (this.recent.length > RECENT_PEOPLE) this.recent.shift();
  }

  /**
   * Whether a quotation answers the previous one: nothing stands between them but that one's
   * attribution and this one's, which is the quotation's own words after it (`"…," Reyes said. ⏎
   * "…," he replied.`, `pronoun` -1) or a sentence that opens with its pronoun (`"…," Reyes said.
   * He replied: "…"`).
   */
  private answersPrevious(before: Frame, pronoun: number): boolean {
    const previous = this.previous;
    if (!previous) return false;
    // The frame after the previous quotation stops before its full stop.
    const next = previous.after.end + 1;
    return pronoun < 0 ? before.first === before.end && before.first <= next : pronoun <= next;
  }

  /**
   * The person last named, other than `exclude`, whom `pronoun` can refer to by sex, when the
   * last quotation was `exclude`'s; null otherwise.
   */
  private otherPerson(pronoun: string, exclude: string): Referent | null {
    if (this.previous?.attribution.speaker?.name !== exclude) return null;
    const wanted = genderOfPronoun(pronoun);
    if (!wanted) return null;
    let best: Referent | null = null;
    for (const list of [this.recent, this.mentions]) {
      for (let i = list.length - 1; i >= 0; i--) {
        const person = list[i] as Referent;
        if (person.name === exclude || this.genderOf(person) !== wanted) continue;
        if (!best || person.at > best.at) best = person;
        break;
      }
    }
    return best;
  }

  /** The gender a referent's name or the title before its mention says (`Mrs. Clinton`). */
  /** The last person mentioned by a full name whose sex is `wanted`, or null. */
  private lastMentionOf(wanted: Gender): Referent | null {
    for (let i = this.mentions.length - 1; i >= 0; i--) {
      const person = this.mentions[i] as Referent;
      if (this.genderOf(person) === wanted) return person;
    }
    return null;
  }

  private genderOf(referent: Referent): Gender {
    const byName = genderOfName(referent.name);
    if (byName) return byName;
    const before = this.text
      .slice(Math.max(0, referent.mention.start - 16), referent.mention.start)
      .trimEnd();
    const space = before.lastIndexOf(' ');
    return genderOfTitle(before.slice(space + 1));
  }

  /** Records a person named by a full name in any role, for `he`/`she` agreement. */
  private noteMention(first: number, end: number): void {
    const { tokens } = this;
    const key = this.keyOf((tokens[end - 1] as Token).text);
    // One lookup: the set grows only by a key it did not hold.
    const size = this.seen.size;
    this.seen.add(key);
    const introduced = this.seen.size > size;
    const start = this.nameStart(first, end);
    // A one-word name has no given name to read (most runs): the test of `the` is spared.
    if (start > end - 2 || this.afterDefinite(start)) return;
    // `Undersecretary Maria Delgado`: the person's name starts at the first given name.
    const last = tokens[end - 1] as Token;
    for (let k = start; k <= end - 2; k++) {
      // The first name is the cheaper test, read in place: most runs fail it.
      if (genderOfNameAt(this.text, (tokens[k] as Token).start, last.end) === null) continue;
      const name = spanText(this.text, tokens, k, end);
      if (!this.looksLikePerson(name)) continue;
      const person = { name, named: true, mention: tokenSpan(this.text, tokens, k, end), at: first };
      this.mentions.push(person);
      if (this.mentions.length > RECENT_PEOPLE) this.mentions.shift();
      if (introduced) this.noteIntroduction(person, end);
      return;
    }
  }

  /**
   * `…concerns Jim Ortiz, president of the Harbor Workers Union.`: a sentence that ends by bringing
   * in a new person with an apposition saying who they are, the way news writing introduces the
   * next speaker. Records the person and the token that ends the sentence.
   */
  private noteIntroduction(person: Referent, end: number): void {
    const { tokens, map } = this;
    const next = tokens[end + 1];
    if (tokens[end]?.text !== ',' || !next || !APPOSITION_STARTS.has(next.pos)) return;
    for (let t = end + 1; t < tokens.length && t < end + FRAME_LIMIT; t++) {
      const token = tokens[t] as Token;
      if (map.quoteOf[t] !== -1 || map.breakBefore[t]) return;
      if (endsSentence(tokens, t)) {
        this.introduced = { person, until: t };
        return;
      }
      // `the Miami-based caucus`: a participle glued to a hyphen is part of the phrase.
      const glued = tokens[t - 1]?.text === '-' && (tokens[t - 1] as Token).end === token.start;
      if (token.pos === 'AUX' || (token.pos === 'VERB' && !glued) || token.text === ',') return;
    }
  }

  /**
   * What an `it` refers to: a body named as a subject since the last speaker (`The Parks Alliance
   * disagreed. "…," it said.`), else the last speaker.
   */
  private bodyReferent(): Referent | null {
    const body = this.lastBody;
    const last = this.lastSpeaker;
    return body && (!last || body.at > last.at) ? body : last;
  }

  /**
   * The person a `he` or `she` at token `at` most likely refers to: the later of the last speaker
   * and subject.
   */
  private personReferent(pronoun: string, at: number): Referent | null {
    const speaker = this.lastNamed;
    const subject = this.subjectIsBody ? null : this.lastSubject;
    const nearest = !speaker ? subject : !subject ? speaker : subject.at > speaker.at ? subject : speaker;
    // `she` after `Jim Ortiz sniped that Ruiz…`: a pronoun skips people of the other sex.
    const wanted = genderOfPronoun(pronoun);
    // `The closure hit Ana Ruiz hard. "…," she said.`: with no speaker (not even an unnamed
    // one, `my father said`) or subject yet, the last person of the pronoun's sex the text
    // mentioned.
    if (!nearest && wanted) {
      const unnamed = this.lastSpeaker;
      if (!unnamed) return this.lastMentionOf(wanted);
      // `"…?" a reporter asked Ana Ruiz. "…," she replied.`: after an unnamed speaker, a person of
      // the pronoun's sex named since (`my father said… "…," he said` has none, and no speaker).
      const since = this.lastMentionOf(wanted);
      return since && since.at > unnamed.at && since.at < at ? since : null;
    }
    if (!nearest || !wanted) return nearest;
    // The person the sentence right before the quotation brought in.
    const introduced = this.introduced;
    if (
      introduced &&
      introduced.person.at > nearest.at &&
      this.cursor - introduced.until <= 2 &&
      this.genderOf(introduced.person) === wanted
    ) {
      return introduced.person;
    }
    const own = this.genderOf(nearest);
    if (own === null || own === wanted) return nearest;
    // The most recent person it can be: one of its sex, or one whose sex the text never said.
    let agreeing: Referent | null = null;
    for (let i = this.recent.length - 1; i >= 0 && !agreeing; i--) {
      const person = this.recent[i] as Referent;
      const gender = this.genderOf(person);
      if (gender === wanted || gender === null) agreeing = person;
    }
    // `Ortiz was answering a note from Maria Delgado, saying…. "…," she wrote.`:
    // a person of the pronoun's gender named after the nearest subject, in any role, comes first.
    for (let i = this.mentions.length - 1; i >= 0; i--) {
      const person = this.mentions[i] as Referent;
      // `Then he turned to Jim Ortiz`: a person named after the pronoun is no antecedent of it.
      if (person.at > at) continue;
      if (person.at <= nearest.at || (agreeing && person.at <= agreeing.at)) break;
      if (this.genderOf(person) === wanted) return person;
    }
    // `Reyes told Ana Ruiz… "…," she said.`: a woman mentioned in full before a man, rather than him.
    return agreeing ?? this.lastMentionOf(wanted) ?? nearest;
  }

  /** The cue in the words after a quotation, with the speaker phrase it names. */
  private cueAfter(site: QuoteSite, frame: Frame): { cue: number; phrase: SpeakerPhrase | null } | null {
    const { tokens } = this;
    const limit = Math.min(frame.end, frame.first + AFTER_GAP);
    // Words after the quotation may hold a subject with an apposition before the cue
    // (`"…," Jim Lewis, a former diplomat, said`); a verb anywhere else starts a new clause.
    let first = frame.first;
    if (first < limit && (tokens[first] as Token).text === ',') first++;
    // `"That makes me clever," when Ruiz mocked him`: a clause of time or reason after the
    // quotation tells when it was said, not who said it.
    if (first < limit && SUBORDINATORS.has(lower(tokens[first] as Token))) return null;
    let inApposition = false;
    // `"…," a man who lives near the dock said`, `a union that represents…`: the token of a
    // `who` (or a `that` or `which` after a noun) that opens a relative clause inside the
    // subject, whose verbs are not the cue's, or -1.
    let relative = -1;
    // Whether the last comma opened a relative clause (`…, who asked not to be named,`).
    let inRelative = false;
    for (let t = first; t < limit; t++) {
      const token = tokens[t] as Token;
      // `one worker, who asked not to be named, said`: a speech verb inside a relative clause
      // between commas is the clause's.
      if (inRelative && inApposition && token.pos === 'VERB') continue;
      if (isCue(this.text, tokens, t, true) || this.speechVerbTaggedNoun(site, t, first)) {
        // `"…?" The shop is a gift store in Duluth, according to its website`: an `according
        // to` after other words sources that clause; one right after the quotation sources it.
        if (t > first && lower(token) === 'according') return null;
        // A cue inside the relative clause (`a man who told me`) is not the quotation's.
        if (relative >= 0 && t === relative + 1) return null;
        let phrase = subjectBefore(tokens, relative >= 0 ? relative : t, frame.first);
        // `Ruiz dismissed the plan as "…," saying it would fail`: a participle right after the
        // quotation shares the subject of the sentence the quotation stands in; the words after
        // it are what was said.
        if (!phrase && t === first && lower(token).endsWith('ing') && lower(token) !== 'according') {
          phrase = this.frameSubject(frameBefore(this.map, site.openToken));
          if (phrase) return { cue: t, phrase };
        }
        // `"…?" asked Maria Delgado.`: right after the quotation the verb comes before its
        // subject, so the name after `asked` is the asker, not the one asked.
        const inverted = t === first && this.phraseEndsClause(phraseAfter(tokens, t, frame.end));
        if (!phrase && (!objectIsListener(token) || inverted)) phrase = phraseAfter(tokens, t, frame.end);
        if (!phrase && t > first) return null;
        return { cue: t, phrase };
      }
      if (
        relative < 0 &&
        !inApposition &&
        t > first &&
        (lower(token) === 'who' ||
          ((lower(token) === 'that' || lower(token) === 'which') &&
            (tokens[t - 1] as Token).pos === 'NOUN')) &&
        (tokens[t - 1] as Token).text !== ','
      ) {
        relative = t;
        continue;
      }
      if (relative >= 0 && (token.pos === 'VERB' || token.pos === 'AUX')) continue;
      // `"…," Reyes can be heard saying`: a passive of perception leads to the speech verb.
      // (Its words are auxiliaries and verbs: the tag is the cheaper test.)
      const perceived =
        t > first && (token.pos === 'AUX' || token.pos === 'VERB') ? perceivedSpeechAt(tokens, t, limit) : -1;
      if (perceived > t) {
        t = perceived - 1;
        continue;
      }
      if (token.text === ',' && t > first) {
        // `…, who was among those polled, said`: a relative clause after a comma is an
        // apposition whatever the commas before it, and its verbs are not the cue's.
        inRelative = RELATIVE_PRONOUNS.has(lower(tokens[t + 1] ?? token));
        inApposition = !inApposition || inRelative;
        continue;
      }
      // `Friends of the River acting chairman Lena Ortiz told`: a participle before a common
      // noun modifies it (`acting director`, `managing editor`) and opens no clause.
      // `"…," one exhausted engineer said`: so does a past participle after an article.
      if (isModifyingParticiple(tokens, t) || isAttributiveParticiple(tokens, t)) continue;
      // `a Dover-based lawyer`, `Mayor-elect Ana Ruiz`: a word glued to a hyphen is part of a
      // compound, not a verb.
      if (gluedToHyphen(tokens, t)) continue;
      // The tagger now and then takes a past tense for an adjective (`Toomey fumed/ADJ`).
      const pastAfterName =
        token.pos === 'ADJ' && lower(token).endsWith('ed') && t > first && isNameAt(tokens, t - 1);
      if (
        (token.pos === 'VERB' || token.pos === 'AUX' || pastAfterName) &&
        !BETWEEN_SUBJECT_AND_VERB.has(lower(token)) &&
        !isNameAt(tokens, t)
      ) {
        if (inApposition) continue;
        // Any verb right after a quotation that ends open attributes it (`"…," Toomey fumed.`,
        // `"…," fumed Toomey.`).
        if (site.endsWithPeriod || token.pos === 'AUX' || t - first > 4) return null;
        const phrase =
          t === first ? phraseAfter(tokens, t, frame.end) : subjectBefore(tokens, t, frame.first);
        if (!phrase || phrase.kind === 'description') return null;
        return { cue: t, phrase };
      }
    }
    return this.nameClosingCommaQuote(site, frame);
  }

  /**
   * `"…," Maria Delgado notes/NOUN in her book.`: the tagger takes many present-tense speech verbs
   * in -s for plural nouns; right after a quotation that runs on into its attribution, such a word
   * after the subject's head is the verb.
   */
  private speechVerbTaggedNoun(site: QuoteSite, t: number, first: number): boolean {
    const { tokens } = this;
    const token = tokens[t] as Token;
    if (site.endsWithPeriod || t === first || !isSpeechVerbTaggedNoun(token)) return false;
    // `the campaign notes show`: a verb after the word makes it a noun after all.
    const next = tokens[t + 1];
    if (next && (next.pos === 'VERB' || next.pos === 'AUX')) return false;
    const head = tokens[t - 1] as Token;
    return isNameAt(tokens, t - 1) || head.pos === 'NOUN' || head.pos === 'PROPN';
  }

  /** Whether a speaker phrase runs to the end of its sentence or to the comma of an apposition. */
  private phraseEndsClause(phrase: SpeakerPhrase | null): boolean {
    if (phrase?.kind !== 'name') return false;
    const next = this.tokens[phrase.end];
    return (
      !next ||
      next.text === ',' ||
      endsSentence(this.tokens, phrase.end) ||
      this.map.breakBefore[phrase.end] === 1
    );
  }

  /**
   * `"…," Vance shot/NOUN back.`: a quotation closed by a comma runs on into its attribution, so
   * a person's name followed by one or two words to the end of the sentence is the speaker,
   * whatever the tagger made of the verb.
   */
  private nameClosingCommaQuote(
    site: QuoteSite,
    frame: Frame,
  ): { cue: number; phrase: SpeakerPhrase } | null {
    const { tokens } = this;
    if (tokens[site.closeToken - 1]?.text !== ',' || !isNameAt(tokens, frame.first)) return null;
    const end = nameRunStartingAt(tokens, frame.first, frame.end);
    const rest = frame.end - end;
    if (rest < 1 || rest > 2 || tokens[frame.end]?.text !== '.') return null;
    for (let t = end; t < frame.end; t++) {
      const pos = (tokens[t] as Token).pos;
      if (pos === 'PUNCT' || pos === 'PROPN' || pos === 'PRON' || pos === 'DET') return null;
    }
    const first = stripTitles(tokens, frame.first, end);
    if (!this.looksLikePerson(spanText(this.text, tokens, first, end))) return null;
    return { cue: end, phrase: { kind: 'name', first, end, apposition: false } };
  }

  /** Whether the speech verb at token `cue` is a passive (`was called`, `has been described`). */
  private isPassive(cue: number, floor: number): boolean {
    const { tokens } = this;
    const word = lower(tokens[cue] as Token);
    if (!word.endsWith('ed') && word !== 'told' && word !== 'said') return false;
    let i = cue - 1;
    while (i >= floor && (tokens[i] as Token).pos === 'ADV') i--;
    return i >= floor && PASSIVE_BE.has(lower(tokens[i] as Token));
  }

  /**
   * The agent of a passive at token `from` (`by Ana Ruiz`), up to `end`: a name after `by` right
   * there, or null.
   */
  private agentAfter(from: number, end: number): SpeakerPhrase | null {
    const { tokens } = this;
    if (from >= end || lower(tokens[from] as Token) !== 'by') return null;
    const phrase = phraseAfter(tokens, from, end);
    return phrase?.kind === 'name' ? phrase : null;
  }

  /** Whether tokens `[from, to)` hold a verb right after a name or pronoun. */
  private newClauseBetween(from: number, to: number): boolean {
    const { tokens } = this;
    // `saying Reyes owes "…"`, `said that he would "…"`: the clause right after the verb (or
    // its `that`) is what was said, so its words are still the cue's speaker's.
    const complement = from < to && lower(tokens[from] as Token) === 'that' ? from + 1 : from;
    for (let k = from + 1; k < to; k++) {
      if ((tokens[k] as Token).pos !== 'VERB') continue;
      // `according to Ana Ruiz, who spoke on Monday, the plan "…"`: a relative clause about the
      // person named opens no clause of its own.
      if (RELATIVE_PRONOUNS.has(lower(tokens[k - 1] as Token))) continue;
      const pronoun = (tokens[k - 1] as Token).pos === 'PRON';
      if (!pronoun && !isNameAt(tokens, k - 1)) continue;
      const subject = pronoun ? k - 1 : nameRunEndingAt(tokens, k - 1, from);
      if (subject !== complement) return true;
    }
    return false;
  }

  /** The nearest subject before a fragment: the last name or pronoun followed by a verb. */
  private nearestSubject(frame: Frame): SpeakerPhrase | null {
    const { tokens } = this;
    for (let k = frame.end - 1; k > frame.first; k--) {
      if ((tokens[k] as Token).pos !== 'VERB') continue;
      let before = k - 1;
      // `Gov. Lena Park (D) blamed…`: the subject stands before the parenthesis.
      if ((tokens[before] as Token).text === ')') {
        while (before > frame.first && before > k - 8 && (tokens[before] as Token).text !== '(') before--;
        before--;
        if (before <= frame.first) continue;
      }
      const subjectEnd = before + 1;
      const previous = tokens[before] as Token;
      if (previous.pos === 'PRON' && (PERSON_PRONOUNS.has(lower(previous)) || lower(previous) === 'they')) {
        return { kind: 'pronoun', first: before, end: subjectEnd, apposition: false };
      }
      if (isNameAt(tokens, before)) {
        const first = nameRunEndingAt(tokens, before, frame.first);
        if (first >= 0) {
          return {
            kind: 'name',
            first: stripTitles(tokens, first, subjectEnd),
            end: subjectEnd,
            apposition: false,
          };
        }
      }
    }
    return null;
  }

  /** The cue in the words before a quotation, with the speaker phrase it names. */
  private cueBefore(site: QuoteSite, frame: Frame): { cue: number; phrase: SpeakerPhrase | null } | null {
    const { tokens } = this;
    const gap = site.partial ? PARTIAL_GAP : DIRECT_GAP;
    for (let t = frame.end - 1; t >= frame.first && t >= frame.end - gap - 1; t--) {
      if (!isCue(this.text, tokens, t, true)) continue;
      // `a clip that Judge Ortiz called "unfair," Reyes voiced a wish to "…"`: a
      // subject and verb between the cue and the quotation make a new clause.
      if (this.newClauseBetween(t + 1, frame.end)) break;
      // `Trump went on the attack, saying, "…"`, `released a statement saying "…"`: a
      // participle's speaker is the subject of the sentence.
      // `footage of Maria Delgado asking, "…"`: a participle right after a name is that
      // person's.
      const participle = lower(tokens[t] as Token).endsWith('ing');
      // `The plan has been called "…" by Ana Ruiz`, `was described by Ana Ruiz as "…"`: a passive
      // speech verb's speaker is its agent.
      if (this.isPassive(t, frame.first)) {
        const agent =
          this.agentAfter(t + 1, frame.end) ??
          this.agentAfter(site.closeToken + 1, frameAfter(this.map, site.closeToken).end);
        if (agent) return { cue: t, phrase: agent };
      }
      let phrase = participle ? this.nameRightBefore(t, frame.first) : null;
      if (participle) phrase ??= this.frameSubject(frame);
      phrase ??= subjectBefore(tokens, t, frame.first);
      if (!phrase && !objectIsListenerBefore(tokens[t] as Token)) {
        // `said Lewis: "…"`, `according to Lewis, "…"`: the phrase after the cue names the
        // speaker only when nothing but a comma or colon follows it (`described the operation
        // as "…"` names what was described).
        const after = phraseAfter(tokens, t, frame.end);
        const rest = after ? tokens[after.end] : undefined;
        if (after && (after.end >= frame.end || rest?.text === ',' || rest?.text === ':')) phrase = after;
      }
      if (!phrase && lower(tokens[t] as Token) !== 'according') phrase = this.frameSubject(frame);
      // `…, she looked into my camera, raised an eyebrow and said, "…"`: a verb after a
      // conjunction shares the subject of the clause it ends.
      if (!phrase && tokens[t - 1]?.pos === 'CCONJ')
        phrase = this.nearestSubject({ first: frame.first, end: t });
      return { cue: t, phrase };
    }
    const source = this.sourcePhraseBefore(frame);
    if (source) return { cue: -1, phrase: source };
    // A colon introduction without a verb: `Ana Ruiz and Jim Ortiz: "…"`.
    const colon = frame.end - 1;
    if (colon > frame.first && (tokens[colon] as Token).text === ':') {
      // `Mercer interjected: "…"`: any verb right before the colon, and a present-tense speech
      // verb the tagger took for a plural noun right after a name (`Ana Ruiz notes/NOUN: "…"`).
      const verb = tokens[colon - 1] as Token;
      const taggedNoun = isSpeechVerbTaggedNoun(verb) && isNameAt(tokens, colon - 2);
      if (verb.pos === 'VERB' || taggedNoun) {
        const phrase = subjectBefore(tokens, colon - 1, frame.first);
        if (phrase && phrase.kind !== 'description') return { cue: colon - 1, phrase };
      }
      const runFirst = nameRunEndingAt(tokens, colon - 1, frame.first);
      // `Reyes shot back on Twitter: "…"`: a name after a preposition is where or to whom the
      // words went, not who spoke them.
      const governed = runFirst > frame.first && (tokens[runFirst - 1] as Token).pos === 'ADP';
      if (runFirst >= 0 && !governed) {
        return {
          cue: -1,
          phrase: {
            kind: 'name',
            first: stripTitles(tokens, runFirst, colon),
            end: colon,
            apposition: false,
          },
        };
      }
      // `Ruiz’s response was: "…"`, `From Park's Facebook post: "…"`: the owner of the words.
      const owner = this.ownerBeforeColon(frame.first, colon);
      if (owner) return { cue: -1, phrase: owner };
      const source = this.sourceBeforeColon(frame);
      if (source) return { cue: -1, phrase: source };
      // `President Ortiz is trying out a new message: "…"`: the sentence that introduces a
      // quotation with a colon has its speaker as subject.
      const subject = this.subjectOfVerb(frame.first, colon);
      if (subject) return { cue: -1, phrase: subject };
      const label = this.verblessLabel(frame, colon);
      if (label) return { cue: -1, phrase: label };
    }
    return null;
  }

  /**
   * `Ana Ruiz on the budget: "…"`, `Ana Ruiz, the mayor, in a speech: "…"`: a line that opens
   * with a person's name and introduces a quotation with no verb says whose words follow, the
   * way round-ups, live blogs and captions label a quotation (also right after the quotation
   * before it). The name must be a person's full
   * name or one the text has established, followed by a preposition or an apposition's comma.
   */
  private verblessLabel(frame: Frame, colon: number): SpeakerPhrase | null {
    const { tokens, map } = this;
    // The label opens its line or follows the quotation before it (`…" Tom Reyes on the budget:`).
    const opensLine = frame.first === 0 || map.breakBefore[frame.first] === 1;
    if (!opensLine && map.quoteOf[frame.first - 1] === -1) return null;
    let name = frame.first;
    while (name < colon && isTitle(tokens[name] as Token)) name++;
    if (!isNameAt(tokens, name)) return null;
    const end = nameRunStartingAt(tokens, name, colon);
    const next = tokens[end] as Token;
    if (end >= colon || (next.text !== ',' && next.pos !== 'ADP')) return null;
    for (let t = end; t < colon; t++) {
      const pos = (tokens[t] as Token).pos;
      if (pos === 'VERB' || pos === 'AUX' || pos === 'PRON') return null;
    }
    const start = stripTitles(tokens, frame.first, end);
    const written = spanText(this.text, tokens, start, end);
    if (!this.looksLikePerson(written)) return null;
    if (end - start < 2 && !this.names.isEstablished(this.names.expand(written))) return null;
    return { kind: 'name', first: start, end, apposition: false };
  }

  /**
   * A phrase without a speech verb that names whose words follow, right before a quotation:
   * `in the Herald’s words,`, `in the words of Maria Delgado,`.
   */
  private sourcePhraseBefore(frame: Frame): SpeakerPhrase | null {
    const { tokens } = this;
    const mark = frame.end - 1;
    const markText = tokens[mark]?.text;
    if (mark - frame.first < 2 || (markText !== ',' && markText !== ':')) return null;
    const word = (i: number): string => wordIn(tokens, frame, i);
    // `in the Herald’s words,`, `in Maria Delgado’s words:`.
    if (word(mark - 1) === 'words' && OWNER_MARKS.has(word(mark - 2))) {
      const first = nameRunEndingAt(tokens, mark - 3, frame.first);
      if (first > frame.first && word(first - 1) === 'in') {
        return {
          kind: 'name',
          first: stripTitles(tokens, first, mark - 2),
          end: mark - 2,
          apposition: false,
        };
      }
    }
    // `in the words of Maria Delgado,`.
    for (let i = Math.max(frame.first, mark - 12); i + 3 < mark; i++) {
      if (word(i) !== 'in' || word(i + 1) !== 'the' || word(i + 2) !== 'words' || word(i + 3) !== 'of')
        continue;
      const phrase = phraseAfter(tokens, i + 3, mark);
      return phrase && phrase.end === mark ? phrase : null;
    }
    return null;
  }

  /**
   * A colon introduction that names whose words follow without a verb (`From the report:`,
   * `Here’s Delgado in December 1992:`): the frame is the phrase alone.
   */
  private sourceBeforeColon(frame: Frame): SpeakerPhrase | null {
    const { tokens } = this;
    const mark = frame.end - 1;
    if (mark - frame.first < 2 || tokens[mark]?.text !== ':') return null;
    const word = (i: number): string => wordIn(tokens, frame, i);
    const opener = word(frame.first);
    const at =
      opener === 'here' && (word(frame.first + 1) === 'is' || OWNER_MARKS.has(word(frame.first + 1)))
        ? frame.first + 1
        : opener === 'from' || opener === 'here’s' || opener === "here's"
          ? frame.first
          : -1;
    if (at < 0) return null;
    const phrase = phraseAfter(tokens, at, mark);
    if (!phrase || phrase.kind === 'pronoun') return null;
    // `Here’s Delgado in December 1992:` — a time or place phrase may follow the name.
    const rest = tokens[phrase.end];
    return phrase.end === mark || (opener !== 'from' && rest?.pos === 'ADP') ? phrase : null;
  }

  /**
   * The name that owns the noun right before a colon (`Ruiz’s response was:`, `Park's
   * Facebook post:`), or null: only nouns, adjectives and a form of `be` may stand between.
   */
  private ownerBeforeColon(first: number, colon: number): SpeakerPhrase | null {
    const { tokens } = this;
    for (let k = colon - 1; k > first && k >= colon - 6; k--) {
      const token = tokens[k] as Token;
      if (token.text === "'s" || token.text === '’s') {
        if (
          k + 1 >= colon ||
          ((tokens[k + 1] as Token).pos !== 'NOUN' && (tokens[k + 1] as Token).pos !== 'PROPN')
        )
          return null;
        return this.nameRightBefore(k, first);
      }
      if (token.pos !== 'NOUN' && token.pos !== 'ADJ' && token.pos !== 'PROPN' && token.pos !== 'AUX')
        return null;
    }
    // `Her answer: "…"`, `His response was:`: the owner is a person named before.
    const owner = lower(tokens[first] as Token);
    if (colon - first >= 2 && colon - first <= 6 && (owner === 'his' || owner === 'her')) {
      const head = tokens[first + 1] as Token;
      if (head.pos === 'NOUN' || head.pos === 'ADJ')
        return { kind: 'pronoun', first, end: first + 1, apposition: false };
    }
    return null;
  }

  /** The person's name that ends right before token `t`, not before `floor`, as a phrase. */
  private nameRightBefore(t: number, floor: number): SpeakerPhrase | null {
    const { tokens } = this;
    if (t - 1 < floor || !isNameAt(tokens, t - 1)) return null;
    const first = nameRunEndingAt(tokens, t - 1, floor);
    if (first < 0) return null;
    // `posted a video on Facebook saying`: a name after `on` is where the words went.
    if (first > floor && lower(tokens[first - 1] as Token) === 'on') return null;
    const start = stripTitles(tokens, first, t);
    if (!this.looksLikePerson(spanText(this.text, tokens, start, t))) return null;
    return { kind: 'name', first: start, end: t, apposition: false };
  }

  /** The last name right before a verb or auxiliary in tokens `[first, end)`, as a phrase. */
  private subjectOfVerb(first: number, end: number): SpeakerPhrase | null {
    const { tokens } = this;
    for (let k = end - 1; k > first; k--) {
      const pos = (tokens[k] as Token).pos;
      if (pos !== 'VERB' && pos !== 'AUX') continue;
      if (!isNameAt(tokens, k - 1)) continue;
      const runFirst = nameRunEndingAt(tokens, k - 1, first);
      if (runFirst < 0) continue;
      return { kind: 'name', first: stripTitles(tokens, runFirst, k), end: k, apposition: false };
    }
    return null;
  }

  /**
   * Attributes one quotation. Quotations must be passed in text order.
   *
   * @internal
   */
  attribute(site: QuoteSite): Attribution {
    const { map, text, tokens } = this;
    this.readUpTo(site.openToken);
    const after = frameAfter(map, site.closeToken);
    let before = frameBefore(map, site.openToken);
    // A colon at the end of the previous paragraph introduces a quotation that opens the next
    // one (`16-year-old Tom Reyes added:` ⏎ `"She listens first…"`).
    const colon = site.openToken - 1;
    if (
      before.first === before.end &&
      colon >= 0 &&
      map.quoteOf[colon] === -1 &&
      (tokens[colon] as Token).text === ':'
    ) {
      before = { first: frameBefore(map, colon).first, end: site.openToken };
    }

    // After a quotation that ends with a period, the next words are a new sentence: they can
    // attribute it only when short and closed by a period (`"…." he said.`), not when they open
    // the next quotation (`"…." He added: "…"`).
    // `"…?" He answered, "…"`: after a question or exclamation, words that run into the next
    // quotation with a comma or colon introduce that one.
    const introducesNext =
      site.endsWithQuestionOrExclamation &&
      after.end > after.first &&
      map.quoteOf[after.end] !== undefined &&
      map.quoteOf[after.end] !== -1 &&
      !map.breakBefore[after.end] &&
      (tokens[after.end - 1]?.text === ',' || tokens[after.end - 1]?.text === ':');
    const afterUsable =
      !introducesNext &&
      (!site.endsWithPeriod || (after.end - after.first <= 3 && map.quoteOf[after.end] === -1));
    let found: { cue: number; phrase: SpeakerPhrase | null } | null = null;
    let fromAfter = false;
    // `Ana Ruiz said in 1987: "…?" Reporters still mention it.`, `Ana Ruiz said: "…." Reyes
    // agreed.`: a quotation closed by its own final mark that the words before it introduce ends
    // the sentence, and a capital after it opens the writer's next one.
    const firstAfter = tokens[after.first];
    if (
      (site.endsWithQuestionOrExclamation || site.endsWithPeriod) &&
      !site.partial &&
      before.end > before.first &&
      (tokens[before.end - 1]?.text === ':' || tokens[before.end - 1]?.text === ',') &&
      after.end > after.first &&
      firstAfter !== undefined &&
      isUpper(firstAfter.text.charCodeAt(0))
    ) {
      const introduced = this.cueBefore(site, before);
      if (introduced && (introduced.cue >= 0 || introduced.phrase)) found = introduced;
    }
    if (!found && afterUsable && !site.partial) {
      found = this.cueAfter(site, after);
      fromAfter = found !== null;
    }

    // `"…" ⏎ —President Ortiz, writing after…`: a byline under the quotation names its speaker.
    if (!found) {
      found = this.dashLineAfter(site);
      fromAfter = found !== null;
    }

    // The second half of a split quotation: `"…," Lewis said, "…"` / `"…," Lewis said. "…"`.
    const previous = this.previous;
    if (
      !found &&
      previous?.fromAfter &&
      previous.attribution.speaker &&
      (previous.after.end === site.openToken ||
        (previous.after.end + 1 === site.openToken && !map.breakBefore[site.openToken]))
    ) {
      const attribution = previous.attribution;
      this.remember(site, after, attribution, false);
      return attribution;
    }

    // `Q: "…"` ⏎ `A: "…"`: in a printed interview the label says whose turn it is. The
    // interviewer is seldom named; the interviewee is the person the text last spoke of.
    const turn = found ? null : this.turnLabel(before);
    if (turn === 'question') {
      const attribution: Attribution = { speaker: null, cue: null, named: false };
      this.remember(site, after, attribution, false);
      return attribution;
    }
    if (turn !== 'answer') found ??= this.cueBefore(site, before);
    // `"…." Ana Ruiz said on Monday.`: a quotation that stands as a sentence of its
    // own is credited by the sentence after it when that one opens with its speaker and the verb.
    if (!found && !site.partial && turn === null && before.first === before.end) {
      found = this.creditSentenceAfter(site);
      fromAfter = found !== null;
    }
    if (!found && site.partial && afterUsable) {
      found = this.cueAfter(site, after);
      fromAfter = found !== null;
    }

    let attribution: Attribution;
    const last = this.lastSpeaker;
    let named = last?.named ?? false;
    let previousSpeaker: Speaker | null = last
      ? { name: last.name, ...last.mention, via: last.fromQuote ? 'previous-quote' : 'paragraph-context' }
      : null;
    // Reported speech by an unnamed group (`military leaders agree`) does not take over a run of
    // quotations from a named speaker.
    if (last && !last.fromQuote && !last.named && this.lastNamed) {
      previousSpeaker = { name: this.lastNamed.name, ...this.lastNamed.mention, via: 'paragraph-context' };
      named = true;
    }
    const subject = this.lastSubject;
    if (subject && (!last || subject.at > last.at)) {
      previousSpeaker = { name: subject.name, ...subject.mention, via: 'paragraph-context' };
      named = true;
    }
    // `That did not impress Tom Reyes, a retired teacher. ⏎ "…"`: a quotation with no cue right
    // after a sentence that ends by bringing in a new person is that person's, the way news
    // writing introduces its next speaker.
    const introduced = this.introduced;
    if (
      introduced &&
      this.cursor - introduced.until <= 2 &&
      introduced.person.at > (last?.at ?? -1) &&
      introduced.person.at > (subject?.at ?? -1)
    ) {
      previousSpeaker = {
        name: introduced.person.name,
        ...introduced.person.mention,
        via: 'paragraph-context',
      };
      named = true;
    }
    // `A: "…"` after `The Herald spoke with Ana Ruiz.`: the answers of a printed interview are
    // the interviewee's, a person (named with a given name), never the paper that asks.
    if (turn === 'answer' && previousSpeaker && genderOfName(previousSpeaker.name) === null) {
      const person = this.mentions[this.mentions.length - 1];
      if (person) {
        previousSpeaker = { name: person.name, ...person.mention, via: 'paragraph-context' };
        named = true;
      }
    }
    // `Delgado was asked, "…?"`: a passive question is the asker's, named by `by` or by the
    // interview it was asked in, or nobody the text names; never its subject's.
    if (found && found.cue >= 0 && !fromAfter && this.isPassiveAsk(found.cue)) {
      found = { cue: found.cue, phrase: this.askerOf(found.cue, before) };
      if (!found.phrase) {
        this.consumed[found.cue] = 1;
        attribution = { speaker: null, cue: cueSpan(text, tokens, found.cue), named: false };
        this.remember(site, after, attribution, false);
        return attribution;
      }
    }
    if (found) {
      if (found.cue >= 0) this.consumed[found.cue] = 1;
      const cue = found.cue >= 0 ? cueSpan(text, tokens, found.cue) : null;
      // A cue whose speaker stands elsewhere (`…, adding, "…"`) continues the last speaker, and
      // in the sentence of the quotation before it, that quotation's speaker (`praising
      // volunteers for "…," and adding, "…"`).
      let speaker = found.phrase
        ? this.resolve(found.phrase, 'cue')
        : (this.speakerOfSentence(site) ?? previousSpeaker);
      // `"We cannot pay," Reyes said. ⏎ "Then we strike," he replied.`: a reply answers the
      // last speaker, so its he or she is the other person of that sex in the exchange.
      if (
        found.phrase?.kind === 'pronoun' &&
        speaker &&
        found.cue >= 0 &&
        REPLY_VERBS.has(lower(tokens[found.cue] as Token)) &&
        this.answersPrevious(before, fromAfter ? -1 : found.phrase.first)
      ) {
        const other = this.otherPerson(lower(tokens[found.phrase.first] as Token), speaker.name);
        if (other) speaker = { ...speaker, name: other.name };
      }
      if (found.phrase) {
        named =
          (found.phrase.kind !== 'description' && !this.afterDefinite(found.phrase.first)) ||
          speaker?.via === 'apposition';
      }
      attribution = { speaker, cue, named };
    } else if (site.partial) {
      // A fragment with no speech verb (`Moore thanked him for "stepping up…"`) belongs to the
      // subject of the writer's sentence, when it has one.
      const subject = this.frameSubject(before) ?? this.nearestSubject(before);
      let speaker = subject ? this.resolve(subject, 'paragraph-context') : null;
      // A fragment right after a quotation in the same paragraph continues its speaker
      // (`"…," said Aida. Biden "kind of misspoke."`).
      const prior = this.previous;
      if (!speaker && prior && !this.breakBetween(prior.site.closeToken, site.openToken)) {
        speaker = prior.attribution.speaker;
      }
      attribution = { speaker, cue: null, named: speaker !== null };
    } else if (previousSpeaker) {
      attribution = { speaker: previousSpeaker, cue: null, named };
    } else {
      // The text's first quotation, with no cue: a lede (`"…" ⏎ That was how Maria Delgado
      // described…`) names its speaker in the sentence after it.
      const ahead = this.speakerAhead(site);
      const speaker = ahead ? this.resolve(ahead, 'paragraph-context') : this.personOfParagraphBefore(site);
      attribution = { speaker, cue: null, named: speaker !== null };
    }
    this.remember(site, after, attribution, fromAfter);
    return attribution;
  }

  /**
   * The name a speech verb has as subject or object in the sentence right after a quotation (in
   * its paragraph or opening the next one), when that sentence holds no other quotation.
   */
  private speakerAhead(site: QuoteSite): SpeakerPhrase | null {
    const { tokens, map } = this;
    const first = site.closeToken + 1;
    const limit = Math.min(tokens.length, first + FRAME_LIMIT);
    let end = first;
    while (end < limit && map.quoteOf[end] === -1 && !endsSentence(tokens, end)) {
      if (end > first && map.breakBefore[end]) break;
      end++;
    }
    if (end < tokens.length && map.quoteOf[end] !== -1) return null;
    for (let t = first; t < end; t++) {
      if (!isCue(this.text, tokens, t, true)) continue;
      const phrase = subjectBefore(tokens, t, first) ?? phraseAfter(tokens, t, end);
      return phrase?.kind === 'name' ? phrase : null;
    }
    return null;
  }

  /**
   * The speaker of a quotation closed by its own full stop, named by the next sentence of its
   * paragraph when that sentence opens with the speaker (titles and an apposition allowed) and a
   * speech verb, and after the verb says no more than when, where or to whom (`"…." Ana Ruiz said
   * on Monday.`, `"…." Mayor Ana Ruiz told reporters after the vote.`): no other verb, no
   * `that`, no quotation. `"…." Ana Ruiz said the council would meet.` reports other words.
   */
  private creditSentenceAfter(site: QuoteSite): { cue: number; phrase: SpeakerPhrase } | null {
    const { tokens, map } = this;
    if (!site.endsWithPeriod) return null;
    const opening = site.closeToken + 1;
    if (opening >= tokens.length || map.breakBefore[opening] || map.quoteOf[opening] !== -1) return null;
    // `"…." That was how Ana Ruiz put it.`: after `that is how`, any verb tells who said it.
    const how = this.thatIsHow(opening);
    const first = how ? opening + 3 : opening;
    let cue = -1;
    for (let t = first; ; t++) {
      if (t >= tokens.length || t >= first + FRAME_LIMIT) return null;
      if (map.quoteOf[t] !== -1 || (t > opening && map.breakBefore[t])) return null;
      if (endsSentence(tokens, t)) break;
      const token = tokens[t] as Token;
      if (cue < 0) {
        const verb = how
          ? token.pos === 'VERB'
          : isCue(this.text, tokens, t, false) && lower(token) !== 'according';
        if (verb && !lower(token).endsWith('ing')) cue = t;
        continue;
      }
      if (token.pos === 'VERB' || token.pos === 'AUX' || lower(token) === 'that') return null;
    }
    if (cue < 0) return null;
    const phrase = subjectBefore(tokens, cue, first);
    if (!phrase || phrase.kind === 'description') return null;
    if (phrase.kind === 'pronoun' && !genderOfPronoun(lower(tokens[phrase.first] as Token))) return null;
    // The sentence opens with the speaker: only titles may stand before the name.
    for (let k = first; k < phrase.first; k++) if (!isTitle(tokens[k] as Token)) return null;
    return { cue, phrase };
  }

  /** Whether the sentence at token `t` opens with `that is how`, `that was how` or `this is how`. */
  private thatIsHow(t: number): boolean {
    const { tokens } = this;
    const pointer = tokens[t];
    const be = tokens[t + 2] ? (tokens[t + 1] as Token) : undefined;
    if (!pointer || !be || lower(tokens[t + 2] as Token) !== 'how') return false;
    const word = lower(pointer);
    return (word === 'that' || word === 'this') && HOW_BE.has(lower(be));
  }

  /** Whether the cue at token `cue` is a passive `asked` (`was asked`, `were asked`). */
  private isPassiveAsk(cue: number): boolean {
    const { tokens } = this;
    if (lower(tokens[cue] as Token) !== 'asked') return false;
    const before = tokens[cue - 1];
    return !!before && before.pos === 'AUX' && BE_FORMS.has(lower(before));
  }

  /**
   * Who asked a passive question: the agent after `by` (`was asked by Lena Park,`) or the
   * other side of an interview in the frame (`In an interview with The Harbor City Evening Post…`).
   */
  private askerOf(cue: number, frame: Frame): SpeakerPhrase | null {
    const { tokens } = this;
    if (lower(tokens[cue + 1] ?? (tokens[cue] as Token)) === 'by') {
      const agent = phraseAfter(tokens, cue + 1, frame.end);
      if (agent && agent.kind !== 'pronoun') return agent;
    }
    for (let k = frame.first; k + 2 < cue; k++) {
      if (lower(tokens[k] as Token) !== 'interview' || lower(tokens[k + 1] as Token) !== 'with') continue;
      const asker = phraseAfter(tokens, k + 1, cue);
      if (asker && asker.kind !== 'pronoun') return asker;
    }
    return null;
  }

  /**
   * The interview turn a frame of just a label at a line start opens (`Q:`, or `Q.` as many
   * newspapers print it), or null.
   */
  private turnLabel(frame: Frame): 'question' | 'answer' | null {
    const { tokens, map } = this;
    if (frame.first > 0 && !map.breakBefore[frame.first]) return null;
    const label = lower(tokens[frame.first] as Token);
    const length = frame.end - frame.first;
    if (length === 2 && (tokens[frame.first + 1] as Token).text === ':') {
      return INTERVIEW_TURN_LABELS.get(label) ?? null;
    }
    // The tokenizer keeps the full stop of `Q.` on the letter.
    if (length === 1 && label.length === 2 && label.endsWith('.')) {
      return INTERVIEW_TURN_LABELS.get(label.slice(0, 1)) ?? null;
    }
    return null;
  }

  /**
   * Whether the name starting at token `first` is part of a name after `the` (`the Commission on
   * Public Forums announced`): reporters write `the` before bodies, never before a
   * person's name, so such a name is no `he` or `she`.
   */
  private afterDefinite(first: number): boolean {
    const { tokens } = this;
    for (let i = first - 1; i >= 0 && i >= first - 6; i--) {
      // The words are compared in place: most of them are capitalised names.
      const word = (tokens[i] as Token).text;
      if (lowerIs(word, 'the')) return true;
      if (
        !isNameAt(tokens, i) &&
        !lowerIs(word, 'of') &&
        !lowerIs(word, 'on') &&
        !lowerIs(word, 'for') &&
        word !== '&'
      )
        return false;
    }
    return false;
  }

  /**
   * A line right after the quotation that opens with a dash and a name (`—Lena Park,
   * Portland.`), or the same dash and name closing the quotation's own line (`"…" — Maria
   * Delgado, mayor of Duluth`): the way pull quotes, quote round-ups and epigraphs credit a
   * speaker.
   */
  private dashLineAfter(site: QuoteSite): { cue: number; phrase: SpeakerPhrase } | null {
    const { tokens, map } = this;
    const dash = site.closeToken + 1;
    const sameLine = !map.breakBefore[dash];
    if (sameLine && !site.endsWithPeriod && !site.endsWithQuestionOrExclamation) return null;
    if (!DASHES.has((tokens[dash] as Token | undefined)?.text ?? '')) {
      return sameLine ? null : this.creditLineAfter(dash);
    }
    let first = dash + 1;
    while (first < dash + 4 && tokens[first] && isTitle(tokens[first] as Token)) first++;
    if (!isNameAt(tokens, first) || map.breakBefore[first]) return null;
    const end = nameRunStartingAt(tokens, first, Math.min(tokens.length, first + 6));
    const rest = tokens[end];
    if (rest && !map.breakBefore[end]) {
      // `— Maria Delgado, mayor of Duluth`, `— Maria Delgado (Duluth Herald)`, `— Maria Delgado
      // on Monday`: after the name, a description, the source or the occasion.
      const described = rest.text === ',' || rest.text === '.';
      const occasion = rest.text === '(' || rest.text === '[' || rest.pos === 'ADP';
      if (!described && !occasion) return null;
      // On the quotation's own line (and for a source or occasion on any line) the credit must
      // end the line with no verb of its own (`— Maria Delgado, however, disagreed` is the
      // writer's sentence).
      if ((sameLine || occasion) && !this.creditTailAt(end)) return null;
    }
    return {
      cue: dash,
      phrase: { kind: 'name', first: stripTitles(tokens, first, end), end, apposition: false },
    };
  }

  /**
   * Whether the tokens from `from` to the end of the line are the tail of a credit: a short
   * description, source or occasion without a finite verb or pronoun, or a final period.
   */
  private creditTailAt(from: number): boolean {
    const { tokens, map } = this;
    if ((tokens[from] as Token).text === '.') return !tokens[from + 1] || map.breakBefore[from + 1] === 1;
    for (let t = from; t < tokens.length && (t === from || !map.breakBefore[t]); t++) {
      const token = tokens[t] as Token;
      // `— Maria Delgado, speaking at a rally`: a participle tells the occasion; a capitalised
      // word the tagger took for a verb beside a name (`the Duluth Herald/VERB`) is a name.
      const finite =
        token.pos === 'AUX' ||
        (token.pos === 'VERB' && !lower(token).endsWith('ing') && !isNameAt(tokens, t));
      if (t - from > CREDIT_LINE_TOKENS || finite || token.pos === 'PRON') return false;
      if (map.quoteOf[t] !== -1) return false;
    }
    return true;
  }

  /**
   * A credit line without a dash under a pull quote (`Tom Reyes, Institute for Harbor
   * Studies.`): a short line with no verb that opens with a person's full name and a comma.
   */
  private creditLineAfter(line: number): { cue: number; phrase: SpeakerPhrase } | null {
    const { tokens, map } = this;
    if (!isNameAt(tokens, line)) return null;
    const end = nameRunStartingAt(tokens, line, Math.min(tokens.length, line + 6));
    if (end - line < 2 || tokens[end]?.text !== ',') return null;
    for (let t = end; t < tokens.length && !map.breakBefore[t]; t++) {
      const pos = (tokens[t] as Token).pos;
      if (t - line > CREDIT_LINE_TOKENS || pos === 'VERB' || pos === 'AUX' || pos === 'PRON') return null;
    }
    const first = stripTitles(tokens, line, end);
    if (!this.looksLikePerson(spanText(this.text, tokens, first, end))) return null;
    return { cue: -1, phrase: { kind: 'name', first, end, apposition: false } };
  }

  /** The speaker of the quotation before `site` when both stand in one sentence of the writer's. */
  private speakerOfSentence(site: QuoteSite): Speaker | null {
    const { tokens } = this;
    const prior = this.previous;
    if (!prior?.attribution.speaker || this.breakBetween(prior.site.closeToken, site.openToken)) return null;
    for (let t = prior.site.closeToken + 1; t < site.openToken; t++) if (endsSentence(tokens, t)) return null;
    // A quotation that ends with its own full stop ends the sentence too.
    if (prior.site.endsWithPeriod || prior.site.endsWithQuestionOrExclamation) return null;
    return prior.attribution.speaker;
  }

  /**
   * `The flood hit Tom Reyes hardest. ⏎ "…"`: a quotation that opens its paragraph, with no cue
   * and nobody reported as speaking before it, is the person the paragraph before named last.
   * Reads back over that one paragraph only.
   */
  private personOfParagraphBefore(site: QuoteSite): Speaker | null {
    const { map } = this;
    const person = this.mentions[this.mentions.length - 1];
    if (!person || person.at >= site.openToken || !map.breakBefore[site.openToken]) return null;
    for (let t = site.openToken - 1; t > person.at; t--) if (map.breakBefore[t]) return null;
    return { name: person.name, ...person.mention, via: 'paragraph-context' };
  }

  /** Whether a line break stands between tokens `from` and `to`. */
  private breakBetween(from: number, to: number): boolean {
    for (let t = from + 1; t <= to; t++) if (this.map.breakBefore[t]) return true;
    return false;
  }

  private remember(site: QuoteSite, after: Frame, attribution: Attribution, fromAfter: boolean): void {
    this.previous = { site, after, attribution, fromAfter };
    const speaker = attribution.speaker;
    if (speaker && (!site.partial || attribution.cue)) {
      this.lastSpeaker = {
        name: speaker.name,
        named: attribution.named,
        mention: { text: speaker.text, start: speaker.start, end: speaker.end },
        at: site.closeToken,
        fromQuote: true,
      };
      this.noteNamed(this.lastSpeaker);
    }
  }
}
