/**
 * Comment threads: a comments heading followed by signed comments ("jane says:", "Alex on
 * March 3, 2020 at 6:15 am said:"). Readers' comments are prose, often more of it than
 * the article, so the region of article text must not be chosen among them.
 *
 * @module
 * @internal
 */
import type { LineVerdict } from './classify.js';
import { findDate } from './published.js';

/** Lines after the heading within which the first signed comment must start. */
const FIRST_SIGNATURE_WITHIN = 5;
/** Signed comments after the heading that make it a thread. */
const MIN_SIGNATURES = 2;
/** Words of a signature line that carries the comment's date ("Sam K on March 3, 2020 at 7:40 pm said:"). */
const MAX_DATED_SIGNATURE_WORDS = 14;
/** Words of a signature line without a date ("thelastchargersfan says:"). */
const MAX_SIGNATURE_WORDS = 5;

const SIGNATURE_END = /\b(?:says|said|wrote|writes):$/i;

/**
 * Whether a line signs a comment: it ends in "says:", "said:", "wrote:" or "writes:", and is a
 * name of a few words or a name with the comment's date. "The minister said:" in an article
 * has no date and usually more words before it ("In a statement on Monday, the minister said:").
 */
export function isCommentSignature(text: string, words: number): boolean {
  if (words > MAX_DATED_SIGNATURE_WORDS || text.charCodeAt(text.length - 1) !== 0x3a) return false;
  if (!SIGNATURE_END.test(text)) return false;
  return words <= MAX_SIGNATURE_WORDS || findDate(text) !== null;
}

/**
 * Index of the first whole-line comments heading that opens a thread of signed comments (the
 * first signature within a few lines of it, at least two after it), or -1.
 */
export function commentThreadStart(
  lines: readonly { readonly text: string }[],
  words: readonly number[],
  verdicts: readonly LineVerdict[],
): number {
  let heading = -1;
  let signatures = 0;
  for (let i = 0; i < lines.length; i++) {
    const v = verdicts[i] as LineVerdict;
    if (v.ending && v.reason === 'comments' && (heading < 0 || signatures === 0)) {
      heading = i;
      signatures = 0;
      continue;
    }
    if (heading < 0 || !isCommentSignature((lines[i] as { text: string }).text, words[i] as number)) {
      // No signature soon after the heading: not a thread; look for a later heading.
      if (heading >= 0 && signatures === 0 && i - heading > FIRST_SIGNATURE_WITHIN) heading = -1;
      continue;
    }
    signatures++;
    if (signatures >= MIN_SIGNATURES) return heading;
  }
  return -1;
}
