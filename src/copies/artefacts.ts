/**
 * Traces of a copying step, counted on each side of a copy pair to tell the copy from the
 * original (see `CopyArtefact` for the kinds and why each one points at a copy). Case-based
 * traces compare the two texts, so they are only counted between texts in the same language.
 *
 * @module
 * @internal
 */

import { DANGLING_DETERMINERS, FUNCTION_WORDS } from './data/dangling-words.js';
import { type Profile, remember } from './features.js';
import { WORD } from './tokens.js';
import type { CopyArtefact } from './types.js';

/** How much each kind of trace weighs when the two sides are compared. */
export const ARTEFACT_WEIGHT: Readonly<Record<CopyArtefact['kind'], number>> = {
  'broken-quote': 1,
  'lowercased-name': 1,
  'mangled-name': 1,
  // Scrapers drop link texts from originals as often as from copies: weak evidence.
  'lost-link-text': 0.25,
};

/** How far ahead of the other side a text must be, in weighted traces, to be called the copy. */
export const ORIGINAL_MARGIN = 2;

const PUNCTUATION_AFTER = new Set([0x2c, 0x2e, 0x3b, 0x3a, 0x29]);

function artefact(text: string, kind: CopyArtefact['kind'], start: number, end: number): CopyArtefact {
  return { kind, text: text.slice(start, end), start, end };
}

function isLetter(ch: string): boolean {
  return ch.toLowerCase() !== ch.toUpperCase();
}

/** Quotation marks facing the wrong way: “ after a word and before a space, ” after a space and before a word. */
function brokenQuotes(text: string, from: number, to: number, out: CopyArtefact[]): void {
  let lineStart = from;
  let straight = 0;
  let straightAt = -1;
  for (let i = from; i <= to; i++) {
    const unit = i < to ? text.charCodeAt(i) : 0x0a;
    if (unit === 0x0a) {
      // An odd number of straight double quotes in a paragraph leaves one unclosed.
      if (straight % 2 === 1 && straightAt >= 0)
        out.push(artefact(text, 'broken-quote', straightAt, straightAt + 1));
      straight = 0;
      straightAt = -1;
      lineStart = i + 1;
      continue;
    }
    if (unit === 0x22) {
      straight++;
      straightAt = i;
      continue;
    }
    if (unit !== 0x201c && unit !== 0x201d) continue;
    const before = i > lineStart ? text.charAt(i - 1) : ' ';
    const after = i + 1 < to ? text.charAt(i + 1) : ' ';
    const spaceBefore = before.trim() === '';
    const spaceAfter = after.trim() === '' || after === '\u201d' || after === '\u201c';
    if (unit === 0x201c && !spaceBefore && spaceAfter && before !== '(') {
      out.push(artefact(text, 'broken-quote', i, i + 1));
    } else if (unit === 0x201d && spaceBefore && !spaceAfter && isLetter(after)) {
      out.push(artefact(text, 'broken-quote', i, i + 1));
    } else if ((unit === 0x201c || unit === 0x201d) && (after === '\u201d' || after === '\u201c')) {
      out.push(artefact(text, 'broken-quote', i, i + 2));
    }
  }
}

/** Articles left hanging before punctuation or a function word, and words glued at a case break. */
function lostLinkTexts(profile: Profile, out: CopyArtefact[]): void {
  const { text, tokens } = profile;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind !== WORD) continue;
    const word = text.slice(t.start, t.end);
    const lower = word.toLowerCase();
    if (DANGLING_DETERMINERS.has(lower) && t.end < text.length) {
      const next = tokens[k + 1];
      let j = t.end;
      while (j < text.length && text.charCodeAt(j) === 0x20) j++;
      const punctuation = j < text.length && PUNCTUATION_AFTER.has(text.charCodeAt(j)) && j > t.end - 1;
      const functionWord =
        next !== undefined &&
        next.kind === WORD &&
        next.sentence === t.sentence &&
        next.start === j &&
        FUNCTION_WORDS.has(text.slice(next.start, next.end).toLowerCase()) &&
        // "a in" is dangling; "to the" is not, so only determiners followed by function words count.
        !DANGLING_DETERMINERS.has(text.slice(next.start, next.end).toLowerCase());
      // A lone capital "A" or a determiner before "." is usually a letter or the sentence's own end.
      if ((punctuation && text.charCodeAt(j) !== 0x2e && lower.length > 1) || functionWord) {
        out.push(
          artefact(text, 'lost-link-text', t.start, next !== undefined && functionWord ? next.end : j + 1),
        );
      }
    }
    // "reviewWho": a lower-case run of four or more, then a capitalised function word.
    for (let c = t.start + 4; c < t.end - 1; c++) {
      const ch = text.charAt(c);
      if (ch !== ch.toLowerCase() && text.charAt(c - 1) === text.charAt(c - 1).toLowerCase()) {
        const rest = text.slice(c, t.end).toLowerCase();
        if (FUNCTION_WORDS.has(rest) || DANGLING_DETERMINERS.has(rest)) {
          out.push(artefact(text, 'lost-link-text', t.start, t.end));
        }
        break;
      }
    }
  }
}

