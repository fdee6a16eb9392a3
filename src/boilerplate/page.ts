/**
 * Page-level statistics that per-line decisions are measured against: the page's script, and
 * the share of function words in its own long lines (prose in one language has 40–55%,
 * another language's prose or a list-heavy page less; a fixed threshold fails on both).
 *
 * @module
 * @internal
 */
import type { Script } from '../types.js';
import type { LineFeatures } from './features.js';
import { scriptFamily } from './script-family.js';

/** What the page as a whole looks like. */
export interface PageProfile {
  /** The script of most letters in lines of ten words or more (or of all lines). */
  readonly script: Script;
  /** Whether the page is Chinese or Japanese (no spaces, so no function-word counting). */
  readonly cjk: boolean;
  /**
   * Median function-word share of the page's long lines, or 0 when the page has too few long
   * lines or the language's function words are not in the list (the density test is then off).
   */
  readonly stopDensity: number;
}

/** Lines with at least this many words count as long. */
const LONG_LINE_WORDS = 12;

export function profilePage(features: readonly LineFeatures[]): PageProfile {
  const letters = new Map<Script, number>();
  let anyLong = false;
  for (const f of features) if (f.words >= LONG_LINE_WORDS) anyLong = true;
  for (const f of features) {
    if (anyLong && f.words < LONG_LINE_WORDS) continue;
    letters.set(f.script, (letters.get(f.script) ?? 0) + f.letters);
  }
  let script: Script = 'None';
  let best = 0;
  for (const [name, count] of letters) {
    if (name !== 'None' && count > best) {
      best = count;
      script = name;
    }
  }
  const cjk = scriptFamily(script) === 'CJ';
  let long = 0;
  for (const f of features) if (f.letterWords >= LONG_LINE_WORDS && f.cjkLetters === 0) long++;
  // A typed array sorts numbers without calling a comparator (the shares are finite: letterWords > 0).
  const densities = new Float64Array(long);
  long = 0;
  for (const f of features) {
    if (f.letterWords >= LONG_LINE_WORDS && f.cjkLetters === 0)
      densities[long++] = f.stopWords / f.letterWords;
  }
  densities.sort();
  let stopDensity = 0;
  if (!cjk && densities.length >= 3) {
    stopDensity = densities[Math.floor(densities.length / 2)] as number;
    // Under 15% the page's language is not one whose function words we list.
    if (stopDensity < 0.15) stopDensity = 0;
  }
  return { script, cjk, stopDensity };
}
