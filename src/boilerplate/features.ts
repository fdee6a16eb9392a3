/**
 * Cheap per-line measurements, from one hand-written scan of the line: word and letter counts,
 * function words, capitalised words, sentence punctuation, separators and script. No tokenizer
 * or tagger is involved, so stripping runs at many megabytes a second.
 *
 * @module
 * @internal
 */

import { isAsciiDigit } from '../chars.js';
import { scriptOf } from '../language/script.js';
import type { Script } from '../types.js';
import { STOP_WORDS } from './data/stopwords.js';
import { HASH_BITS, hashOf, WordTable } from './word-table.js';

/** What one line looks like. */
export interface LineFeatures {
  /** Length of the trimmed line in UTF-16 units. */
  readonly length: number;
  /** Runs of letters or digits (for CJK text, every two CJK characters count as a word). */
  readonly words: number;
  /** Words that contain a letter. */
  readonly letterWords: number;
  /** Words that are function words (see `data/stopwords.ts`). */
  readonly stopWords: number;
  /** Letter words that start with a capital letter. */
  readonly capitalised: number;
  /** Letters in CJK scripts (Han, kana, Hangul). */
  readonly cjkLetters: number;
  /** All letters. */
  readonly letters: number;
  /** Digits. */
  readonly digits: number;
  /** Sentence-ending punctuation (`.!?…。！？`) anywhere in the line. */
  readonly sentenceMarks: number;
  /** Commas, semicolons and their CJK forms. */
  readonly commas: number;
  /** Whether the line ends like a sentence (punctuation, possibly followed by a closing quote). */
  readonly endsSentence: boolean;
  /** Menu separators: `|`, `•`, `·`, `›`, `»`, `/`, `>`. */
  readonly separators: number;
  /** The script most of its letters are in (`None` without letters). */
  readonly script: Script;
  /** Letters per script, or null when all letters are Latin (or there are none): most lines. */
  readonly scripts: ReadonlyMap<Script, number> | null;
  /**
   * Topic words: lower-cased words of four letters or more, cut to their first six letters, each
   * as a 30-bit hash of those letters (a number is kept and compared without allocating; two
   * words sharing a hash is rare and only blurs an overlap share).
   */
  readonly topicWords: readonly number[];
}

const CLOSERS = new Set([0x22, 0x27, 0x29, 0x5d, 0x2019, 0x201d, 0xbb, 0x300d, 0x300f, 0xff09]);
const SENTENCE_ENDS = new Set([0x2e, 0x21, 0x3f, 0x2026, 0x3002, 0xff01, 0xff1f, 0xff0e]);
const COMMAS = new Set([0x2c, 0x3b, 0x3001, 0xff0c, 0xff1b, 0x060c]);
const SEPARATORS = new Set([0x7c, 0x2022, 0xb7, 0x203a, 0xbb, 0x2f, 0x3e, 0x25b6, 0x2192]);

// What a code unit is to the scan, from one table lookup (the scan's hot path): a letter by its
// script, a digit, a mark that joins a word, or the punctuation that is counted.
const OTHER = 0;
const LATIN = 1;
/** A letter of a script with spaces other than Latin and Hangul (Cyrillic, Greek, Arabic…). */
const SPACED = 2;
const HANGUL = 3;
/** Han and kana: no spaces, two characters count as a word. */
const CJK = 4;
const DIGIT = 5;
/** Apostrophes, combining marks, `_`, `-` and the soft hyphen: part of a word inside one. */
const JOIN = 6;
const SENTENCE_END = 7;
const FULL_STOP = 8;
const COMMA = 9;
const SEPARATOR = 10;
const SPACE = 11;

/** Kind of a code point outside the Basic Multilingual Plane (a letter by its script, or other). */
function kindOfScript(script: Script | null): number {
  if (script === null) return OTHER;
  if (script === 'Latin') return LATIN;
  if (script === 'Hangul') return HANGUL;
  return script === 'Han' || script === 'Hiragana' || script === 'Katakana' ? CJK : SPACED;
}

let kinds: Uint8Array | null = null;

