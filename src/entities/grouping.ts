/**
 * Groups mentions into entities: the same name (U.S. / United States through the country
 * aliases), an acronym with the name it abbreviates (defined in brackets or a dash clause, or
 * matching its initials), and a bare last name with the full name it shortens (Lewis → Jim
 * Lewis, Xi → Xi Jinping).
 *
 * @module
 * @internal
 */
import type { ParsedText, Token } from '../nlp.js';
import type { Candidate } from './candidates.js';
import {
  acronymVotes,
  contextVotes,
  emptyVotes,
  isAcronym,
  lendVotes,
  nameVotes,
  type Votes,
  winner,
  wordKeys,
} from './evidence.js';
import { isDemonym, isKnownPlace, type Lexicon, nameKey } from './lexicon.js';

/** Mentions that name one entity, with their pooled votes. */
export interface Group {
  /** Lookup key of the group's name. */
  readonly key: string;
  /** Canonical name from the lexicon (a country's name for its alias), if any. */
  readonly canonical: string | undefined;
  /** The lexicons know the group's key as a country or a place (looked up once per group). */
  readonly knownPlace: boolean;
  readonly mentions: Candidate[];
  votes: Votes;
  /** Word keys of the group's fullest mention. */
  words: string[];
  /** The group is one acronym ("MSS"): one of its mentions is written as one. */
  acronym: boolean;
  /** The text spells out an acronym for this name ("Ministry of State Security (MSS)"). */
  definesAcronym?: boolean;
}

const DASHES = new Set(['-', '\u2013', '\u2014', ',']);
/** Function words a name's initials skip ("Ministry of State Security" → MSS). */
export const SKIP_IN_INITIALS: ReadonlySet<string> = new Set([
  'of',
  'and',
  'the',
  'for',
  'de',
  'du',
  'la',
  'on',
  'in',
  '&',
]);

/** The initials of a name's words, skipping function words ("Ministry of State Security" → "mss"). */
function initials(words: readonly string[]): string {
  let out = '';
  for (const w of words) if (!SKIP_IN_INITIALS.has(w)) out += w.charAt(0);
  return out;
}

/**
 * Whether a name in brackets before an acronym may define it: several words, starting with the
 * acronym's first letter ("Organisation for Security and Cooperation in Europe (OSCE)" fails
 * only because its name was cut at "and"; "Europe (OSCE)" must not pass).
 */
function definesAcronym(words: readonly string[], acronym: string): boolean {
  return words.length >= 2 && (words[0] ?? '').charAt(0) === acronym.charAt(0);
}

