/**
 * The features of one document that survive rewording and translation, computed in one pass
 * over the scan: content-word stems (first five letters of a non-stop word, diacritics removed),
 * character bigrams for scripts without spaces, and language-independent anchors: numbers,
 * names (capitalised words inside a sentence, transliterated to Latin) and URLs.
 *
 * @module
 * @internal
 */
import { scriptOf } from '../language/script.js';
import { STOP_WORD_LANGUAGE, STOP_WORD_LANGUAGES, STOP_WORDS as STOP_WORD_LIST } from './data/stopwords.js';
import { TRANSLITERATION } from './data/transliteration.js';
import { type Scan, type ScannedSentence, scanText } from './tokens.js';

// Token kinds of tokens.ts, repeated as literals for the hot loop below.
const WORD = 0;
const NUMBER = 1;
const CHAR = 2;
const URL = 3;

/** How many leading characters of a word make its stem. */
export const STEM_LENGTH = 5;

/** Feature namespaces (hash seeds). */
const SEED_WORD = 0x57;
const SEED_BIGRAM = 0x43;
const SEED_NUMBER = 0x4e;
const SEED_NAME = 0x50;
const SEED_URL = 0x55;

/** A token with its normalised key and roles. */
export interface FeatureToken {
  readonly start: number;
  readonly end: number;
  readonly kind: number;
  readonly sentence: number;
  /** Normalised form: stem for words, digits for numbers, lower-cased URL. */
  readonly key: string;
  /** A content word (not a stop word, at least three letters) or a number or CJK character. */
  readonly content: boolean;
  /** A capitalised word inside a sentence (a name), or a Latin word inside unspaced text. */
  readonly name: boolean;
}

/** A sentence with its length in characters (white space excluded) for length-based alignment. */
export interface ProfileSentence extends ScannedSentence {
  readonly length: number;
}

/** Everything the comparison and the signature need from one text. */
export interface Profile {
  readonly text: string;
  readonly tokens: readonly FeatureToken[];
  readonly sentences: readonly ProfileSentence[];
  /** Hashes of content stems, bigrams and numbers (the monolingual channel), distinct. */
  readonly words: Uint32Array;
  /** Hashes of numbers, names and URLs (the cross-lingual channel), distinct. */
  readonly anchors: Uint32Array;
  /** Whether most of the letters are in a script written without spaces. */
  readonly unspaced: boolean;
  /**
   * Hashes of the distinct short words (three letters or fewer, lower-cased): mostly function
   * words, so two texts in one language share many and texts in two languages almost none.
   */
  readonly shortWords: Uint32Array;
  /** The script most word tokens start in (`Latin`, `Cyrillic`, `Han`…), or `None`. */
  readonly script: string;
  /**
   * A coarse language code for the candidate search (see `languageCode`): two texts with the same
   * non-zero code are in one language; 0 when it cannot be told.
   */
  readonly language: number;
  /**
   * What the comparison's steps derive from this profile alone (sentence keys, 5-grams, quotes…),
   * kept here the first time a step needs it, so a profile compared with many others pays once.
   * Use {@link remember}.
   */
  readonly memo: Map<string, unknown>;
}

/** The value `make` computes from `profile`, computed once per profile and kept in its memo. */
export function remember<T>(profile: Profile, step: string, make: () => T): T {
  if (profile.memo.has(step)) return profile.memo.get(step) as T;
  const value = make();
  profile.memo.set(step, value);
  return value;
}

/** Stop-word hits from which a text in a spaced script is taken to be in that list's language. */
const LANGUAGE_HITS = 3;
/** Codes of scripts whose texts are told by script alone (no stop-word lists), above 100. */
const SCRIPT_CODES: readonly string[] = [
  'Han',
  'Kana',
  'Hangul',
  'Thai',
  'Arabic',
  'Hebrew',
  'Greek',
  'Devanagari',
];

/**
 * The language code of a text: the stop-word list it hits most (1–11, at least three hits), else
 * 100 + the index of its script in {@link SCRIPT_CODES} for scripts told by script alone, else 0.
 */
