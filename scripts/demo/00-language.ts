import { detectLanguage } from '../../src/language/index.js';
import { parseText } from '../../src/nlp.js';
import type { DemoSection } from '../demo.js';

export const section: DemoSection = {
  title: 'Language and structure',
  perFixture(fixture) {
    const language = detectLanguage(fixture.text);
    const parsed = parseText(fixture.text);
    const winkTypes = new Map<string, number>();
    for (const e of parsed.entities) winkTypes.set(e.type, (winkTypes.get(e.type) ?? 0) + 1);
    return [
      `language ${language.language} (confidence ${language.confidence}), script ${language.script}`,
      `${parsed.tokens.length} tokens, ${parsed.sentences.length} sentences, ${parsed.paragraphs.length} paragraphs`,
      `wink's numeric entities: ${[...winkTypes].map(([t, n]) => `${t} ×${n}`).join(', ') || 'none'}`,
    ];
  },
};