/** Groups candidates by key, links acronyms and last names, and pools the votes. */
export function groupCandidates(
  parsed: ParsedText,
  lex: Lexicon,
  candidates: readonly Candidate[],
  sports: boolean,
): Group[] {
  const byKey = new Map<string, Group>();
  // The group of the last candidate that ends at each token index. Indexed by token in an
  // array of the text's length, not a map: one entry is set per candidate, and a map (and one
  // from each candidate to its group) cost more to fill than every other step of the grouping.
  const groupEndingAt: (Group | undefined)[] = new Array(parsed.tokens.length + 1);
  for (const c of candidates) {
    const place = isKnownPlace(lex, c.key);
    const country = place ? lex.countries.get(c.key) : undefined;
    const key = country ? nameKey(country) : c.key;
    const acronym = !country && isAcronym(parsed, c);
    let group = byKey.get(key);
    if (!group) {
      // (Without a country, `key` is the candidate's own key, a known place only as a city or region.)
      group = {
        key,
        canonical: country,
        knownPlace: place,
        mentions: [],
        votes: emptyVotes(),
        words: [],
        acronym,
      };
      byKey.set(key, group);
    }
    group.mentions.push(c);
    if (acronym) group.acronym = true;
    groupEndingAt[c.end] = group;
    // A mention's word keys are one per token: only a longer mention's are worth listing.
    if (c.end - c.first > group.words.length) group.words = wordKeys(parsed, c);
  }

  // Acronyms: "Ministry of State Security (MSS)", "the Chinese Communist Party's (CCP)", or the
  // only multi-word name in the text whose initials spell it.
  // Each merged group, with the group it went into: a candidate's group now is the end of the
  // chain from the group it was put in first.
  const merged = new Map<Group, Group>();
  const merge = (from: Group, into: Group): void => {
    if (from === into || merged.has(from) || merged.has(into)) return;
    for (const m of from.mentions) into.mentions.push(m);
    merged.set(from, into);
  };
  const current = (group: Group): Group => {
    let g = group;
    for (let into = merged.get(g); into !== undefined; into = merged.get(g)) g = into;
    return g;
  };
  // Multi-word names by their initials, so each acronym is matched in constant time.
  const byInitials = new Map<string, Group[]>();
  for (const g of byKey.values()) {
    if (g.words.length < 2) continue;
    const key = initials(g.words);
    const list = byInitials.get(key);
    if (list) list.push(g);
    else byInitials.set(key, [g]);
  }
  for (const group of byKey.values()) {
    if (!group.acronym) continue;
    let target: Group | undefined;
    for (const m of group.mentions) {
      const opener = parsed.tokens[m.first - 1];
      if (!opener || !(opener.text === '(' || DASHES.has(opener.text))) continue;
      let defined = groupEndingAt[m.first - 1];
      const possessive = parsed.tokens[m.first - 2];
      if (!defined && possessive && /^['\u2019]s$/.test(possessive.text))
        defined = groupEndingAt[m.first - 2];
      if (defined) {
        const g = current(defined);
        if (
          g !== group &&
          (initials(g.words) === group.key || (opener.text === '(' && definesAcronym(g.words, group.key)))
        ) {
          target = g;
          break;
        }
      }
    }
    if (!target && !lex.organizations.has(group.key)) {
      const matches = (byInitials.get(group.key) ?? []).filter((g) => !merged.has(g));
      if (matches.length === 1) target = matches[0];
    }
    if (target) {
      merge(group, target);
      target.definesAcronym = true;
    }
  }

  const groups = [...byKey.values()].filter((g) => !merged.has(g));
  for (const group of groups) {
    const known = group.knownPlace;
    nameVotes(lex, group.key, fullText(parsed, group), group.words, group.acronym, group.votes, known);
    if (group.definesAcronym) acronymVotes(group.votes);
    for (const m of group.mentions) contextVotes(parsed, lex, m, sports, known, group.votes);
  }

  // Last names: "Lewis" after "Jim Lewis", "Xi" after "Xi Jinping".
  const people = new Map<string, Group[]>();
  const companies = new Map<string, Group>();
  for (const group of groups) {
    if (group.words.length < 2) continue;
    const type = winner(group.votes);
    if (type === 'ORGANIZATION' && !companies.has(group.words[0] as string)) {
      companies.set(group.words[0] as string, group);
    }
    if (type !== 'PERSON') continue;
    const last = group.words[group.words.length - 1] as string;
    const first = group.words[0] as string;
    for (const word of lex.givenNames.has(first) ? [last] : [last, first]) {
      const list = people.get(word) ?? [];
      list.push(group);
      people.set(word, list);
    }
  }
  for (const group of groups) {
    if (group.words.length !== 1 || (group.acronym && !people.has(group.key))) continue;
    if (group.knownPlace || lex.organizations.has(group.key)) continue;
    const owners = people.get(group.key);
    if (!owners || owners.length === 0) {
      // "Holt" after "Holt International Inc": a company's short name.
      const company = companies.get(group.key);
      if (company && !lex.givenNames.has(group.key) && !isDemonym(lex, group.key)) merge(group, company);
      continue;
    }
    const firstAt = (group.mentions[0] as Candidate).first;
    let owner = owners[0] as Group;
    for (const o of owners) if ((o.mentions[0] as Candidate).first < firstAt) owner = o;
    lendVotes(owner.votes, group.votes, 0.5);
    merge(group, owner);
  }
  return groups.filter((g) => !merged.has(g));
}

/** The text of a group's first mention. */
function fullText(parsed: ParsedText, group: Group): string {
  const m = group.mentions[0];
  if (!m) return '';
  return parsed.text.slice((parsed.tokens[m.first] as Token).start, (parsed.tokens[m.end - 1] as Token).end);
}

/** The text of a group's fullest mention, preferring running text over headlines. */
export function displayName(parsed: ParsedText, group: Group): string {
  if (group.canonical) return group.canonical;
  let best: Candidate | undefined;
  for (const m of group.mentions) {
    if (!best) best = m;
    else {
      const better =
        (m.casing === 'normal' ? 1 : 0) - (best.casing === 'normal' ? 1 : 0) ||
        m.end - m.first - (best.end - best.first);
      if (better > 0) best = m;
    }
  }
  if (!best) return group.key;
  const a = parsed.tokens[best.first] as Token;
  const b = parsed.tokens[best.end - 1] as Token;
  return parsed.text.slice(a.start, b.end);
}
