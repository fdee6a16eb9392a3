/**
 * The one module that touches wink-nlp. It creates the wink instance lazily on first use (the
 * package is `sideEffects: false`, so importing it must cost nothing) and turns wink's loosely
 * typed output into our own readonly types: tokens with UTF-16 offsets into the caller's string,
 * sentences that also break at line breaks, and paragraphs that break at blank lines.
 *
 * Every capability that needs tokens takes a {@link ParsedText}, so a caller that runs several
 * capabilities (`analyze`) reads the text with wink once.
 *
 * @module
 */

import model from 'wink-eng-lite-web-model';
import winkNLP, { type WinkMethods } from 'wink-nlp';
import { isWhitespace } from './chars.js';
import { TITLE_ABBREVIATIONS } from './data/titles.js';
import { assertOptions, assertText } from './input.js';
import {
  posShowingTables,
  type TaggingModel,
  type TokenColumns,
  TokenColumnsReader,
} from './token-columns.js';

/**
 * Universal Dependencies part-of-speech tag, as wink's English model assigns it.
 *
 * @example
 * ```ts
 * parseText('Lewis said').tokens[0]?.pos; // 'PROPN'
 * ```
 */
export type PartOfSpeech =
  | 'ADJ'
  | 'ADP'
  | 'ADV'
  | 'AUX'
  | 'CCONJ'
  | 'DET'
  | 'INTJ'
  | 'NOUN'
  | 'NUM'
  | 'PART'
  | 'PRON'
  | 'PROPN'
  | 'PUNCT'
  | 'SCONJ'
  | 'SYM'
  | 'VERB'
  | 'X'
  | 'SPACE';

/**
 * The kind of token wink's tokenizer saw (`its.type`): `word`, `number`, `punctuation`,
 * `currency`, `symbol`, `url`, `email`, `mention`, `hashtag`, `emoji`, `emoticon`, `time`,
 * `ordinal`, `quoted_phrase`, `word`… Kept as a string because the model may add kinds.
 *
 * @example
 * ```ts
 * parseText('$5').tokens[0]?.kind; // 'currency'
 * ```
 */
export type TokenKind = string;

/**
 * One token of the text. White space is never a token: line breaks show up as sentence and
 * paragraph boundaries instead.
 *
 * @example
 * ```ts
 * const { tokens } = parseText('Lewis said.');
 * tokens[1]; // { text: 'said', start: 6, end: 10, pos: 'VERB', kind: 'word', entity: -1, sentence: 0 }
 * ```
 */
export interface Token {
  /** The token exactly as it stands in the input. */
  readonly text: string;
  /** UTF-16 offset of the token's first code unit in the input. */
  readonly start: number;
  /** UTF-16 offset after the token's last code unit in the input. */
  readonly end: number;
  /** Part-of-speech tag. */
  readonly pos: PartOfSpeech;
  /** wink's token type (`word`, `number`, `punctuation`, `url`…). */
  readonly kind: TokenKind;
  /** Index into {@link ParsedText.entities} of the wink entity covering this token, or -1. */
  readonly entity: number;
  /** Index into {@link ParsedText.sentences} of the sentence holding this token. */
  readonly sentence: number;
}

/**
 * A numeric, temporal or web entity found by wink's model (`DATE`, `DURATION`, `CARDINAL`,
 * `MONEY`, `PERCENT`, `ORDINAL`, `TIME`, `URL`, `EMAIL`, `HASHTAG`…). wink's lite model finds no
 * people, organisations or places; those are copydesk's own work.
 *
 * @example
 * ```ts
 * parseText('It costs $130,000.').entities[0];
 * // { type: 'MONEY', text: '$130,000', start: 9, end: 17, firstToken: 2, endToken: 4 }
 * ```
 */
export interface WinkEntity {
  /** wink's entity type, upper case. */
  readonly type: string;
  /** The entity's text exactly as it stands in the input. */
  readonly text: string;
  /** UTF-16 offset of the entity's start in the input. */
  readonly start: number;
  /** UTF-16 offset after the entity's end in the input. */
  readonly end: number;
  /** Index of the entity's first token in {@link ParsedText.tokens}. */
  readonly firstToken: number;
  /** Index after the entity's last token in {@link ParsedText.tokens}. */
  readonly endToken: number;
}

/**
 * A sentence: wink's sentence boundaries, further split at every line break, because page text
 * puts headlines, captions and list items on lines of their own without final punctuation.
 *
 * @example
 * ```ts
 * parseText('Title\nBody text here.').sentences.map((s) => s.text); // ['Title', 'Body text here.']
 * ```
 */
