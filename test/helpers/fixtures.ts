/**
 * Loads the seed fixtures (page texts, byte for byte) and their gold answers for tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURE_DIR: string = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

export interface GoldQuote {
  readonly quote: string;
  readonly speaker: string | null;
  readonly cue: string | null;
  readonly kind: 'direct' | 'partial' | 'nested';
  readonly optional: boolean;
}

export interface GoldEntity {
  readonly name: string;
  readonly type: string;
  readonly mentions: readonly string[];
  readonly optional: boolean;
}

export interface GoldNumber {
  readonly text: string;
  readonly value: number | string;
  readonly unit: string | null;
  readonly kind: string;
  readonly modifier: string | null;
  readonly optional: boolean;
}

export interface Gold {
  readonly id: string;
  readonly language: string;
  readonly title: string | null;
  readonly title_line: number | null;
  readonly published: string | null;
  readonly content_lines: readonly number[];
  readonly either_lines: readonly number[];
  readonly boilerplate_lines: readonly number[];
  readonly body_starts_with: string | null;
  readonly body_ends_with: string | null;
  readonly quotes: readonly GoldQuote[];
  readonly not_quotes: readonly string[];
  readonly entities: readonly GoldEntity[];
  readonly numbers: readonly GoldNumber[];
  readonly not_numbers: readonly string[];
}

export interface Fixture {
  /** File name without `.txt`, e.g. `002_ba402d13770ffab5`. */
  readonly id: string;
  /** The page text exactly as stored. */
  readonly text: string;
  /** The text split on `\n`; `lines[n - 1]` is gold line `n`. */
  readonly lines: readonly string[];
  readonly gold: Gold;
}

export interface GoldPair {
  readonly a: string;
  readonly b: string;
  readonly copy: boolean;
  readonly relation: readonly string[] | string;
  readonly original?: string | null;
}

let cache: readonly Fixture[] | undefined;

/** Every seed fixture with its gold, in file-name order. */
export function loadFixtures(): readonly Fixture[] {
  cache ??= readdirSync(FIXTURE_DIR)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const id = name.slice(0, -4);
      const text = readFileSync(join(FIXTURE_DIR, name), 'utf8');
      const gold = JSON.parse(readFileSync(join(FIXTURE_DIR, 'gold', `${id}.json`), 'utf8')) as Gold;
      return { id, text, lines: text.split('\n'), gold };
    });
  return cache;
}

/** One fixture by its id or by its numeric prefix (`'002'`). */
export function loadFixture(idOrPrefix: string): Fixture {
  const found = loadFixtures().find((f) => f.id === idOrPrefix || f.id.startsWith(`${idOrPrefix}_`));
  if (!found) throw new Error(`no fixture ${idOrPrefix}`);
  return found;
}

/** The gold pairs of `gold/pairs.json`. */
export function loadGoldPairs(): readonly GoldPair[] {
  const raw = JSON.parse(readFileSync(join(FIXTURE_DIR, 'gold', 'pairs.json'), 'utf8')) as
    | GoldPair[]
    | { pairs: GoldPair[] };
  return Array.isArray(raw) ? raw : raw.pairs;
}

/** UTF-16 offset of the start of 1-based line `n`. */
export function lineOffset(fixture: Fixture, n: number): number {
  let offset = 0;
  for (let i = 0; i < n - 1; i++) offset += (fixture.lines[i]?.length ?? 0) + 1;
  return offset;
}