function languageCode(hits: Uint32Array, script: string): number {
  let best = 0;
  for (let i = 1; i < hits.length; i++) if (hits[i]! > hits[best]!) best = i;
  if (best > 0 && hits[best]! >= LANGUAGE_HITS) return best;
  const scriptIndex = SCRIPT_CODES.indexOf(script);
  return scriptIndex >= 0 ? 100 + scriptIndex : 0;
}

/** The share of Kana among Han and Kana characters from which a text is Japanese, not Chinese. */
const JAPANESE_KANA_SHARE = 0.1;

/** FNV-1a, as in hash.ts; kept local because it runs once per token. */
function hashString(text: string, seed = 0): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function stripMarks(word: string): string {
  let plain = '';
  for (const ch of word.normalize('NFD')) {
    const code = ch.charCodeAt(0);
    if (code >= 0x300 && code <= 0x36f) continue;
    plain += TRANSLITERATION[ch] ?? ch;
  }
  return plain;
}

/** Lower-cases, strips diacritics (and transliterates names), keeps the stem. */
function normaliseWord(raw: string, transliterate: boolean): string {
  let lower = raw.toLowerCase();
  let ascii = true;
  for (let i = 0; i < lower.length; i++) {
    if (lower.charCodeAt(i) > 0x7f) {
      ascii = false;
      break;
    }
  }
  if (!ascii) {
    if (transliterate) {
      lower = stripMarks(lower);
    } else {
      let plain = '';
      for (const ch of lower.normalize('NFD')) {
        const code = ch.charCodeAt(0);
        if (code < 0x300 || code > 0x36f) plain += ch;
      }
      lower = plain;
    }
  }
  return lower;
}

function numberKey(raw: string): string {
  let digits = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) digits += raw.charAt(i);
    else if (c >= 0xff10 && c <= 0xff19) digits += String.fromCharCode(c - 0xff10 + 0x30);
    else if (c !== 0x2c && c !== 0x2e && c !== 0x20 && c !== 0xa0 && c !== 0x202f && c !== 0x2009)
      digits += raw.charAt(i);
  }
  let k = 0;
  while (k < digits.length - 1 && digits.charCodeAt(k) === 0x30) k++;
  return digits.slice(k);
}

function isHiragana(unit: number): boolean {
  return unit >= 0x3040 && unit <= 0x309f;
}

function distinct(values: number[]): Uint32Array {
  const sorted = Uint32Array.from(values).sort();
  let w = 0;
  for (let r = 0; r < sorted.length; r++) {
    if (r === 0 || sorted[r] !== sorted[r - 1]) sorted[w++] = sorted[r]!;
  }
  return sorted.slice(0, w);
}

