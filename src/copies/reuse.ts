/**
 * Text reuse, sentence by sentence: which sentences of one text stand nearly word for word in the
 * other. This is what tells an edited copy (a reprint cut, trimmed, extended or reordered, an
 * excerpt inside a longer page) from a rewording (a retranslation) and from independent coverage
 * of the same story, which shares names, numbers and quotes but not sentences.
 *
 * A sentence is kept when at least half of its word 5-grams outside quotation marks occur in the
 * other text. Quoted words are left out on purpose: two reporters who quote the same speaker share
 * the quote, not each other's text.
 *
 * @module
 * @internal
 */
import { type Profile, remember } from './features.js';
import { HashSet32, hashLowerCase } from './hash.js';
import { findQuotes } from './quotes.js';
import { CHAR, NUMBER, scanText, WORD } from './tokens.js';

const SHINGLE = 5;
/**
 * A sentence is kept when this share of its unquoted 5-grams occur in the other text: kept word
 * for word or lightly edited (a changed figure or name costs up to five of its 5-grams). Two machine
 * translations of one source share many 5-grams too, but rarely this many in one sentence.
 */
const KEPT_SENTENCE = 0.8;

/** Some of a text's 5-grams, in order, the sentence each starts in, and words per sentence. */
interface SentenceShingles {
  readonly hashes: Uint32Array;
  readonly sentences: Uint32Array;
  /** Words per sentence, by sentence index. */
  readonly words: Uint32Array;
}

/** One text's word sequence, as 5-gram hashes with the sentence each starts in. */
interface Shingled {
  /** Every 5-gram of the whole page (quoted ones included), for look-ups from the other side. */
  readonly all: HashSet32;
  /** The article's 5-grams outside quotations, and its words outside quotations. */
  readonly unquoted: SentenceShingles;
  /** The article's 5-grams and words, quotations included. */
  readonly whole: SentenceShingles;
}

/** A word of a sentence: its hash, its sentence, whether it is quoted. */
interface SentenceWord {
  readonly hash: number;
  readonly sentence: number;
  readonly quoted: boolean;
}

/**
 * Calls `emit` with each 5-gram that lies inside one sentence (a shorter sentence is one n-gram of
 * all its words), so a sentence is recognised whatever stands before or after it in either text.
 */
function eachShingle(
  words: readonly SentenceWord[],
  emit: (hash: number, first: number, span: number) => void,
): void {
  let start = 0;
  while (start < words.length) {
    let end = start;
    while (end < words.length && words[end]!.sentence === words[start]!.sentence) end++;
    const span = Math.min(SHINGLE, end - start);
    for (let i = start; i + span <= end; i++) {
      let h = 0x811c9dc5;
      for (let k = 0; k < span; k++) h = Math.imul(h ^ words[i + k]!.hash, 0x01000193);
      emit(h >>> 0, i, span);
    }
    start = end;
  }
}

function isWordKind(kind: number): boolean {
  return kind === WORD || kind === NUMBER || kind === CHAR;
}

/** Every sentence n-gram of a whole text, page furniture included (where an excerpt may sit). */
function pageShingles(text: string): HashSet32 {
  const words: SentenceWord[] = [];
  for (const t of scanText(text).tokens) {
    if (isWordKind(t.kind))
      words.push({
        hash: hashLowerCase(text, t.start, t.end),
        sentence: t.sentence,
        quoted: false,
      });
  }
  const all: number[] = [];
  eachShingle(words, (hash) => {
    all.push(hash);
  });
  return new HashSet32(all);
}

