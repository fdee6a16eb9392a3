import { extractNumbers, type Quantity } from '../../src/numbers/index.js';
import type { DemoSection } from '../demo.js';

function describe(q: Quantity): string {
  const value = q.date ?? (q.value === null ? '—' : String(q.value));
  const extras = [q.unit && `unit ${q.unit}`, q.modifier && `modifier "${q.modifier}"`]
    .filter(Boolean)
    .join(', ');
  return `${q.kind.padEnd(10)} ${JSON.stringify(q.text).padEnd(34)} = ${value}${extras ? `  (${extras})` : ''}`;
}

export const section: DemoSection = {
  title: 'Numbers',
  perFixture(fixture) {
    const found = extractNumbers(fixture.text);
    const kinds = new Map<string, number>();
    for (const q of found) kinds.set(q.kind, (kinds.get(q.kind) ?? 0) + 1);
    const shown = found.filter((q) => q.kind !== 'ordinal').slice(0, 12);
    return [
      `${found.length} quantities: ${[...kinds].map(([k, n]) => `${k} ×${n}`).join(', ') || 'none'}`,
      ...shown.map(describe),
      ...(found.length > shown.length
        ? [`… and ${found.length - shown.length} more (ordinals not shown)`]
        : []),
    ];
  },
  acrossFixtures(fixtures) {
    // Numbers survive translation: the same facts in 001 (machine-translated) and 002.
    const sets = fixtures.map((f) => ({
      id: f.id.slice(0, 3),
      values: new Set(
        extractNumbers(f.text, { kinds: ['count', 'money', 'duration', 'decade', 'year'] }).map(
          (q) => q.value,
        ),
      ),
    }));
    const lines: string[] = ['values shared between pages (counts, money, durations, years, decades):'];
    for (let a = 0; a < sets.length; a++) {
      for (let b = a + 1; b < sets.length; b++) {
        const x = sets[a];
        const y = sets[b];
        if (!x || !y) continue;
        const shared = [...x.values].filter((v) => y.values.has(v));
        if (shared.length > 0) lines.push(`${x.id} ~ ${y.id}: ${shared.join(', ')}`);
      }
    }
    return lines;
  },
};