export interface Sentence {
  /** The sentence's text, from its first token's start to its last token's end. */
  readonly text: string;
  /** UTF-16 offset of the sentence's start in the input. */
  readonly start: number;
  /** UTF-16 offset after the sentence's end in the input. */
  readonly end: number;
  /** Index of the sentence's first token in {@link ParsedText.tokens}. */
  readonly firstToken: number;
  /** Index after the sentence's last token in {@link ParsedText.tokens}. */
  readonly endToken: number;
  /** Index into {@link ParsedText.paragraphs} of the paragraph holding this sentence. */
  readonly paragraph: number;
}

/**
 * A paragraph: a run of sentences with no blank line inside it.
 *
 * @example
 * ```ts
 * parseText('One.\n\nTwo.').paragraphs.length; // 2
 * ```
 */
export interface Paragraph {
  /** The paragraph's text, from its first token's start to its last token's end. */
  readonly text: string;
  /** UTF-16 offset of the paragraph's start in the input. */
  readonly start: number;
  /** UTF-16 offset after the paragraph's end in the input. */
  readonly end: number;
  /** Index of the paragraph's first sentence in {@link ParsedText.sentences}. */
  readonly firstSentence: number;
  /** Index after the paragraph's last sentence in {@link ParsedText.sentences}. */
  readonly endSentence: number;
}

/**
 * A text read once by wink, in copydesk's own types. Capabilities take this instead of the raw
 * string so that the text is parsed only once however many of them run.
 *
 * @example
 * ```ts
 * const parsed = parseText('"It is hard," Lewis said.\n\nHe left.');
 * parsed.sentences.length; // 2
 * parsed.paragraphs.length; // 2
 * ```
 */
export interface ParsedText {
  /** The exact string that was parsed; every offset indexes it. */
  readonly text: string;
  /** Tokens in text order, white space excluded. */
  readonly tokens: readonly Token[];
  /** Sentences in text order. */
  readonly sentences: readonly Sentence[];
  /** Paragraphs in text order. */
  readonly paragraphs: readonly Paragraph[];
  /** wink's numeric, temporal and web entities in text order. */
  readonly entities: readonly WinkEntity[];
}

/**
 * wink's pipeline minus sentiment and negation, which nothing here uses, and minus its entity
 * recognizer unless the caller asks for wink's entities: copydesk's own steps do not use them,
 * and the recognizer takes about a quarter of the parse.
 */
function pipeOf(withEntities: boolean): string[] {
  return withEntities ? ['sbd', 'pos', 'ner'] : ['sbd', 'pos'];
}

/**
 * Options for {@link parseText}.
 *
 * @example
 * ```ts
 * parseText('He left on May 5.', { entities: false }).entities; // []
 * ```
 */
export interface ParseOptions {
  /**
   * Whether to run wink's entity recognizer and fill {@link ParsedText.entities} (and
   * {@link Token.entity}). Without it the parse takes about a quarter less time; copydesk's
   * extractors do not need it. Default `true`.
   */
  readonly entities?: boolean;
}

/** The lexeme table of wink's copy of the model: words by index, and their indices by text. */
interface LexemeTable {
  readonly hash: Record<string, number>;
  readonly list: string[];
  /** How many of `list` come with the model. */
  readonly intrinsicSize: number;
}

/** The part of wink's lexeme cache that stores a word read for the first time. */
interface LexemeCache {
  add(word: string, category: number): number;
}

/** A word wink has read before, as stored under one token category. */
interface WordRead {
  /** Its index in the lexeme table. */
  readonly index: number;
  /** Its lower case, when that differs from it. */
  readonly lower: string | undefined;
  /** The index of its lower case. */
  readonly lowerIndex: number;
}

/**
 * Makes wink parse each text as it would in a fresh process, without computing again what it
 * knows of words read before.
 *
 * wink adds every word it has not seen to its lexeme table, and its tokenizer then takes such a
 * word as known: once it has read "Clinton’s." (split from the full stop only), it never splits
 * "Clinton’s" into "Clinton" and "’s" again, and tags change with it (wink-nlp issues #139 and
 * #143). Read after other texts, a text would parse differently. So after each text, the words
 * it added are taken out of the table's look-up (`forgetText`): the tokenizer then knows the
 * model's words and those of the text being read, as in a fresh process.
 *
 * Forgotten words come back in later texts. wink would then store each again and compute its
 * features again; `add` is wrapped so that a word read before under the same token category
 * is put back into the look-up with the features it was given then. Those features depend only
 * on the word, its category and the model's own words, so the entry is the one a fresh process
 * would make. A word whose lower case was stored from another text is not reused.
 *
 * Plain words (letters only, read as words) are not forgotten at all: wink reads such a word the
 * same whether or not it knows it (its tokenizer finds the word category for any run of letters
 * and never splits one), and it stores the word and its lower case with the same features in
 * either case, so keeping them changes no parse. Kept, a name that recurs across a collection's
 * articles is looked up instead of being split off its punctuation and stored again in each one.
 * Letters that the model's recursive rules read as something else (the currency codes `USD`,
 * `GBP`…) are not kept, nor is a word whose lower case was stored from another kind of token.
 */
