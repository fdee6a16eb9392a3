/**
 * Language identification: the seed fixtures, and every document of the duplicates set (news in
 * eleven languages, each labelled with its ISO 639-1 code).
 */
import { join } from 'node:path';
import { detectLanguage } from '../../../src/language/index.js';
import type { EvalRow, EvalTask } from '../types.js';

/** ISO 639-1 → ISO 639-3 (franc's codes) for the languages of the duplicates set. */
const ISO_639_3: Readonly<Record<string, string>> = {
  en: 'eng',
  ja: 'jpn',
  ru: 'rus',
  is: 'isl',
  zh: 'cmn',
  hr: 'hrv',
  cs: 'ces',
  de: 'deu',
  es: 'spa',
  hi: 'hin',
  uk: 'ukr',
};

export const task: EvalTask = {
  name: 'language',
  run(context) {
    const rows: EvalRow[] = [];
    const seedHits = context.fixtures.filter(
      (f) => detectLanguage(f.text).language === f.gold.language,
    ).length;
    rows.push({
      task: 'language',
      set: 'seeds',
      metric: 'accuracy',
      value: seedHits / context.fixtures.length,
    });
    if (!context.evalDir) return rows;

    const docs = context.readJsonl<{ id: string; lang: string; text: string }>(
      join(context.evalDir, 'duplicates', 'dev-docs.jsonl'),
    );
    let hits = 0;
    const byLanguage = new Map<string, { n: number; hits: number }>();
    for (const doc of docs) {
      const expected = ISO_639_3[doc.lang] ?? doc.lang;
      const hit = detectLanguage(doc.text).language === expected;
      if (hit) hits++;
      const entry = byLanguage.get(doc.lang) ?? { n: 0, hits: 0 };
      entry.n++;
      if (hit) entry.hits++;
      byLanguage.set(doc.lang, entry);
    }
    rows.push({ task: 'language', set: 'duplicates-docs', metric: 'accuracy', value: hits / docs.length });
    for (const [lang, { n, hits: h }] of [...byLanguage].sort((a, b) => b[1].n - a[1].n)) {
      if (n >= 20) {
        rows.push({
          task: 'language',
          set: 'duplicates-docs',
          metric: `accuracy-${lang}`,
          value: h / n,
          info: true,
        });
      }
    }
    return rows;
  },
};