interface CaseForms {
  titleInside: number;
  lowerInside: number;
  upper: number;
  firsts: number[];
}

/** How each word is written in a text: title case inside sentences, lower case inside, capitals. */
function caseForms(profile: Profile): Map<string, CaseForms> {
  const forms = new Map<string, CaseForms>();
  let sentence = -1;
  let first = true;
  for (const t of profile.tokens) {
    if (t.sentence !== sentence) {
      sentence = t.sentence;
      first = true;
    }
    if (t.kind !== WORD) {
      first = false;
      continue;
    }
    const word = profile.text.slice(t.start, t.end);
    const lower = word.toLowerCase();
    if (lower === word.toUpperCase()) continue;
    let entry = forms.get(lower);
    if (!entry) {
      entry = { titleInside: 0, lowerInside: 0, upper: 0, firsts: [] };
      forms.set(lower, entry);
    }
    const isUpper = word.length >= 2 && word === word.toUpperCase();
    const isTitle = !isUpper && word.charAt(0) !== word.charAt(0).toLowerCase();
    if (isUpper) {
      entry.upper++;
      entry.firsts.push(t.start);
    } else if (!first && isTitle) {
      entry.titleInside++;
    } else if (!first && word === lower) {
      entry.lowerInside++;
      entry.firsts.push(t.start);
    }
    first = false;
  }
  return forms;
}

/** Names written differently here than in the other text: lower-cased, or in capitals. */
function nameCaseChanges(self: Profile, other: Profile, out: CopyArtefact[]): void {
  const mine = remember(self, 'case-forms', () => caseForms(self));
  const theirs = remember(other, 'case-forms', () => caseForms(other));
  for (const [lower, form] of mine) {
    const their = theirs.get(lower);
    // Only words the other text treats as names: title case inside sentences, never lower case.
    if (!their || their.titleInside === 0 || their.lowerInside > 0) continue;
    for (const start of form.firsts) {
      const end = start + lower.length;
      const word = self.text.slice(start, end);
      const upper = word === word.toUpperCase();
      if (upper && their.upper === 0) out.push(artefact(self.text, 'mangled-name', start, end));
      else if (!upper && form.titleInside === 0) out.push(artefact(self.text, 'lowercased-name', start, end));
    }
  }
}

/**
 * The compared lines: runs of sentences not separated by a line break, widened to the whole line
 * (stray quotation marks after the last sentence belong to it). Only the gaps between runs are
 * scanned, so this is linear in the text.
 */
function lines(profile: Profile): { start: number; end: number }[] {
  const { text } = profile;
  const runs: { start: number; end: number }[] = [];
  for (const s of profile.sentences) {
    const last = runs[runs.length - 1];
    if (last && !text.slice(last.end, s.start).includes('\n')) last.end = s.end;
    else runs.push({ start: s.start, end: s.end });
  }
  for (let k = 0; k < runs.length; k++) {
    const run = runs[k]!;
    const from = k > 0 ? runs[k - 1]!.end : 0;
    const to = k + 1 < runs.length ? runs[k + 1]!.start : text.length;
    while (run.start > from && text.charCodeAt(run.start - 1) !== 0x0a) run.start--;
    while (run.end < to && text.charCodeAt(run.end) !== 0x0a) run.end++;
  }
  return runs;
}

/** The copying artefacts of `self`, judged against `other` (case traces only when `sameLanguage`). */
export function findArtefacts(self: Profile, other: Profile, sameLanguage: boolean): CopyArtefact[] {
  // The traces that need no other text are found once per text, however many pairs it is in.
  const out = [...remember(self, 'own-artefacts', () => ownArtefacts(self))];
  if (sameLanguage) nameCaseChanges(self, other, out);
  return out.sort((x, y) => x.start - y.start);
}

/** The traces a text shows on its own: broken quotation marks and lost link texts. */
function ownArtefacts(self: Profile): readonly CopyArtefact[] {
  const out: CopyArtefact[] = [];
  for (const line of lines(self)) brokenQuotes(self.text, line.start, line.end, out);
  lostLinkTexts(self, out);
  return out;
}

/** The weighted sum of artefacts. */
export function artefactWeight(artefacts: readonly CopyArtefact[]): number {
  let sum = 0;
  for (const a of artefacts) sum += ARTEFACT_WEIGHT[a.kind];
  return sum;
}