class WordsRead {
  /** Words read before, by token category. */
  private readonly byCategory = new Map<number, Map<string, WordRead>>();
  /** Words put back into the look-up while the current text is read. */
  private readonly putBack: string[] = [];
  /** The size of the lexeme list when the current text began. */
  private known: number;
  /** Indices of the plain words, and their lower cases, that are never forgotten. */
  private readonly kept = new Set<number>();

  /**
   * `known` is the size of the lexeme list before wink read anything; `plainWords` tells the
   * words that wink reads the same whether or not it knows them.
   */
  constructor(
    private readonly lexemes: LexemeTable,
    cache: LexemeCache | undefined,
    known: number,
    private readonly plainWords: PlainWords | undefined,
  ) {
    this.known = known;
    if (cache) cache.add = this.wrap(cache.add);
  }

  /** How many words have been read beyond the model's. */
  get size(): number {
    return this.lexemes.list.length - this.lexemes.intrinsicSize;
  }

  /** Whether wink's look-up holds `word` now, between texts. */
  knows(word: string): boolean {
    return this.lexemes.hash[word] !== undefined;
  }

  /** Marks the start of a text. */
  startText(): void {
    this.known = this.lexemes.list.length;
  }

  /** Takes the words of the text just read out of the look-up. */
  forgetText(): void {
    const { hash, list } = this.lexemes;
    const { kept } = this;
    for (let k = this.known; k < list.length; k++) {
      const word = list[k] as string;
      if (hash[word] === k && !kept.has(k)) delete hash[word];
    }
    for (const word of this.putBack) delete hash[word];
    this.putBack.length = 0;
  }

  private wrap(add: LexemeCache['add']): LexemeCache['add'] {
    const { byCategory, putBack, lexemes, kept, plainWords } = this;
    const { hash, list, intrinsicSize } = lexemes;
    const putBackWord = (text: string, index: number): void => {
      hash[text] = index;
      putBack.push(text);
    };
    return (word, category) => {
      if (hash[word] !== undefined) return add(word, category);
      let words = byCategory.get(category);
      const read = words?.get(word);
      if (read !== undefined) {
        const { lower } = read;
        const lowerIndex = lower === undefined ? read.lowerIndex : hash[lower];
        // Reused only while its lower case is absent or is the entry stored with it.
        if (lowerIndex === undefined || lowerIndex === read.lowerIndex) {
          if (lower !== undefined && lowerIndex === undefined) putBackWord(lower, read.lowerIndex);
          putBackWord(word, read.index);
          return read.index;
        }
      }
      const before = list.length;
      const index = add(word, category);
      if (index < before) return index;
      const lower = word.toLowerCase();
      const lowerIndex = hash[lower] as number;
      const lowerIsOwn = lower === word || lowerIndex >= before || lowerIndex < intrinsicSize;
      if (plainWords?.has(word, category) && (lowerIsOwn || kept.has(lowerIndex))) {
        kept.add(index);
        if (lowerIndex >= before) kept.add(lowerIndex);
        return index;
      }
      // The lower case's features are reused with the word's only when they were computed
      // with them, or come with the model.
      if (!lowerIsOwn) return index;
      if (!words) {
        words = new Map();
        byCategory.set(category, words);
      }
      words.set(word, { index, lower: lower === word ? undefined : lower, lowerIndex });
      return index;
    };
  }
}

/** The parts of the model's tokenizer tables that tell how a run of letters is read. */
interface TokenizerTables {
  /** Token categories by name (`word`, `currency`…). */
  readonly tcat: { readonly hash: Readonly<Record<string, number>> };
  /** The recursive tokenizer's rules: pattern, flags and the category of what it matches. */
  readonly trex: { readonly rtc: readonly (readonly [string, string, number])[] };
}

