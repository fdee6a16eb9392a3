/**
 * Cheap per-line measurements, from one hand-written scan of the line: word and letter counts,
 * function words, capitalised words, sentence punctuation, separators and script. No tokenizer
 * or tagger is involved, so stripping runs at many megabytes a second.
 *
 * @module
 * @internal
 */
import { scriptOf } from '../language/script.js';
import type { Script } from '../types.js';
import { STOP_WORDS } from './data/stopwords.js';

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
  /** Lower-cased words of four letters or more, cut to their first six letters (topic words). */
  readonly topicWords: readonly string[];
}

const CLOSERS = new Set([0x22, 0x27, 0x29, 0x5d, 0x2019, 0x201d, 0xbb, 0x300d, 0x300f, 0xff09]);
const SENTENCE_ENDS = new Set([0x2e, 0x21, 0x3f, 0x2026, 0x3002, 0xff01, 0xff1f, 0xff0e]);
const COMMAS = new Set([0x2c, 0x3b, 0x3001, 0xff0c, 0xff1b, 0x060c]);
const SEPARATORS = new Set([0x7c, 0x2022, 0xb7, 0x203a, 0xbb, 0x2f, 0x3e, 0x25b6, 0x2192]);

function isCjk(script: Script | null): boolean {
  return script === 'Han' || script === 'Hiragana' || script === 'Katakana' || script === 'Hangul';
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** Letters that scriptOf does not know but that still make words (combining marks, etc.). */
function isWordMark(code: number): boolean {
  return (code >= 0x300 && code <= 0x36f) || code === 0x5f || code === 0x2d || code === 0xad;
}

/** Measures one trimmed line (`lowerCased`: `text.toLowerCase()` when the caller has it). Linear in its length. */
export function measureLine(text: string, lowerCased?: string): LineFeatures {
  const length = text.length;
  // Lower-case once per line; per-word lower-casing is the costliest step otherwise. A few
  // characters change length when lower-cased (U+0130): then fall back to per-word.
  const wholeLower = lowerCased ?? text.toLowerCase();
  const lower = wholeLower.length === length ? wholeLower : null;
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
  const topicWords: string[] = [];
  let latin = 0;

  let wordStart = -1;
  let wordLetters = 0;
  let wordCapital = false;
  // One pass; position `length` acts as a final separator that closes the last word.
  for (let i = 0; i <= length; i++) {
    let code = i < length ? text.charCodeAt(i) : 0x20;
    const at = i;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        i++;
      }
    }
    if (code === 0x20 && wordStart < 0) continue; // the commonest character: nothing to count
    const script = code < 0x41 ? null : code < 0x80 ? asciiScript(code) : scriptOf(code);
    const digit = script === null && isDigit(code);
    const cjk = script !== null && isCjk(script) && script !== 'Hangul';
    const inWord =
      (script !== null && !cjk) ||
      digit ||
      (wordStart >= 0 && (code === 0x27 || code === 0x2019 || isWordMark(code)));
    if (!inWord && wordStart >= 0) {
      // Close the word that ends here.
      words++;
      if (wordLetters > 0) {
        letterWords++;
        if (wordCapital) capitalised++;
        if (at - wordStart <= 12) {
          const word = lower ? lower.slice(wordStart, at) : text.slice(wordStart, at).toLowerCase();
          if (STOP_WORDS.has(word)) stopWords++;
          else if (wordLetters >= 4) topicWords.push(word.length > 6 ? word.slice(0, 6) : word);
        } else if (wordLetters >= 4) {
          topicWords.push(
            lower
              ? lower.slice(wordStart, wordStart + 6)
              : text.slice(wordStart, wordStart + 6).toLowerCase(),
          );
        }
      }
      wordStart = -1;
      wordLetters = 0;
    }
    if (script !== null) {
      letters++;
      if (script === 'Latin') latin++;
      else {
        scriptCounts ??= new Map<Script, number>();
        scriptCounts.set(script, (scriptCounts.get(script) ?? 0) + 1);
      }
      if (cjk) {
        // Chinese and Japanese have no spaces: count two characters as one word.
        cjkLetters++;
        if (cjkLetters % 2 === 1) {
          words++;
          letterWords++;
        }
        continue;
      }
      if (script === 'Hangul') cjkLetters++;
      if (wordStart < 0) {
        wordStart = at;
        wordCapital = isUpper(code);
      }
      wordLetters++;
      continue;
    }
    if (digit) {
      digits++;
      if (wordStart < 0) {
        wordStart = at;
        wordCapital = false;
      }
      continue;
    }
    if (inWord || i >= length) continue;
    if (code === 0x2e) {
      // A full stop ends a sentence after a lower-case letter or digit, before a space or the
      // end: "U.S. Media" and "Nov. 19" hold no sentence end.
      const before = at > 0 ? text.charCodeAt(at - 1) : 0;
      const after = i + 1 < length ? text.charCodeAt(i + 1) : 0x20;
      const lowerBefore = (before >= 0x61 && before <= 0x7a) || isDigit(before) || before >= 0xdf;
      if (lowerBefore && (after === 0x20 || after === 0x22 || after === 0x201d || after === 0xa0))
        sentenceMarks++;
    } else if (SENTENCE_ENDS.has(code)) sentenceMarks++;
    else if (COMMAS.has(code)) commas++;
    else if (SEPARATORS.has(code)) separators++;
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

function asciiScript(code: number): Script | null {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) ? 'Latin' : null;
}

function isUpper(code: number): boolean {
  if (code >= 0x41 && code <= 0x5a) return true;
  if (code < 0x80) return false;
  const char = String.fromCodePoint(code);
  return char !== char.toLowerCase();
}
