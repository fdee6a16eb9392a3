import { extractEntities } from '../../src/entities/index.js';
import type { DemoSection } from '../demo.js';

const SHOWN = 12;

export const section: DemoSection = {
  title: 'Entities (people, organisations, places)',
  perFixture(fixture) {
    const entities = extractEntities(fixture.text);
    const lines = entities
      .filter((e) => e.type === 'PERSON' || e.type === 'ORGANIZATION' || e.type === 'LOCATION')
      .slice(0, SHOWN)
      .map((e) => {
        const forms = [...new Set(e.mentions.map((m) => m.text))].filter((f) => f !== e.name);
        const also = forms.length > 0 ? ` (also ${forms.join(', ')})` : '';
        return `${e.type.padEnd(12)} ${e.name}${also} ×${e.mentions.length}`;
      });
    const others = entities.length - lines.length;
    if (others > 0) lines.push(`… and ${others} more (other types or beyond the first ${SHOWN})`);
    return lines.length > 0 ? lines : ['none'];
  },
  acrossFixtures(fixtures) {
    const seen = new Map<string, Set<string>>();
    for (const f of fixtures) {
      for (const e of extractEntities(f.text)) {
        if (e.type === 'OTHER') continue;
        const set = seen.get(`${e.type} ${e.name}`) ?? new Set<string>();
        set.add(f.id.slice(0, 3));
        seen.set(`${e.type} ${e.name}`, set);
      }
    }
    return [...seen]
      .filter(([, ids]) => ids.size >= 3)
      .sort((a, b) => b[1].size - a[1].size)
      .map(([name, ids]) => `${name} — in ${[...ids].join(', ')}`);
  },
};
