/**
 * Sections a page template adds after the article: frequently asked questions, key points,
 * key takeaways, summaries. Found by their heading; kept unless the options say otherwise.
 *
 * @module
 * @internal
 */
import { normaliseLine } from './phrases.js';

/** What kind of template section a heading opens, or null (`normalised`: the line through {@link normaliseLine}, when known). */
export function supplementHeading(text: string, normalised?: string): 'faq' | 'key-points' | null {
  if (text.length > 60) return null;
  const key = normalised ?? normaliseLine(text);
  if (FAQ.has(key)) return 'faq';
  if (KEY_POINTS.has(key) || key.endsWith('key points') || key.endsWith('key takeaways')) return 'key-points';
  return null;
}

// Written by hand: the headings page templates and article generators use for such sections.
const FAQ = new Set([
  'faq',
  'faqs',
  'frequently asked questions',
  'questions and answers',
  'common questions',
  'häufig gestellte fragen',
  'questions fréquentes',
  'preguntas frecuentes',
  'perguntas frequentes',
  'domande frequenti',
]);

const KEY_POINTS = new Set([
  'key points',
  'key takeaways',
  'takeaways',
  'summary',
  'in summary',
  'in brief',
  'at a glance',
  'highlights',
  'tl dr',
  'tl;dr',
  'the big picture',
  'zusammenfassung',
  'en bref',
  'resumen',
  'resumo',
  'in sintesi',
]);
