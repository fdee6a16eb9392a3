/**
 * Boilerplate stripping: the seed gold (lines kept and dropped, title, date, body start) and the
 * public boilerplate set (scored with score-boilerplate.mjs), on the full set, the tune half and
 * the held-out check half, plus the count of pages whose body came out empty.
 */
import { join } from 'node:path';
import { stripBoilerplate } from '../../../src/boilerplate/index.js';
import { detectLanguage } from '../../../src/language/index.js';
import { lineOffset } from '../../helpers/fixtures.js';
import type { EvalRow, EvalTask } from '../types.js';

interface Page {
  readonly id: string;
  readonly page: string;
  readonly gold: string;
}

interface Scores {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly doc_f1: number;
}

export const task: EvalTask = {
  name: 'boilerplate',
  run(context) {
    const rows: EvalRow[] = [];
    let lines = 0;
    let right = 0;
    let fields = 0;
    let fieldsRight = 0;
    for (const fixture of context.fixtures) {
      const result = stripBoilerplate(fixture.text);
      const kept = (n: number): boolean => {
        const start = lineOffset(fixture, n);
        const end = start + (fixture.lines[n - 1]?.length ?? 0);
        return result.blocks.some(
          (b) => b.start >= start && b.end <= end && (b.kind === 'content' || b.kind === 'heading'),
        );
      };
      for (const n of fixture.gold.content_lines) {
        lines++;
        if (kept(n)) right++;
      }
      for (const n of fixture.gold.boilerplate_lines) {
        lines++;
        if (!kept(n)) right++;
      }
      fields += 3;
      if (result.title === fixture.gold.title) fieldsRight++;
      if (result.published === fixture.gold.published) fieldsRight++;
      if (fixture.gold.body_starts_with === null || result.body.startsWith(fixture.gold.body_starts_with))
        fieldsRight++;
    }
    rows.push({ task: 'boilerplate', set: 'seeds', metric: 'line-accuracy', value: right / lines });
    rows.push({ task: 'boilerplate', set: 'seeds', metric: 'title-date-start', value: fieldsRight / fields });
    if (!context.evalDir) return rows;

    const setPath = join(context.evalDir, 'boilerplate', 'dev.jsonl');
    const pages = context.readJsonl<Page>(setPath);
    const predictions = pages.map((p) => ({ id: p.id, text: stripBoilerplate(p.page).body }));
    const predPath = context.writeJsonl('boilerplate-pred.jsonl', predictions);
    const parts: [string, (p: Page) => boolean][] = [
      ['dev', () => true],
      ['dev-tune', (p) => context.half(p.id) === 'tune'],
      ['dev-check', (p) => context.half(p.id) === 'check'],
    ];
    for (const [set, keep] of parts) {
      const chosen = pages.filter(keep);
      const subsetPath = set === 'dev' ? setPath : context.writeJsonl(`boilerplate-${set}.jsonl`, chosen);
      const scores = context.score<Scores>('score-boilerplate.mjs', [subsetPath, predPath]);
      rows.push({ task: 'boilerplate', set, metric: 'f1', value: scores.f1 });
      rows.push({ task: 'boilerplate', set, metric: 'precision', value: scores.precision });
      rows.push({ task: 'boilerplate', set, metric: 'recall', value: scores.recall });
      rows.push({ task: 'boilerplate', set, metric: 'doc-f1', value: scores.doc_f1 });
    }
    // The body's language against detectLanguage on the gold article (not part of the scorer).
    const languageHits = pages.filter((p, i) => {
      const expected = detectLanguage(p.gold).language;
      return stripBoilerplate(p.page).language === expected && predictions[i] !== undefined;
    }).length;
    rows.push({
      task: 'boilerplate',
      set: 'dev',
      metric: 'language-agreement',
      value: languageHits / pages.length,
    });
    const foreign = pages.filter((p) => detectLanguage(p.gold).language !== 'eng');
    const foreignEmpty = foreign.filter((p) => stripBoilerplate(p.page).body.trim() === '').length;
    rows.push({
      task: 'boilerplate',
      set: 'dev-non-english',
      metric: 'pages',
      value: foreign.length,
      info: true,
    });
    rows.push({
      task: 'boilerplate',
      set: 'dev-non-english',
      metric: 'empty-pages',
      value: foreignEmpty,
      info: true,
    });
    // Non-empty bodies: a page (in any language) whose body comes out empty is a failure.
    const nonEmpty = predictions.filter((p) => p.text.trim() !== '').length;
    rows.push({
      task: 'boilerplate',
      set: 'dev',
      metric: 'non-empty-share',
      value: nonEmpty / predictions.length,
    });
    rows.push({
      task: 'boilerplate',
      set: 'dev',
      metric: 'empty-pages',
      value: predictions.length - nonEmpty,
      info: true,
    });
    return rows;
  },
};
