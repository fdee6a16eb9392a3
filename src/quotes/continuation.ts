/**
 * Tells when a quotation carries on the statement of the one before it. A writer splits one
 * statement around its attribution (`"I think," she said, "we should go."`) or resumes it right
 * after the attribution's sentence (`"We tried," Ruiz said. "It failed."`); both pieces are one
 * person's words in one paragraph with only the attribution between them. A new paragraph that
 * opens with a quotation mark after a closed quotation starts a new quotation (a statement that
 * runs on over paragraphs leaves its closing mark off, and is one quotation already). Fragments of
 * one reported statement in the writer's sentence carry on one another when only a conjunction
 * joins them (`warned that "the dam is failing" because "nobody paid for repairs"`).
 *
 * @module
 * @internal
 */
import type { Token } from '../nlp.js';
import { CUE_VERBS } from './data/cues.js';
import { endsSentence, type TokenMap } from './frames.js';

/** A quotation as this step sees it: where its marks stand and who said it. */
export interface QuotePiece {
  /** Token of the opening mark. */
  readonly openToken: number;
  /** Token of the closing mark (or of the last quoted word when the mark is missing). */
  readonly closeToken: number;
  /** Whether the quotation is a full statement (not a fragment in the writer's sentence). */
  readonly direct: boolean;
  /** The speaker's name, or null. */
  readonly speaker: string | null;
}

/** Closing quotation marks, which may follow a sentence's full stop with no space. */
const CLOSING_MARKS: ReadonlySet<string> = new Set(['"', '”', '’', "'"]);

/**
 * Whether token `i` ends a sentence (`Ruiz said. She left.`), counting a full stop inside the
 * closing mark of a quoted title (`on "Meet the Press." He added`), which {@link endsSentence}
 * takes for a stop inside a word because the mark is glued to it. Only a capital or a figure
 * opens the next sentence: a semicolon before a small letter joins two clauses of one sentence
 * (`Ruiz said at the dock; she was tired.`), and a stop before a bracket or a dash opens no
 * sentence of the writer's.
 */
function endsSentenceBetween(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i] as Token;
  let next = tokens[i + 1];
  const inTitle =
    (token.text === '.' || token.text === '?' || token.text === '!') &&
    next !== undefined &&
    next.start === token.end &&
    CLOSING_MARKS.has(next.text);
  if (!inTitle && !endsSentence(tokens, i)) return false;
  if (inTitle) next = tokens[i + 2];
  return next !== undefined && OPENS_SENTENCE.test(next.text);
}

/** A word that can open a sentence: a capital or a figure. */
const OPENS_SENTENCE = /^[\p{Lu}\p{N}]/u;

/** Words that open the reported words after a speech verb (`adding that…`, `explaining why…`). */
const COMPLEMENTIZERS: ReadonlySet<string> = new Set(['that', 'why', 'how', 'what', 'whether', 'if']);

/**
 * Whether token `i` is a speech verb in `-ing` that adds a report of its own to the attribution
 * (`Ruiz said, adding that…`, `explaining why…`): the quotation after it may give those words,
 * a statement of their own.
 */
function reportsMoreSpeech(tokens: readonly Token[], i: number): boolean {
  const word = (tokens[i] as Token).text.toLowerCase();
  const next = tokens[i + 1];
  return (
    word.endsWith('ing') &&
    CUE_VERBS.has(word) &&
    next !== undefined &&
    COMPLEMENTIZERS.has(next.text.toLowerCase())
  );
}

/**
 * Whether `current` carries on the statement of `previous`, the speech quotation right before
 * it: both have the same named speaker and no line break stands between them; a full statement
 * has at most one sentence between them (the attribution), a fragment only a joining word or two
 * after another fragment (`"…" because "…"`). Reads only the tokens between the two, so over a
 * text it stays linear.
 *
 * @internal
 */
export function continuesStatement(map: TokenMap, previous: QuotePiece | null, current: QuotePiece): boolean {
  if (!previous) return false;
  if (previous.speaker === null || previous.speaker !== current.speaker) return false;
  const { tokens } = map;
  if (!current.direct) return fragmentCarriesOn(map, previous, current);
  let parenthesis = false;
  for (let t = previous.closeToken + 1; t < current.openToken; t++) {
    if (map.breakBefore[t] === 1) return false;
    const text = (tokens[t] as Token).text;
    if (reportsMoreSpeech(tokens, t)) return false;
    // A period inside a parenthesis (`Rep. Lena Park (D-Ore.) said`) ends no sentence.
    if (text === '(') parenthesis = true;
    else if (text === ')') parenthesis = false;
    // A sentence that starts between the pieces is the writer's own (`Ruiz said. Then she left.
    // "…"`); the attribution's full stop is followed by the opening mark, which starts none.
    else if (!parenthesis && endsSentenceBetween(tokens, t)) return false;
  }
  return map.breakBefore[current.openToken] !== 1;
}

/** The writer's words that may join two fragments of one statement. */
const FRAGMENT_JOINERS: ReadonlySet<string> = new Set(['and', 'or', 'but', 'because', 'being']);

/**
 * `warned that "the dam is failing" because "nobody has paid for repairs"`: a fragment that
 * follows another fragment of the same speaker with only joining words between them carries on
 * the statement.
 */
function fragmentCarriesOn(map: TokenMap, previous: QuotePiece, current: QuotePiece): boolean {
  if (previous.direct) return false;
  // `whom he called "the most divisive figure," or "…"`: a comma closing the first fragment ends a
  // clause of the writer's sentence, and what follows is another.
  const { tokens } = map;
  if (tokens[previous.closeToken - 1]?.text === ',') return false;
  const gap = current.openToken - previous.closeToken - 1;
  if (gap < 1 || gap > 2) return false;
  for (let t = previous.closeToken + 1; t < current.openToken; t++) {
    if (map.breakBefore[t] === 1 || !FRAGMENT_JOINERS.has((tokens[t] as Token).text.toLowerCase()))
      return false;
  }
  return true;
}