/** Whether a code unit is a letter wink's tokenizer reads as part of a word (ASCII or Latin-1). */
function isWordLetter(code: number): boolean {
  if (code < 0xc0) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  return code <= 0xff && code !== 0xd7 && code !== 0xf7;
}

/**
 * The words wink reads the same whether or not its lexeme table holds them: runs of letters stored
 * as words, except those a rule of the model's recursive tokenizer reads as another category
 * (`USD` inside `USD115` is a currency).
 */
class PlainWords {
  private readonly wordCategory: number;
  private readonly otherReadings: RegExp[] = [];

  constructor(tables: TokenizerTables) {
    this.wordCategory = tables.tcat.hash.word ?? -1;
    for (const [pattern, flags, category] of tables.trex.rtc) {
      if (category !== this.wordCategory)
        this.otherReadings.push(new RegExp(`^(?:${pattern})$`, flags.replace('g', '')));
    }
  }

  /** Whether `word`, stored under `category`, is a plain word. */
  has(word: string, category: number): boolean {
    if (category !== this.wordCategory || word.length === 0) return false;
    for (let i = 0; i < word.length; i++) if (!isWordLetter(word.charCodeAt(i))) return false;
    for (const reading of this.otherReadings) if (reading.test(word)) return false;
    return true;
  }
}

/** The wink instance, the words it has read, and the reader of its documents' token tables. */
interface WinkInstance {
  readonly nlp: WinkMethods;
  readonly wordsRead: WordsRead;
  /** Absent when the probe text read through it did not match wink's own `out`. */
  readonly columns: TokenColumnsReader | undefined;
}

/** The instance without wink's entity recognizer (index 0) and the one with it (index 1). */
const instances: [WinkInstance | undefined, WinkInstance | undefined] = [undefined, undefined];

/**
 * Unknown words an instance may have stored before a new one is made: wink keeps each one's
 * features, a few dozen bytes that it never gives back; a new instance costs about 60 ms.
 */
const WORDS_READ_PER_INSTANCE = 200_000;

/** A word no model knows, read once so that wink hands over its lexeme cache. */
const UNKNOWN_WORD = 'Qxzqjvkw';

/**
 * A text with a token of most categories and parts of speech, read once by each new instance to
 * check that its documents' token tables read as wink's own `out` does.
 */
const COLUMNS_PROBE =
  "Dr. Lewis didn't say: 'We'll pay $5.5m (20%) by 3:30pm on 1st May!' Mail ann@example.com, " +
  'see https://example.com/a or #news @desk :) \u{1F600}\nIt ran 10km... Then she left.';

/** The token columns of `doc`, read through wink's `out`. */
function columnsOut(nlp: WinkMethods, doc: ReturnType<WinkMethods['readDoc']>): TokenColumns {
  const { its } = nlp;
  const tokens = doc.tokens();
  return {
    values: tokens.out(its.value) as string[],
    kinds: tokens.out(its.type) as string[],
    tags: tokens.out(its.pos) as string[],
    sentenceStarts: (doc.sentences().out(its.span) as unknown as [number, number][]).map((s) => s[0]),
  };
}

function winkInstance(withEntities: boolean): WinkInstance {
  const slot = withEntities ? 1 : 0;
  let instance = instances[slot];
  if (!instance) {
    // wink makes its own copy of the model's tables (`core()`); keep a hold of its lexeme
    // table. Its lexeme cache is handed to the model's feature functions as their third
    // argument; wrap them until it has been.
    let core: ({ features: { lexeme: LexemeTable } } & Partial<TokenizerTables>) | undefined;
    let cache: LexemeCache | undefined;
    const source = model as unknown as {
      core: () => typeof core;
      featureFn: (config: unknown) => Record<string, (...args: unknown[]) => unknown>;
      pos: () => TaggingModel;
    };
    const featureFn = (config: unknown) => {
      const features = source.featureFn(config);
      const wrapped: Record<string, (...args: unknown[]) => unknown> = Object.create(null);
      for (const [name, feature] of Object.entries(features)) {
        wrapped[name] = (...args: unknown[]) => {
          if (!cache) {
            cache = args[2] as LexemeCache | undefined;
            Object.assign(wrapped, features);
          }
          return feature(...args);
        };
      }
      return wrapped;
    };
    // The model's part-of-speech setter is handed the raw document at the end of tagging; wrapped,
    // it shows the document's token table to `columns` (see token-columns.ts).
    const columns = new TokenColumnsReader();
    const pos = posShowingTables(source, columns);
    const nlp = winkNLP(
      { ...model, core: () => (core = source.core()), featureFn, pos } as unknown as typeof model,
      pipeOf(withEntities),
    );
    if (!core) throw new Error('copydesk: wink did not read its model');
    const lexemes = core.features.lexeme;
    const known = lexemes.list.length;
    nlp.readDoc(UNKNOWN_WORD);
    // Read before `add` is wrapped, so that the probe's own words are simply forgotten.
    const probe = nlp.readDoc(COLUMNS_PROBE);
    const raw = columns.take(probe.tokens().length());
    const agrees = raw !== undefined && columns.agreesWith(raw, columnsOut(nlp, probe));
    const tables = core.tcat && core.trex ? (core as TokenizerTables) : undefined;
    const wordsRead = new WordsRead(
      lexemes,
      typeof cache?.add === 'function' ? cache : undefined,
      known,
      tables ? new PlainWords(tables) : undefined,
    );
    wordsRead.forgetText();
    instance = { nlp, wordsRead, columns: agrees ? columns : undefined };
    instances[slot] = instance;
  }
  return instance;
}

