/**
 * The text, token category and part of speech of every token of a wink document, read from the
 * document's own token table instead of through `doc.tokens().out(its.…)`.
 *
 * wink keeps a document as four numbers a token: the index of its lexeme, its normal form and
 * preceding spaces, its part of speech and lemma, and a negation flag. `out(its.type)` decodes
 * the category again for every token through wink's property reader, and each `out` call goes
 * through wink's collection plumbing. Here a lexeme's category is looked up once (it never
 * changes once wink has stored the lexeme) and the three columns are read in one loop: over the
 * 120 quotes dev articles already parsed, 3.0 ms a pass against 12.5 ms for the three `out`
 * calls.
 *
 * Only the parse (src/nlp.ts) uses this, and only for a wink instance on which a probe text read
 * this way gave exactly what wink's own `out` gives ({@link TokenColumnsReader.agreesWith}); a
 * version of wink that lays its tokens out otherwise is read through `out` as before.
 *
 * @module
 */

/** The part of wink's lexeme cache a document's tokens are decoded with. */
export interface RawLexemeCache {
  /** The text of the lexeme at `index`. */
  value(index: number): string;
  /** A property of the lexeme at `index` (`tokenType` is its category). */
  property(index: number, name: string): unknown;
  /** The name of value `index` of feature `name` (`pos`). */
  valueOf(name: string, index: number): unknown;
}

/**
 * wink's raw document data, as the model's part-of-speech setter is handed it at the end of
 * `readDoc`'s tagging.
 */
export interface RawDocument {
  /** Four numbers a token. */
  readonly tokens: readonly number[];
  /** How many tokens `tokens` holds. */
  readonly numOfTokens: number;
  /** Sentences as `[first token, last token, …]`. */
  readonly sentences: readonly (readonly number[])[];
  /** The lexeme cache the tokens index. */
  readonly cache: RawLexemeCache;
}

/** What a wink model's `pos()` returns, as far as it matters here: its setter, among others. */
export interface TaggingModel {
  /** Writes the tags into the raw document at the end of `readDoc`'s tagging. */
  readonly setter: (raw: RawDocument, ...rest: unknown[]) => void;
}

/**
 * A replacement for a model's `pos` whose setter also shows each raw document it is handed to
 * `reader`: pass it to `winkNLP` in place of the model's own.
 */
export function posShowingTables(
  model: { readonly pos: () => TaggingModel },
  reader: TokenColumnsReader,
): () => TaggingModel {
  return () => {
    const tagging = model.pos();
    return {
      ...tagging,
      setter: (raw: RawDocument, ...rest: unknown[]) => {
        tagging.setter(raw, ...rest);
        reader.see(raw);
      },
    };
  };
}

/** A document's tokens, column by column, in wink's order. */
export interface TokenColumns {
  /** Each token's text (`its.value`). */
  readonly values: readonly string[];
  /** Each token's category (`its.type`): `word`, `number`, `punctuation`… */
  readonly kinds: readonly string[];
  /** Each token's part of speech (`its.pos`). */
  readonly tags: readonly string[];
  /** Each sentence's first token (`its.span` of `doc.sentences()`, first element). */
  readonly sentenceStarts: readonly number[];
}

/** Numbers a token takes in wink's token table. */
const TOKEN_SIZE = 4;
/** Where the part of speech sits in a token's third number. */
const POS_MASK = 0x3f00000;
const POS_SHIFT = 20;

/**
 * Reads token columns from the raw documents of one wink instance, remembering each lexeme's
 * category and each part-of-speech code's name across documents.
 */
export class TokenColumnsReader {
  /**
   * Each lexeme's category, by lexeme index, once looked up: 1 + its place in {@link kindNames},
   * 0 for not yet. A typed array because lexemes are met in no order: a plain array written at
   * scattered indices turns into a slow dictionary.
   */
  private kindOfLexeme: Uint8Array = new Uint8Array(1 << 17);
  /** The categories met, in the order first met. */
  private readonly kindNames: string[] = [];
  /** Each part-of-speech code's name, once looked up. */
  private readonly tagOfCode: (string | undefined)[] = [];
  /** The raw document of the `readDoc` call in progress, until {@link take} hands it over. */
  private current: RawDocument | undefined;

  /** Keeps the raw document wink has just tagged (called from the model's pos setter). */
  see(raw: RawDocument): void {
    this.current = raw;
  }

  /**
   * The raw document seen since the last call, if it holds `tokenCount` tokens laid out as
   * expected; no reference to it is kept.
   */
  take(tokenCount: number): RawDocument | undefined {
    const raw = this.current;
    this.current = undefined;
    if (raw === undefined || raw.numOfTokens !== tokenCount) return undefined;
    return raw.tokens.length === tokenCount * TOKEN_SIZE ? raw : undefined;
  }

  /** The columns of `raw`'s tokens. */
  read(raw: RawDocument): TokenColumns {
    const { tokens, cache } = raw;
    const count = raw.numOfTokens;
    const { kindNames, tagOfCode } = this;
    let kindOfLexeme = this.kindOfLexeme;
    const values = new Array<string>(count);
    const kinds = new Array<string>(count);
    const tags = new Array<string>(count);
    for (let i = 0, at = 0; i < count; i++, at += TOKEN_SIZE) {
      const lexeme = tokens[at] as number;
      values[i] = cache.value(lexeme);
      if (lexeme >= kindOfLexeme.length) kindOfLexeme = this.grow(lexeme);
      const known = kindOfLexeme[lexeme] as number;
      kinds[i] = known > 0 ? (kindNames[known - 1] as string) : this.lookUpKind(cache, lexeme);
      const code = ((tokens[at + 2] as number) & POS_MASK) >>> POS_SHIFT;
      let tag = tagOfCode[code];
      if (tag === undefined) tag = tagOfCode[code] = cache.valueOf('pos', code) as string;
      tags[i] = tag;
    }
    const sentenceStarts = raw.sentences.map((s) => s[0] as number);
    return { values, kinds, tags, sentenceStarts };
  }

  /** Looks up the category of a lexeme not met before, and remembers it. */
  private lookUpKind(cache: RawLexemeCache, lexeme: number): string {
    const kind = cache.property(lexeme, 'tokenType') as string;
    let at = this.kindNames.indexOf(kind);
    if (at < 0) {
      // More than 255 categories cannot be remembered in a byte; wink has about twenty.
      if (this.kindNames.length >= 255) return kind;
      at = this.kindNames.push(kind) - 1;
    }
    this.kindOfLexeme[lexeme] = at + 1;
    return kind;
  }

  /** Grows the category memo to hold index `lexeme`. */
  private grow(lexeme: number): Uint8Array {
    let size = this.kindOfLexeme.length;
    while (size <= lexeme) size *= 2;
    const grown = new Uint8Array(size);
    grown.set(this.kindOfLexeme);
    this.kindOfLexeme = grown;
    return grown;
  }

  /** Whether reading `raw` gives exactly `expected`, the columns wink's own `out` gave. */
  agreesWith(raw: RawDocument, expected: TokenColumns): boolean {
    const read = this.read(raw);
    return (
      sameItems(read.values, expected.values) &&
      sameItems(read.kinds, expected.kinds) &&
      sameItems(read.tags, expected.tags) &&
      sameItems(read.sentenceStarts, expected.sentenceStarts)
    );
  }
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
