import { compareDocuments, copySignature, findCopies } from '../../src/copies/index.js';
import type { DemoSection } from '../demo.js';

export const section: DemoSection = {
  title: 'Copies',
  perFixture(fixture) {
    const signature = copySignature(fixture.text);
    return [
      `signature v${signature[0]}: ${signature[1]} word features, ${signature[2]} anchors (numbers, names, URLs)`,
    ];
  },
  acrossFixtures(fixtures) {
    const lines: string[] = ['every pair: relation (score)'];
    for (let i = 0; i < fixtures.length; i++) {
      for (let j = i + 1; j < fixtures.length; j++) {
        const a = fixtures[i]!;
        const b = fixtures[j]!;
        const result = compareDocuments(a.text, b.text);
        const original = result.original
          ? `, original ${result.original === 'a' ? a.id.slice(0, 3) : b.id.slice(0, 3)}`
          : '';
        lines.push(
          `  ${a.id.slice(0, 3)} ~ ${b.id.slice(0, 3)}: ${result.relation} (${result.score})${original}`,
        );
      }
    }
    const pairs = findCopies(fixtures.map((f) => ({ id: f.id.slice(0, 3), text: f.text })));
    lines.push(
      `findCopies: ${pairs.map((p) => `${p.a} ~ ${p.b} ${p.relation} (${p.score})`).join('; ') || 'none'}`,
    );
    return lines;
  },
};