/** The kind of every BMP code unit, built on first use (64 KB, about a millisecond). */
function kindTable(): Uint8Array {
  if (kinds !== null) return kinds;
  const table = new Uint8Array(0x10000);
  for (let code = 0x41; code < 0x10000; code++) table[code] = kindOfScript(scriptOf(code));
  for (let code = 0x30; code <= 0x39; code++) table[code] = DIGIT;
  // Punctuation counts only where the code unit is no letter (U+060C, the Arabic comma, lies in
  // the Arabic block and counts as a letter).
  const mark = (codes: Iterable<number>, kind: number): void => {
    for (const code of codes) if (table[code] === OTHER) table[code] = kind;
  };
  mark(
    Array.from({ length: 0x70 }, (_, i) => 0x300 + i),
    JOIN,
  );
  mark([0x27, 0x2019, 0x5f, 0x2d, 0xad], JOIN);
  mark(SEPARATORS, SEPARATOR);
  mark(COMMAS, COMMA);
  mark(
    [...SENTENCE_ENDS].filter((code) => code !== 0x2e),
    SENTENCE_END,
  );
  mark([0x2e], FULL_STOP);
  mark([0x20], SPACE);
  kinds = table;
  return table;
}

/** The function words, built on first use. */
let stopWordTable: WordTable | null = null;

function hashOfString(text: string): number {
  return hashOf(text, 0, text.length);
}