function shingle(profile: Profile): Shingled {
  const quotes = remember(profile, 'quotes', () => findQuotes(profile.text));
  const words: SentenceWord[] = [];
  let sentences = 0;
  for (const t of profile.tokens) if (t.sentence >= sentences) sentences = t.sentence + 1;
  const counts = new Uint32Array(sentences);
  const allCounts = new Uint32Array(sentences);
  let q = 0;
  for (const t of profile.tokens) {
    if (!isWordKind(t.kind)) continue;
    while (q < quotes.length && quotes[q]!.end <= t.start) q++;
    const quoted = q < quotes.length && quotes[q]!.start <= t.start;
    words.push({
      hash: hashLowerCase(profile.text, t.start, t.end),
      sentence: t.sentence,
      quoted,
    });
    if (!quoted) counts[t.sentence]!++;
    allCounts[t.sentence]!++;
  }
  const unquoted: number[] = [];
  const unquotedSentence: number[] = [];
  const whole: number[] = [];
  const wholeSentence: number[] = [];
  // eachShingle emits n-grams inside one sentence only, so the next `span` words are all of it.
  eachShingle(words, (hash, first, span) => {
    whole.push(hash);
    wholeSentence.push(words[first]!.sentence);
    for (let k = 0; k < span; k++) if (words[first + k]!.quoted) return;
    unquoted.push(hash);
    unquotedSentence.push(words[first]!.sentence);
  });
  // An article's sentences are looked for in the whole of the other page: boilerplate stripping
  // may have set aside the part of a long page (a live blog, a round-up) that holds the excerpt.
  return {
    all: pageShingles(profile.text),
    unquoted: {
      hashes: Uint32Array.from(unquoted),
      sentences: Uint32Array.from(unquotedSentence),
      words: counts,
    },
    whole: { hashes: Uint32Array.from(whole), sentences: Uint32Array.from(wholeSentence), words: allCounts },
  };
}

/**
 * The words of `mine` that stand in sentences kept in `theirs` (a page's 5-grams), and all of them.
 * A sentence's 5-grams are contiguous; its look-ups stop once so many are missing that it cannot be
 * kept (most sentences of a pair of reports of one story), which gives the same count sooner.
 */
function keptWords(mine: SentenceShingles, theirs: HashSet32): { kept: number; words: number } {
  const { hashes, sentences } = mine;
  let kept = 0;
  let words = 0;
  let start = 0;
  while (start < hashes.length) {
    const sentence = sentences[start]!;
    let end = start + 1;
    while (end < hashes.length && sentences[end] === sentence) end++;
    const count = end - start;
    const size = mine.words[sentence]!;
    words += size;
    // Found ≥ KEPT_SENTENCE · count fails as soon as more than the rest are missing.
    const allowedMissing = count - Math.ceil(KEPT_SENTENCE * count);
    let missing = 0;
    for (let i = start; i < end && missing <= allowedMissing; i++) if (!theirs.has(hashes[i]!)) missing++;
    if (missing <= allowedMissing) kept += size;
    start = end;
  }
  return { kept, words };
}

/** How much of their text two documents share, sentence by sentence, quotations aside. */
export interface TextReuse {
  /**
   * Of the text that shares more (an excerpt, a cut reprint), the share of its unquoted words that
   * stand in sentences kept in the other, 0..1.
   */
  readonly kept: number;
  /** How many unquoted words that is. */
  readonly keptWords: number;
  /**
   * Of the same text, the share of all its words, quotations included, in sentences (quoted ones
   * included) kept in the other: a text made mostly of quotations that shares one sentence of its
   * own with another has most of its few unquoted words kept, but not much of itself.
   */
  readonly keptWithQuotes: number;
}

/** Measures the text reuse between two profiles (linear in their lengths). */
export function measureReuse(a: Profile, b: Profile): TextReuse {
  const shingledA = remember(a, 'reuse-shingles', () => shingle(a));
  const shingledB = remember(b, 'reuse-shingles', () => shingle(b));
  const ofA = keptWords(shingledA.unquoted, shingledB.all);
  const ofB = keptWords(shingledB.unquoted, shingledA.all);
  const shareOfA = ofA.words > 0 ? ofA.kept / ofA.words : 0;
  const shareOfB = ofB.words > 0 ? ofB.kept / ofB.words : 0;
  // The text that shares more of itself: an excerpt, a cut reprint.
  const [mine, theirs, kept, share] =
    shareOfB >= shareOfA ? [shingledB, shingledA, ofB, shareOfB] : [shingledA, shingledB, ofA, shareOfA];
  const whole = keptWords(mine.whole, theirs.all);
  return {
    kept: share,
    keptWords: kept.kept,
    keptWithQuotes: whole.words > 0 ? whole.kept / whole.words : 0,
  };
}