/**
 * The shared wink instance, created on first use: by default the one the extractors read with,
 * which does not run wink's entity recognizer.
 *
 * @internal
 */
export function wink(withEntities = false): WinkMethods {
  return winkInstance(withEntities).nlp;
}

/**
 * Whether parses by the instance with or without wink's entities read its documents' token tables
 * directly (see token-columns.ts) rather than through `out`.
 *
 * @internal
 */
export function readsTokenTables(withEntities = false): boolean {
  return winkInstance(withEntities).columns !== undefined;
}

/**
 * Whether the extractors' wink instance knows `word` between texts: a word of the model, or a
 * plain word kept from an earlier text (see {@link WordsRead}).
 *
 * @internal
 */
export function isWordKnown(word: string): boolean {
  return winkInstance(false).wordsRead.knows(word);
}

/**
 * How far past the expected position a token's text is looked for when it does not stand right
 * after the spaces that follow the previous token (it always has on real text; the bound keeps
 * the alignment linear on anything else).
 */
const SEARCH_WINDOW = 64;

/**
 * The characters wink's tokenizer splits on and counts as a token's preceding spaces (its
 * `rgxSplitter`); line breaks and tabs are tokens of their own.
 */
function isWinkSpace(code: number): boolean {
  if (code === 0x20) return true;
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    (code >= 0x2002 && code <= 0x2005) ||
    code === 0x2009 ||
    code === 0x200a ||
    code === 0x202f ||
    code === 0x205f
  );
}

/**
 * Runs of non-space characters longer than this are not given to wink: its tokenizer takes time
 * quadratic in the length of such a run (a 100,000-letter "word" takes seconds). No word of
 * running text comes near it; base64 blobs, long URLs and unspaced scripts do.
 */
const MAX_RUN = 128;

function isLineBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029;
}

/** Whether a code unit is a letter of the Latin Extended blocks (ğ, ł, ő, ș, ễ…). */
function isExtendedLatin(code: number): boolean {
  return (code >= 0x100 && code <= 0x24f) || (code >= 0x1e00 && code <= 0x1eff);
}

/**
 * Hand-made bases of the extended Latin letters that have no canonical decomposition (Ł, Đ, Ħ,
 * ı, Ŧ, Œ…); every other one is given the first letter of its decomposition (ğ → g).
 */
const UNDECOMPOSED_BASES: Readonly<Record<string, string>> = {
  Đ: 'D',
  đ: 'd',
  Ħ: 'H',
  ħ: 'h',
  ı: 'i',
  Ŀ: 'L',
  ŀ: 'l',
  Ł: 'L',
  ł: 'l',
  Ŋ: 'N',
  ŋ: 'n',
  Œ: 'O',
  œ: 'o',
  Ŧ: 'T',
  ŧ: 't',
  ƒ: 'f',
};

const latinBases = new Map<number, string>();

/**
 * The ASCII letter wink reads in place of an extended Latin letter. wink's tokenizer knows the
 * letters of Latin-1 only: it cuts "Erdoğan" into "Erdo", "ğ", "an" and "Łukasz" into "Ł",
 * "ukasz", so names of half of Europe and of Vietnam would be lost. Put in the base letter, the
 * word stays one token (the token's text is taken from the caller's string).
 */
function latinBase(code: number): string {
  let base = latinBases.get(code);
  if (base === undefined) {
    const letter = String.fromCharCode(code);
    const first = letter.normalize('NFD').charAt(0);
    const upper = letter.toLowerCase() !== letter;
    base = UNDECOMPOSED_BASES[letter] ?? (/^[A-Za-z]$/.test(first) ? first : upper ? 'A' : 'a');
    latinBases.set(code, base);
  }
  return base;
}

