import { extractQuotes } from '../../src/quotes/index.js';
import type { DemoSection } from '../demo.js';

const clip = (text: string, n: number): string => (text.length > n ? `${text.slice(0, n - 1)}…` : text);

export const section: DemoSection = {
  title: 'Quotes and who said them',
  perFixture(fixture) {
    const quotes = extractQuotes(fixture.text);
    if (quotes.length === 0) return ['no quotations'];
    const lines = [`${quotes.length} quotations`];
    for (const q of quotes) {
      const who = q.speaker ? `${q.speaker.name} (${q.speaker.via}: "${q.speaker.text}")` : 'unattributed';
      const cue = q.cue ? ` [${q.cue.text}]` : '';
      lines.push(`  ${q.kind.padEnd(7)} "${clip(q.text.replace(/\s+/g, ' '), 60)}" — ${who}${cue}`);
    }
    return lines;
  },
  acrossFixtures(fixtures) {
    const bySpeaker = new Map<string, number>();
    for (const fixture of fixtures) {
      for (const q of extractQuotes(fixture.text)) {
        const name = q.speaker?.name ?? '(nobody)';
        bySpeaker.set(name, (bySpeaker.get(name) ?? 0) + 1);
      }
    }
    return [
      'quotations per speaker across the pages:',
      ...[...bySpeaker].sort((a, b) => b[1] - a[1]).map(([name, n]) => `  ${name}: ${n}`),
    ];
  },
};