/** Builds the profile of `text` from its scan. Linear in the text's length. */
export function profileText(text: string, scan: Scan = scanText(text)): Profile {
  const STOP_WORDS = STOP_WORD_LIST;
  const tokens: FeatureToken[] = [];
  const words: number[] = [];
  const anchors: number[] = [];
  const shortWords: number[] = [];
  const scripts = new Map<string, number>();
  let unspacedChars = 0;
  let letters = 0;
  for (const t of scan.tokens) {
    if (t.kind === CHAR) unspacedChars++;
    else if (t.kind === WORD) letters += t.end - t.start;
  }
  const unspaced = unspacedChars > letters;
  let previousSentence = -1;
  let firstWordSeen = false;
  let previousChar = -1;
  let latinWords = 0;
  const languageHits = new Uint32Array(STOP_WORD_LANGUAGES + 1);
  for (let index = 0; index < scan.tokens.length; index++) {
    const t = scan.tokens[index]!;
    if (t.sentence !== previousSentence) {
      previousSentence = t.sentence;
      firstWordSeen = false;
      previousChar = -1;
    }
    const raw = text.slice(t.start, t.end);
    let key = raw;
    let content = false;
    let name = false;
    if (t.kind === WORD) {
      const firstUnit = raw.charCodeAt(0);
      const latin = firstUnit < 0x250;
      if (latin) latinWords++;
      else countScript(scripts, raw);
      const first = raw.charAt(0);
      const capitalised = first !== first.toLowerCase();
      name = (capitalised && firstWordSeen) || (unspaced && latin);
      const full = normaliseWord(raw, name);
      if (raw.length <= 3) shortWords.push(hashString(full));
      const listed = STOP_WORD_LANGUAGE.get(raw.toLowerCase());
      if (listed !== undefined) languageHits[listed]!++;
      key = full.slice(0, STEM_LENGTH);
      content = full.length >= 3 && !STOP_WORDS.has(full);
      if (content) words.push(hashString(key, SEED_WORD));
      if (name && full.length >= 2) anchors.push(hashString(key, SEED_NAME));
      firstWordSeen = true;
      previousChar = -1;
    } else if (t.kind === NUMBER) {
      key = numberKey(raw);
      content = true;
      words.push(hashString(key, SEED_NUMBER));
      // Single digits are often spelled out in the other text; they anchor nothing.
      if (key.length >= 2) anchors.push(hashString(key, SEED_NUMBER));
      firstWordSeen = true;
      previousChar = -1;
    } else if (t.kind === CHAR) {
      countScript(scripts, raw);
      content = true;
      const unit = text.charCodeAt(t.start);
      if (previousChar >= 0 && scan.tokens[previousChar]!.end === t.start) {
        const before = text.charCodeAt(scan.tokens[previousChar]!.start);
        // Bigrams of two Hiragana letters are grammar (particles, endings), not content.
        if (!(isHiragana(unit) && isHiragana(before))) {
          words.push(hashString(text.slice(scan.tokens[previousChar]!.start, t.end), SEED_BIGRAM));
        }
      }
      previousChar = index;
      firstWordSeen = true;
    } else if (t.kind === URL) {
      key = raw.toLowerCase();
      anchors.push(hashString(key, SEED_URL));
      words.push(hashString(key, SEED_URL));
      previousChar = -1;
    }
    tokens.push({ start: t.start, end: t.end, kind: t.kind, sentence: t.sentence, key, content, name });
  }
  if (latinWords > 0) scripts.set('Latin', (scripts.get('Latin') ?? 0) + latinWords);
  // Japanese writes most content words in Han characters and its grammar in Kana: a text with a
  // real share of Kana is Japanese whichever of the two it has more of, so two Japanese texts never
  // look like Chinese against Japanese.
  const han = scripts.get('Han') ?? 0;
  const kana = scripts.get('Kana') ?? 0;
  if (kana > 0 && han > 0) {
    scripts.delete('Han');
    scripts.set(kana >= JAPANESE_KANA_SHARE * (han + kana) ? 'Kana' : 'Han', han + kana);
  }
  let script = 'None';
  let most = 0;
  for (const [family, count] of scripts) {
    if (count > most) {
      most = count;
      script = family;
    }
  }
  const sentences: ProfileSentence[] = scan.sentences.map((s) => {
    let length = 0;
    for (let k = s.firstToken; k < s.endToken; k++) {
      const t = scan.tokens[k]!;
      length += t.end - t.start;
    }
    return { ...s, length };
  });
  return {
    text,
    tokens,
    sentences,
    words: distinct(words),
    anchors: distinct(anchors),
    unspaced,
    shortWords: distinct(shortWords),
    script,
    language: languageCode(languageHits, script),
    memo: new Map(),
  };
}

/** Counts one non-Latin token towards its script (Hiragana and Katakana together as Kana). */
function countScript(scripts: Map<string, number>, raw: string): void {
  const script = scriptOf(raw.codePointAt(0) ?? 0) ?? 'Other';
  const family = script === 'Hiragana' || script === 'Katakana' ? 'Kana' : script;
  scripts.set(family, (scripts.get(family) ?? 0) + 1);
}
