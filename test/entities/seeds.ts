/**
 * Scores extracted entities against a seed's gold, on the article body only (gold
 * `content_lines` and `either_lines`): page furniture around the body is not scored, since
 * stripping it is the boilerplate step's job.
 */
import type { Entity } from '../../src/entities/index.js';
import { type Fixture, lineOffset } from '../helpers/fixtures.js';

/** Types whose precision is measured. */
export const SCORED_TYPES: ReadonlySet<string> = new Set(['PERSON', 'ORGANIZATION', 'LOCATION']);

export interface SeedScore {
  /** Required gold entities found with the right type, and all required. */
  readonly found: number;
  readonly required: number;
  /** Required gold entities not found or found with another type, as `name (type → got)`. */
  readonly missed: readonly string[];
  /** Gold mentions (standing in the body) not grouped under the entity found for them. */
  readonly ungrouped: readonly string[];
  /** Predicted PERSON/ORGANIZATION/LOCATION entities in the body that match gold with its type. */
  readonly correct: number;
  /** Predicted PERSON/ORGANIZATION/LOCATION entities in the body that match no gold entity of their type. */
  readonly wrong: readonly string[];
}

function norm(text: string): string {
  return text
    .toLowerCase()
    .replace(/[.'\u2019]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Offset ranges of the body lines. */
export function bodyRanges(fixture: Fixture): [number, number][] {
  const lines = [...fixture.gold.content_lines, ...fixture.gold.either_lines].sort((a, b) => a - b);
  return lines.map((n) => {
    const start = lineOffset(fixture, n);
    return [start, start + (fixture.lines[n - 1]?.length ?? 0)];
  });
}

/** The entities restricted to their mentions inside the body; entities with none are dropped. */
export function inBody(fixture: Fixture, entities: readonly Entity[]): Entity[] {
  const ranges = bodyRanges(fixture);
  const inside = (start: number): boolean => ranges.some(([a, b]) => start >= a && start < b);
  return entities
    .map((e) => ({ ...e, mentions: e.mentions.filter((m) => inside(m.start)) }))
    .filter((e) => e.mentions.length > 0);
}

export function scoreSeed(fixture: Fixture, entities: readonly Entity[]): SeedScore {
  const body = inBody(fixture, entities);
  const bodyText = bodyRanges(fixture)
    .map(([a, b]) => fixture.text.slice(a, b))
    .join('\n');
  const forms = (e: { name: string; mentions: readonly (string | { text: string })[] }): Set<string> =>
    new Set([e.name, ...e.mentions.map((m) => (typeof m === 'string' ? m : m.text))].map(norm));

  const missed: string[] = [];
  const ungrouped: string[] = [];
  let found = 0;
  const required = fixture.gold.entities.filter((g) => !g.optional);
  for (const gold of required) {
    const goldForms = forms(gold);
    const matches = body.filter((e) => [...forms(e)].some((f) => goldForms.has(f)));
    const typed = matches.filter((e) => e.type === gold.type);
    if (typed.length === 0) {
      missed.push(`${gold.name} (${gold.type} → ${matches.map((m) => m.type).join('/') || 'nothing'})`);
      continue;
    }
    found++;
    const grouped = new Set(typed.flatMap((e) => e.mentions.map((m) => norm(m.text))));
    for (const mention of gold.mentions) {
      if (bodyText.includes(mention) && !grouped.has(norm(mention)))
        ungrouped.push(`${gold.name}: ${mention}`);
    }
  }

  let correct = 0;
  const wrong: string[] = [];
  for (const e of body) {
    if (!SCORED_TYPES.has(e.type)) continue;
    const mine = forms(e);
    const golds = fixture.gold.entities.filter((g) => [...forms(g)].some((f) => mine.has(f)));
    if (golds.some((g) => g.type === e.type)) correct++;
    else if (golds.some((g) => g.optional))
      continue; // an optional entity of another kind: neutral
    else wrong.push(`${e.name} (${e.type})`);
  }
  return { found, required: required.length, missed, ungrouped, correct, wrong };
}