/** The string wink reads (see {@link winkInput}). */
interface WinkInput {
  /** The text, as long as the caller's, rewritten where wink would stumble. */
  readonly input: string;
  /** Runs of non-space characters too long for wink, replaced by spaces. */
  readonly runs: [number, number][];
  /** Offsets of the extended Latin letters replaced by their base letter, in text order. */
  readonly letters: number[];
}

/**
 * The string wink reads: `text` with each long run replaced by as many spaces, each extended
 * Latin letter by its base letter (see {@link latinBase}), and each run of white space longer
 * than two characters that is not all plain spaces replaced by spaces ending in one line break (or
 * by spaces alone). Lengths never change, so every offset into it is an offset into `text`. The
 * white-space rewrite is needed because wink's sentence and tagging passes take time quadratic in
 * the number of consecutive white-space tokens (200,000 characters of " \n" take minutes); line
 * breaks are read from `text` itself, so nothing is lost.
 */
function winkInput(text: string): WinkInput {
  const runs: [number, number][] = [];
  const letters: number[] = [];
  const parts: string[] = [];
  let from = 0;
  let i = 0;
  while (i < text.length) {
    let end = i;
    if (!isWhitespace(text.charCodeAt(i))) {
      const lettersBefore = letters.length;
      for (; end < text.length; end++) {
        const code = text.charCodeAt(end);
        if (isWhitespace(code)) break;
        if (code >= 0x100 && isExtendedLatin(code)) letters.push(end);
      }
      if (end - i > MAX_RUN) {
        letters.length = lettersBefore;
        runs.push([i, end]);
        parts.push(text.slice(from, i), ' '.repeat(end - i));
        from = end;
      } else {
        for (let k = lettersBefore; k < letters.length; k++) {
          const at = letters[k] as number;
          parts.push(text.slice(from, at), latinBase(text.charCodeAt(at)));
          from = at + 1;
        }
      }
      i = end;
      continue;
    }
    let plain = true;
    let lineBreak = false;
    while (end < text.length && isWhitespace(text.charCodeAt(end))) {
      const code = text.charCodeAt(end);
      if (code !== 0x20) {
        plain = false;
        if (isLineBreak(code)) lineBreak = true;
      }
      end++;
    }
    if (!plain && end - i > 2) {
      parts.push(text.slice(from, i), ' '.repeat(end - i - 1), lineBreak ? '\n' : ' ');
      from = end;
    }
    i = end;
  }
  if (from === 0) return { input: text, runs, letters };
  parts.push(text.slice(from));
  return { input: parts.join(''), runs, letters };
}

/** Whether the text separates any two lines by a blank line. */
function hasBlankLine(text: string): boolean {
  let breaks = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      if (++breaks >= 2) return true;
    } else if (!isWhitespace(c)) breaks = 0;
  }
  return false;
}

function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isWhitespace(text.charCodeAt(i))) return false;
  return true;
}

/** Line breaks between `from` and `to`: 0 (same line), 1 (next line) or 2 (a blank line between). */
function lineBreaksBetween(text: string, from: number, to: number): number {
  let breaks = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x2028 || c === 0x2029) breaks++;
    else if (c === 0x0d) {
      if (text.charCodeAt(i + 1) === 0x0a) i++;
      breaks++;
    }
    if (breaks >= 2) return 2;
  }
  return breaks;
}

/**
 * Reads `text` with wink once and returns its tokens, sentences, paragraphs and wink's own
 * entities with exact UTF-16 offsets into `text`.
 *
 * @param text - Any string.
 * @param options - `entities: false` skips wink's entity recognizer (see {@link ParseOptions}).
 * @returns The parsed text; empty arrays for empty or blank input.
 * @throws TypeError when `text` is not a string.
 *
 * @example
 * ```ts
 * import { parseText } from 'copydesk';
 *
 * const parsed = parseText('Lewis said.\nHe left.');
 * parsed.tokens.map((t) => t.text); // ['Lewis', 'said', '.', 'He', 'left', '.']
 * parsed.sentences.map((s) => s.text); // ['Lewis said.', 'He left.']
 * ```
 */
