/**
 * A name the text defines an acronym for is whole up to the bracket: "the Council for
 * Trade and Industry in Oceania (CTIO)" is one name, though "and" and "in" cut the
 * capitalised runs into three. The runs before an acronym in brackets are joined when the words
 * between them are lower-case function words and the initials of the joined name spell the
 * acronym while the last run's alone do not.
 *
 * @module
 * @internal
 */
import type { ParsedText, Token } from '../nlp.js';
import type { Candidate } from './candidates.js';
import { isCapitalised, isWord } from './casing.js';
import { isAcronym } from './evidence.js';
import { SKIP_IN_INITIALS } from './grouping.js';
import { nameKey, type TokenForms, tokenForms } from './lexicon.js';

/** Lower-case words that may sit between the runs of one long name: those initials skip. */
const LINKS = SKIP_IN_INITIALS;

/** At most this many runs are joined, so the look-back stays constant per acronym. */
const MAX_RUNS = 5;

/** The initials of the capitalised words in `[first, end)`, skipping function words. */
function initialsOf(parsed: ParsedText, forms: TokenForms, first: number, end: number): string {
  let out = '';
  for (let t = first; t < end; t++) {
    const key = forms.key(t) as string;
    if (LINKS.has(key)) continue;
    const text = (parsed.tokens[t] as Token).text;
    if (text === '-' || text === '.') continue;
    out += key.charAt(0);
  }
  return out;
}

/**
 * Whether every token in `[from, to)` is a lower-case linking word or a capitalised word that
 * made no candidate of its own (a common noun such as "Cooperation" inside the long name).
 */
function onlyLinks(parsed: ParsedText, forms: TokenForms, from: number, to: number): boolean {
  if (from >= to) return false;
  let link = false;
  for (let t = from; t < to; t++) {
    const token = parsed.tokens[t] as Token;
    if (LINKS.has(forms.key(t) as string) && token.text === forms.key(t)) link = true;
    else if (!isCapitalised(token) || !isWord(token)) return false;
  }
  return link;
}

/**
 * Joins the runs before each acronym in brackets whose initials spell it ("Harbour Post and
 * Telegraph Authority (HPTA)"); every other candidate is returned as it was.
 * `candidates` are in text order.
 */
export function joinNamesBeforeAcronyms(parsed: ParsedText, candidates: readonly Candidate[]): Candidate[] {
  const forms = tokenForms(parsed);
  const out: Candidate[] = [];
  for (const c of candidates) {
    out.push(c);
    if (!isAcronym(parsed, c) || parsed.tokens[c.first - 1]?.text !== '(') continue;
    if (parsed.tokens[c.end]?.text !== ')') continue;
    const acronym = forms.key(c.first) as string;
    // The runs before the bracket: out ends with [..., run k, ..., run 1, acronym].
    const lastAt = out.length - 2;
    const last = out[lastAt];
    if (!last || last.end !== c.first - 1) continue;
    if (initialsOf(parsed, forms, last.first, last.end) === acronym) continue;
    let firstAt = lastAt;
    let joinedAt = -1;
    while (firstAt > 0 && lastAt - firstAt < MAX_RUNS - 1) {
      const before = out[firstAt - 1] as Candidate;
      const current = out[firstAt] as Candidate;
      if (!onlyLinks(parsed, forms, before.end, current.first)) break;
      firstAt--;
      if (initialsOf(parsed, forms, before.first, last.end) === acronym) {
        joinedAt = firstAt;
        break;
      }
    }
    if (joinedAt < 0) continue;
    const head = out[joinedAt] as Candidate;
    const start = (parsed.tokens[head.first] as Token).start;
    const stop = (parsed.tokens[last.end - 1] as Token).end;
    const joined: Candidate = {
      ...head,
      end: last.end,
      key: nameKey(parsed.text.slice(start, stop)),
    };
    out.splice(joinedAt, lastAt - joinedAt + 1, joined);
  }
  return out;
}
