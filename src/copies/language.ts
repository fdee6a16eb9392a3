/**
 * Whether two texts are in different languages, without a language detector (which would cost
 * more than the whole comparison): texts in different scripts are; texts whose stop words say
 * one language are not; and texts in one script that share few words and few short function
 * words ("the", "of", "и", "на", "je"…) are.
 * Measured on the public dev pairs, the Jaccard similarity of the sets of words of three letters
 * or fewer is at least 0.125 between same-language texts and at most 0.17 between languages.
 *
 * @module
 * @internal
 */
import type { Profile } from './features.js';
import { sharedValues } from './signals.js';

/** Below this word Jaccard two texts may be in different languages; above it they share one. */
const SHARED_VOCABULARY = 0.3;
/** Below this short-word Jaccard, texts in one script are taken to be in different languages. */
const SHARED_FUNCTION_WORDS = 0.15;

/** Whether the two profiles' texts are in different languages. */
export function isCrossLingual(a: Profile, b: Profile, wordJaccard: number): boolean {
  if (a.script !== b.script && a.script !== 'None' && b.script !== 'None') return true;
  // Both hit one stop-word list most (see `Profile.language`): one language, however few short
  // words two reports of one event happen to share.
  if (a.language !== 0 && a.language === b.language) return false;
  if (wordJaccard >= SHARED_VOCABULARY) return false;
  // Short words are the function words of spaced scripts; texts written without spaces in one
  // script (two Japanese, two Chinese texts) have only stray Latin words of that length.
  if (a.unspaced && b.unspaced && a.script === b.script) return false;
  const shared = sharedValues(a.shortWords, b.shortWords);
  const union = a.shortWords.length + b.shortWords.length - shared;
  return union > 0 && shared / union < SHARED_FUNCTION_WORDS;
}
