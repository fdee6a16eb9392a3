/**
 * Clubs that share a name are told apart in results tables by a town's initial in brackets:
 * "Tasman (L) 2", "Okapi (N)". In a sports report the code is part of the club's name, so
 * "Zorbo (B)" is one mention rather than a person "Zorbo" and a stray "B".
 *
 * @module
 * @internal
 */
import type { ParsedText, Token } from '../nlp.js';
import type { Candidate } from './candidates.js';
import { type Lexicon, nameKey, tokenForms } from './lexicon.js';

/** One or two capital letters: a town's initials, not an acronym of a body. */
const CODE = /^\p{Lu}{1,2}$/u;

/**
 * Whether `"(" code ")"` starts at token `t` on one line; a country's code ("(US)", "(UK)") is
 * an athlete's country instead.
 */
export function clubCodeAt(parsed: ParsedText, lex: Lexicon, t: number): boolean {
  const open = parsed.tokens[t];
  const code = parsed.tokens[t + 1];
  const close = parsed.tokens[t + 2];
  if (open?.text !== '(' || !code || !CODE.test(code.text) || close?.text !== ')') return false;
  if (lex.countries.has(tokenForms(parsed).key(t + 1) as string)) return false;
  return !parsed.text.slice(open.start, close.end).includes('\n');
}

/**
 * Extends each candidate followed by a club code in brackets over the brackets (and drops the
 * code's own candidate), in a sports report only. `candidates` are in text order.
 */
export function joinClubCodes(
  parsed: ParsedText,
  lex: Lexicon,
  candidates: readonly Candidate[],
  sports: boolean,
): Candidate[] {
  if (!sports) return [...candidates];
  const out: Candidate[] = [];
  let skipFirst = -1;
  for (const c of candidates) {
    if (c.first === skipFirst) continue;
    const after = parsed.tokens[c.end];
    const name = parsed.tokens[c.end - 1] as Token;
    if (!after || !clubCodeAt(parsed, lex, c.end) || after.start - name.end > 1) {
      out.push(c);
      continue;
    }
    const end = c.end + 3;
    const start = (parsed.tokens[c.first] as Token).start;
    const stop = (parsed.tokens[end - 1] as Token).end;
    out.push({ ...c, end, key: nameKey(parsed.text.slice(start, stop)) });
    skipFirst = c.end + 1;
  }
  return out;
}