export function parseText(text: string, options?: ParseOptions): ParsedText {
  assertText('parseText', 'text', text);
  assertOptions('parseText', options);
  if (text.length === 0) return { text, tokens: [], sentences: [], paragraphs: [], entities: [] };
  const withEntities = options?.entities ?? true;
  const current = winkInstance(withEntities);
  current.wordsRead.startText();
  try {
    return parseWithWink(text, current);
  } finally {
    current.wordsRead.forgetText();
    const slot = withEntities ? 1 : 0;
    if (current.wordsRead.size > WORDS_READ_PER_INSTANCE && instances[slot] === current)
      instances[slot] = undefined;
  }
}

/**
 * The parse copydesk's extractors read: {@link parseText} without wink's entities, which none of
 * them uses.
 *
 * @internal
 */
export function parseForExtractors(text: string): ParsedText {
  return parseText(text, EXTRACTORS_PARSE);
}

const EXTRACTORS_PARSE: ParseOptions = { entities: false };

/**
 * Whether the token at `start` is a name's first word right after a title abbreviated with a full
 * stop on the same line (`Rev. Al Ortiz`, `Maj. Gen. Ana Ruiz`), where wink's splitter ends a
 * sentence for the titles it does not know as abbreviations.
 */
function followsTitleAbbreviation(tokens: readonly Token[], text: string, start: number): boolean {
  const stop = tokens[tokens.length - 1];
  const title = tokens[tokens.length - 2];
  if (stop?.text !== '.' || title === undefined || title.end !== stop.start) return false;
  const code = text.charCodeAt(start);
  if (!(code >= 0x41 && code <= 0x5a)) return false;
  for (let i = stop.end; i < start; i++) if (text.charCodeAt(i) !== 0x20) return false;
  return TITLE_ABBREVIATIONS.has(title.text.toLowerCase());
}