/** Measures one trimmed line (`lowerCased`: `text.toLowerCase()` when the caller has it). Linear in its length. */
export function measureLine(text: string, lowerCased?: string): LineFeatures {
  const length = text.length;
  // Lower-case once per line; per-word lower-casing is the costliest step otherwise. A few
  // characters change length when lower-cased (U+0130): then fall back to per-word.
  const wholeLower = lowerCased ?? text.toLowerCase();
  const lower = wholeLower.length === length ? wholeLower : null;
  const table = kindTable();
  stopWordTable ??= new WordTable(STOP_WORDS);
  const functionWords = stopWordTable;
  let words = 0;
  let letterWords = 0;
  let stopWords = 0;
  let capitalised = 0;
  let cjkLetters = 0;
  let letters = 0;
  let digits = 0;
  let sentenceMarks = 0;
  let commas = 0;
  let separators = 0;
  let scriptCounts: Map<Script, number> | null = null;
  const topicWords: number[] = [];
  let latin = 0;

  let wordStart = -1;
  let wordLetters = 0;
  let wordCapital = false;
  // A word that opens with a run of Latin letters gets its hashes in the run's loop: of the
  // whole run and of its first six letters, valid while the word ends where the run does
  // (`hashedEnd`; -1 for none). Most words are such runs, and each is then read once.
  let hashedEnd = -1;
  let wordHash = 0;
  let wordHash6 = 0;
  // The scan reads the lower-cased copy: a line is a slice of the page, and reading a slice is a
  // third slower than reading the fresh string toLowerCase returns. Case is read from `text` at
  // word starts only.
  const scan = lower ?? text;
  // One pass; position `length` acts as a final separator that closes the last word.
  for (let i = 0; i <= length; i++) {
    let code = i < length ? scan.charCodeAt(i) : 0x20;
    const at = i;
    let kind: number;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < length) {
      const low = scan.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        i++;
        kind = kindOfScript(scriptOf(code));
      } else kind = OTHER;
    } else kind = table[code] as number;
    if (kind === SPACE && wordStart < 0) continue; // the commonest character: nothing to count
    const inWord = (kind >= LATIN && kind <= HANGUL) || kind === DIGIT || (wordStart >= 0 && kind === JOIN);
    if (!inWord && wordStart >= 0) {
      // Close the word that ends here.
      words++;
      if (wordLetters > 0) {
        letterWords++;
        if (wordCapital) capitalised++;
        const hashed = hashedEnd === at;
        if (at - wordStart <= 12) {
          const stop = lower
            ? functionWords.hasAt(lower, wordStart, at, hashed ? wordHash : hashOf(lower, wordStart, at))
            : STOP_WORDS.has(text.slice(wordStart, at).toLowerCase());
          if (stop) stopWords++;
          else if (wordLetters >= 4) {
            topicWords.push(
              lower
                ? hashed
                  ? wordHash6
                  : hashOf(lower, wordStart, Math.min(at, wordStart + 6))
                : hashOfString(text.slice(wordStart, at).toLowerCase().slice(0, 6)),
            );
          }
        } else if (wordLetters >= 4) {
          topicWords.push(
            lower
              ? hashed
                ? wordHash6
                : hashOf(lower, wordStart, wordStart + 6)
              : hashOfString(text.slice(wordStart, wordStart + 6).toLowerCase()),
          );
        }
      }
      wordStart = -1;
      wordLetters = 0;
      hashedEnd = -1;
    }
    if (kind >= LATIN && kind <= CJK) {
      letters++;
      if (kind === LATIN) latin++;
      else {
        const script = scriptOf(code) as Script;
        scriptCounts ??= new Map<Script, number>();
        scriptCounts.set(script, (scriptCounts.get(script) ?? 0) + 1);
      }
      if (kind === CJK) {
        // Chinese and Japanese have no spaces: count two characters as one word.
        cjkLetters++;
        if (cjkLetters % 2 === 1) {
          words++;
          letterWords++;
        }
        continue;
      }
      if (kind === HANGUL) cjkLetters++;
      const opens = wordStart < 0;
      if (opens) {
        wordStart = at;
        // A lower-case ASCII letter stands for A–Z, a–z or the Kelvin sign (U+0130 changes the
        // length, and then `lower` is null): capital exactly when the original differs.
        wordCapital =
          lower === null
            ? isUpper(code)
            : code >= 0x61 && code <= 0x7a
              ? text.charCodeAt(at) !== code
              : isUpper(text.codePointAt(at) as number);
      }
      wordLetters++;
      if (kind === LATIN) {
        // The Latin letters that follow only add to the counts: take them in a tight loop
        // instead of a turn of the full one each (most of a page's code units are such letters).
        let next = i + 1;
        if (opens && at === i) {
          // The word's hashes (see `hashedEnd`), as hashOf computes them.
          let h = code;
          let h6 = 0;
          for (; next < length; next++) {
            const c = scan.charCodeAt(next);
            if (table[c] !== LATIN) break;
            if (next - at === 6) h6 = h;
            h = (Math.imul(h, 31) + c) | 0;
          }
          wordHash = h & HASH_BITS;
          wordHash6 = (next - at <= 6 ? h : h6) & HASH_BITS;
          hashedEnd = next;
        } else while (next < length && table[scan.charCodeAt(next)] === LATIN) next++;
        const run = next - i - 1;
        letters += run;
        latin += run;
        wordLetters += run;
        i = next - 1;
      }
      continue;
    }
    if (kind === DIGIT) {
      digits++;
      if (wordStart < 0) {
        wordStart = at;
        wordCapital = false;
      }
      continue;
    }
    if (inWord || i >= length || kind === SPACE) continue;
    if (kind === FULL_STOP) {
      // A full stop ends a sentence after a lower-case letter or digit, before a space or the
      // end: "U.S. Media" and "Nov. 19" hold no sentence end.
      const before = at > 0 ? text.charCodeAt(at - 1) : 0;
      const after = i + 1 < length ? scan.charCodeAt(i + 1) : 0x20;
      const lowerBefore = (before >= 0x61 && before <= 0x7a) || isAsciiDigit(before) || before >= 0xdf;
      if (lowerBefore && (after === 0x20 || after === 0x22 || after === 0x201d || after === 0xa0))
        sentenceMarks++;
    } else if (kind === SENTENCE_END) sentenceMarks++;
    else if (kind === COMMA) commas++;
    else if (kind === SEPARATOR) separators++;
  }

  let last = length - 1;
  while (last > 0 && CLOSERS.has(text.charCodeAt(last))) last--;
  const endsSentence = last >= 0 && SENTENCE_ENDS.has(text.charCodeAt(last));

  let script: Script = 'None';
  let best = 0;
  if (scriptCounts === null) {
    if (latin > 0) script = 'Latin';
  } else {
    if (latin > 0) scriptCounts.set('Latin', latin);
    for (const [name, count] of scriptCounts) {
      if (count > best) {
        best = count;
        script = name;
      }
    }
  }
  if (script === 'Han' && scriptCounts !== null) {
    const kana = (scriptCounts.get('Hiragana') ?? 0) + (scriptCounts.get('Katakana') ?? 0);
    if (kana >= best * 0.1) script = 'Hiragana';
  }
  if (script === 'Katakana') script = 'Hiragana';
  return {
    length,
    words,
    letterWords,
    stopWords,
    capitalised,
    cjkLetters,
    letters,
    digits,
    sentenceMarks,
    commas,
    endsSentence,
    separators,
    script,
    scripts: scriptCounts,
    topicWords,
  };
}

function isUpper(code: number): boolean {
  if (code >= 0x41 && code <= 0x5a) return true;
  if (code < 0x80) return false;
  const char = String.fromCodePoint(code);
  return char !== char.toLowerCase();
}
