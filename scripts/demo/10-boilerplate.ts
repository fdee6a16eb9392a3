import { stripBoilerplate } from '../../src/boilerplate/index.js';
import type { DemoSection } from '../demo.js';

export const section: DemoSection = {
  title: 'Boilerplate stripping',
  perFixture(fixture) {
    const result = stripBoilerplate(fixture.text);
    const reasons = new Map<string, number>();
    for (const block of result.blocks) {
      if (block.reason) reasons.set(block.reason, (reasons.get(block.reason) ?? 0) + 1);
    }
    const kept = result.blocks.filter((b) => b.kind === 'content' || b.kind === 'heading').length;
    return [
      `title: ${result.title ?? '(none)'}; published: ${result.published ?? '(none)'}; language: ${result.language}`,
      `${kept} of ${result.blocks.length} blocks kept; dropped: ${[...reasons].map(([r, n]) => `${r} ×${n}`).join(', ') || 'none'}`,
      `body starts: ${result.body.slice(0, 80)}…`,
    ];
  },
};