/** The parse of a non-empty text, read by wink (see {@link parseText}). */
function parseWithWink(text: string, instance: WinkInstance): ParsedText {
  const { nlp, columns } = instance;
  const its = nlp.its;
  const { input, runs, letters } = winkInput(text);
  const doc = nlp.readDoc(input);
  // Pages written with one paragraph a line (no blank lines anywhere) break paragraphs at
  // every line break; pages with blank lines break them only there.
  const paragraphBreaks = hasBlankLine(text) ? 2 : 1;
  const all = doc.tokens();
  const raw = columns?.take(all.length());
  const { values, kinds, tags, sentenceStarts } = raw && columns ? columns.read(raw) : columnsOut(nlp, doc);
  const winkEntities = doc.entities();
  const entityTypes = winkEntities.out(its.type) as string[];
  const entitySpans = winkEntities.out(its.span) as unknown as [number, number][];

  // Which wink entity each wink token belongs to; none when wink was not asked for entities (the
  // extractors' parse), which then allocates nothing per token for them.
  const entityOf = entitySpans.length > 0 ? new Int32Array(values.length).fill(-1) : undefined;
  if (entityOf) {
    entitySpans.forEach((span, e) => {
      for (let t = span[0]; t <= span[1] && t < values.length; t++) entityOf[t] = e;
    });
  }

  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  const paragraphs: Paragraph[] = [];
  const entityStart = new Int32Array(entitySpans.length).fill(-1);
  const entityEnd = new Int32Array(entitySpans.length).fill(-1);

  let cursor = 0;
  let pendingSentenceBreak = true;
  let sentenceFirstToken = 0;
  let paragraphFirstSentence = 0;
  let nextRun = 0;
  let nextLetter = 0;

  const closeSentence = (endToken: number): void => {
    if (endToken <= sentenceFirstToken) return;
    const first = tokens[sentenceFirstToken] as Token;
    const last = tokens[endToken - 1] as Token;
    sentences.push({
      text: text.slice(first.start, last.end),
      start: first.start,
      end: last.end,
      firstToken: sentenceFirstToken,
      endToken,
      paragraph: paragraphs.length,
    });
    sentenceFirstToken = endToken;
  };
  const closeParagraph = (): void => {
    if (sentences.length <= paragraphFirstSentence) return;
    const first = sentences[paragraphFirstSentence] as Sentence;
    const last = sentences[sentences.length - 1] as Sentence;
    paragraphs.push({
      text: text.slice(first.start, last.end),
      start: first.start,
      end: last.end,
      firstSentence: paragraphFirstSentence,
      endSentence: sentences.length,
    });
    paragraphFirstSentence = sentences.length;
  };

  // Opens a new sentence (and paragraph) before a token at `start` when a boundary lies before it.
  const breakBefore = (start: number): void => {
    const previous = tokens[tokens.length - 1];
    if (previous) {
      const breaks = lineBreaksBetween(text, previous.end, start);
      if (pendingSentenceBreak || breaks > 0) closeSentence(tokens.length);
      if (breaks >= paragraphBreaks) closeParagraph();
    }
    pendingSentenceBreak = false;
  };
  // A long run wink never saw becomes one token of its own.
  const pushRunsBefore = (limit: number): void => {
    for (let run = runs[nextRun]; run && run[0] < limit; run = runs[++nextRun]) {
      breakBefore(run[0]);
      pendingSentenceBreak = true;
      tokens.push({
        text: text.slice(run[0], run[1]),
        start: run[0],
        end: run[1],
        pos: 'X',
        kind: 'long',
        entity: -1,
        sentence: sentences.length,
      });
    }
  };

  // A token stands right after the spaces that follow the previous one. They are skipped here
  // rather than counted by wink: reading `its.precedingSpaces` for every token makes a string of
  // spaces per token, and wink caps the count at 65,534, which lost every later token of a page
  // with a longer run of blanked-out furniture. `skippedFrom` is where the last skip began, so
  // a token that cannot be placed does not make the next one skip the same spaces again.
  let skippedFrom = -1;
  let expected = 0;
  // wink's sentences are in token order: the next one to open is the one at `nextSentence`, and
  // the tokens that open one make our sentences follow wink's boundaries.
  let nextSentence = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] as string;
    while ((sentenceStarts[nextSentence] ?? values.length) < i) nextSentence++;
    if (sentenceStarts[nextSentence] === i) pendingSentenceBreak = true;
    if (value.length === 0) continue;
    if (skippedFrom !== cursor) {
      skippedFrom = cursor;
      expected = cursor;
      while (expected < input.length && isWinkSpace(input.charCodeAt(expected))) expected++;
    }
    let start = -1;
    if (input.startsWith(value, expected)) start = expected;
    else {
      // Not right after the spaces (wink dropped or changed a character): look for it from the
      // cursor, as far as wink's own count of the spaces before it says, and a little further.
      const spaces = (all.itemAt(i).out(its.precedingSpaces) as string).length;
      const found = input.slice(cursor, cursor + spaces + value.length + SEARCH_WINDOW).indexOf(value);
      if (found >= 0) start = cursor + found;
    }
    if (start < 0) continue; // wink changed the text of this token; it cannot be placed exactly
    cursor = start + value.length;
    // A token that starts with a visible character is not blank: test the rest only otherwise.
    if (isWhitespace(value.charCodeAt(0)) && isBlank(value)) continue;

    pushRunsBefore(start);
    if (pendingSentenceBreak && followsTitleAbbreviation(tokens, text, start)) pendingSentenceBreak = false;
    breakBefore(start);
    const e = entityOf === undefined ? -1 : (entityOf[i] as number);
    if (e >= 0) {
      if (entityStart[e] === -1) entityStart[e] = tokens.length;
      entityEnd[e] = tokens.length + 1;
    }
    // A token with a letter wink read as its base letter takes its text from the caller's string.
    while (nextLetter < letters.length && (letters[nextLetter] as number) < start) nextLetter++;
    const rewritten = nextLetter < letters.length && (letters[nextLetter] as number) < cursor;
    tokens.push({
      text: rewritten ? text.slice(start, cursor) : value,
      start,
      end: cursor,
      pos: (tags[i] as PartOfSpeech | undefined) ?? 'X',
      kind: kinds[i] ?? 'word',
      entity: e,
      sentence: sentences.length,
    });
  }
  pushRunsBefore(Number.POSITIVE_INFINITY);
  closeSentence(tokens.length);
  closeParagraph();

  // Keep the wink entities that could be placed, renumbered, and point tokens at them.
  const entities: WinkEntity[] = [];
  const renumber = new Int32Array(entitySpans.length).fill(-1);
  for (let e = 0; e < entitySpans.length; e++) {
    const first = entityStart[e] as number;
    const end = entityEnd[e] as number;
    if (first < 0) continue;
    const a = tokens[first] as Token;
    const b = tokens[end - 1] as Token;
    renumber[e] = entities.length;
    entities.push({
      type: String(entityTypes[e] ?? 'UNKNOWN').toUpperCase(),
      text: text.slice(a.start, b.end),
      start: a.start,
      end: b.end,
      firstToken: first,
      endToken: end,
    });
  }
  const placed =
    entities.length === entitySpans.length
      ? tokens
      : tokens.map((t) => (t.entity < 0 ? t : { ...t, entity: renumber[t.entity] as number }));

  return { text, tokens: placed, sentences, paragraphs, entities };
}
