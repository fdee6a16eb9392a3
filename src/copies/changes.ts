/**
 * What differs between aligned sentences: numbers and names present on one side only, and
 * quotes whose wording changed. Unmatched items are paired in the order they appear, so a
 * changed figure shows as `800,000 → 80,000` rather than as one removal and one addition.
 *
 * @module
 * @internal
 */
import type { Span } from '../types.js';
import type { Bead } from './align.js';
import { type FeatureToken, type Profile, remember } from './features.js';
import { findQuotes, type QuoteRange } from './quotes.js';
import { NUMBER, WORD } from './tokens.js';
import type { CopyChange } from './types.js';

function span(text: string, start: number, end: number): Span {
  return { text: text.slice(start, end), start, end };
}

function tokensOf(profile: Profile, from: number, to: number): FeatureToken[] {
  const first = profile.sentences[from]?.firstToken ?? 0;
  const end = profile.sentences[to - 1]?.endToken ?? first;
  return profile.tokens.slice(first, end);
}

function pairUp(kind: CopyChange['kind'], a: readonly Span[], b: readonly Span[], out: CopyChange[]): void {
  const count = Math.max(a.length, b.length);
  for (let i = 0; i < count; i++) out.push({ kind, a: a[i] ?? null, b: b[i] ?? null });
}

/** Items of `mine` whose key is missing from `theirs`. */
function unmatched(profile: Profile, mine: readonly FeatureToken[], theirs: ReadonlySet<string>): Span[] {
  const out: Span[] = [];
  for (const t of mine) {
    // Single letters ("U" of "U.S.") are initials, not names worth reporting.
    if ((t.name && t.end - t.start < 2) || theirs.has(t.key)) continue;
    out.push(span(profile.text, t.start, t.end));
  }
  return out;
}

/** Lower-case word stems of a quote, for comparing wordings. */
function quoteWords(profile: Profile, quote: QuoteRange): string {
  const words: string[] = [];
  let lo = 0;
  let hi = profile.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (profile.tokens[mid]!.start < quote.start) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < profile.tokens.length; k++) {
    const t = profile.tokens[k]!;
    if (t.start >= quote.end) break;
    if (t.start >= quote.start && (t.kind === WORD || t.kind === NUMBER))
      words.push(profile.text.slice(t.start, t.end).toLowerCase());
  }
  return words.join(' ');
}

/** Quotes starting inside each bead side, looked up by binary search over the sorted quote list. */
function quotesIn(quotes: readonly QuoteRange[], start: number, end: number): QuoteRange[] {
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: QuoteRange[] = [];
  for (let i = lo; i < quotes.length && quotes[i]!.start < end; i++) out.push(quotes[i]!);
  return out;
}

/**
 * The changes between the aligned beads of two profiles. Names are compared only between texts
 * in the same language (across languages every name is spelled differently).
 */
export function findChanges(
  a: Profile,
  b: Profile,
  beads: readonly Bead[],
  sameLanguage: boolean,
): CopyChange[] {
  const changes: CopyChange[] = [];
  const quotesA = remember(a, 'quotes', () => findQuotes(a.text));
  const quotesB = remember(b, 'quotes', () => findQuotes(b.text));
  for (const bead of beads) {
    const tokensA = tokensOf(a, bead.aStart, bead.aEnd);
    const tokensB = tokensOf(b, bead.bStart, bead.bEnd);
    const numbersA = tokensA.filter((t) => t.kind === NUMBER);
    const numbersB = tokensB.filter((t) => t.kind === NUMBER);
    pairUp(
      'number',
      unmatched(a, numbersA, new Set(numbersB.map((t) => t.key))),
      unmatched(b, numbersB, new Set(numbersA.map((t) => t.key))),
      changes,
    );
    if (sameLanguage) {
      const keysA = new Set(tokensA.map((t) => t.key));
      const keysB = new Set(tokensB.map((t) => t.key));
      pairUp(
        'name',
        unmatched(
          a,
          tokensA.filter((t) => t.name),
          keysB,
        ),
        unmatched(
          b,
          tokensB.filter((t) => t.name),
          keysA,
        ),
        changes,
      );
    }
    const startA = a.sentences[bead.aStart]?.start ?? 0;
    const endA = a.sentences[bead.aEnd - 1]?.end ?? startA;
    const startB = b.sentences[bead.bStart]?.start ?? 0;
    const endB = b.sentences[bead.bEnd - 1]?.end ?? startB;
    const inA = quotesIn(quotesA, startA, endA);
    const inB = quotesIn(quotesB, startB, endB);
    const count = Math.max(inA.length, inB.length);
    for (let i = 0; i < count; i++) {
      const qa = inA[i];
      const qb = inB[i];
      if (qa && qb && sameLanguage && quoteWords(a, qa) === quoteWords(b, qb)) continue;
      if (qa && qb && !sameLanguage) continue;
      changes.push({
        kind: 'quote',
        a: qa ? span(a.text, qa.start, qa.end) : null,
        b: qb ? span(b.text, qb.start, qb.end) : null,
      });
    }
  }
  return changes;
}
