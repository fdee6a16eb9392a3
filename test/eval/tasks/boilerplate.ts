/**
 * Boilerplate stripping: the seed gold (lines kept and dropped, title, date, body start) and the
 * public boilerplate set (scored with score-boilerplate.mjs), on the full set, the tune half and
 * the held-out check half, plus the count of pages whose body came out empty.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { stripBoilerplate } from '../../../src/boilerplate/index.js';
import type { BoilerplateResult } from '../../../src/boilerplate/types.js';
import { detectLanguage } from '../../../src/language/index.js';
import { lineOffset } from '../../helpers/fixtures.js';
import { readabilityText, readHtmlPages } from '../../helpers/html-pages.js';
import type { EvalContext, EvalRow, EvalTask } from '../types.js';

interface Page {
  readonly id: string;
  readonly url: string;
  readonly page: string;
  readonly gold: string;
}

interface Scores {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly doc_f1: number;
}

/**
 * The scorer on the whole set, once: its totals (the `--json` line) and each page's F1 (its
 * `--per-doc` lines; an empty prediction scores 0).
 */
function scoreWithPages(
  context: EvalContext,
  setPath: string,
  predPath: string,
): { scores: Scores; f1: Map<string, number> } {
  const scorer = join(context.evalDir as string, 'score-boilerplate.mjs');
  const out = execFileSync(process.execPath, [scorer, setPath, predPath, '--per-doc', '--json'], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const f1 = new Map<string, number>();
  let scores: Scores | null = null;
  for (const line of out.split('\n')) {
    if (line.startsWith('{')) {
      scores = JSON.parse(line) as Scores;
      continue;
    }
    const [id, p, r] = line.split('\t');
    if (!id || !p?.startsWith('P=') || !r?.startsWith('R=')) continue;
    const precision = Number(p.slice(2));
    const recall = Number(r.slice(2));
    f1.set(id, precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0);
  }
  if (scores === null) throw new Error('score-boilerplate.mjs printed no totals');
  return { scores, f1 };
}

/**
 * Rows for one extractor's predictions on the dev pages: P, R, F1 and doc-F1 on all pages, the
 * tune half and the check half, the worst page's F1, and the worst five pages printed.
 */
function scoreRows(
  context: EvalContext,
  pages: readonly Page[],
  setPath: string,
  name: string,
  predictions: readonly { id: string; text: string }[],
  info: boolean,
): EvalRow[] {
  const rows: EvalRow[] = [];
  const predPath = context.writeJsonl(`boilerplate-${name}-pred.jsonl`, predictions);
  const parts: [string, (p: Page) => boolean][] = [
    ['', () => true],
    ['-tune', (p) => context.half(p.id) === 'tune'],
    ['-check', (p) => context.half(p.id) === 'check'],
  ];
  let f1 = new Map<string, number>();
  for (const [suffix, keep] of parts) {
    let scores: Scores;
    if (suffix === '') {
      // The whole set: totals and per-page F1 from one run of the scorer.
      const whole = scoreWithPages(context, setPath, predPath);
      scores = whole.scores;
      f1 = whole.f1;
    } else {
      const subsetPath = context.writeJsonl(`boilerplate-${name}${suffix}.jsonl`, pages.filter(keep));
      scores = context.score<Scores>('score-boilerplate.mjs', [subsetPath, predPath]);
    }
    const set = `${name}${suffix}`;
    for (const metric of ['f1', 'precision', 'recall', 'doc_f1'] as const) {
      rows.push({ task: 'boilerplate', set, metric: metric.replace('_', '-'), value: scores[metric], info });
    }
  }
  const worst = pages
    .map((p, i) => ({ i, id: p.id, url: p.url, f1: f1.get(p.id) ?? 0 }))
    .sort((a, b) => a.f1 - b.f1)
    .slice(0, 5);
  console.log(`boilerplate ${name}: worst five pages`);
  for (const w of worst) {
    const half = context.half(w.id);
    console.log(`  #${w.i} ${half.padEnd(5)} F1 ${w.f1.toFixed(3)}  ${w.url.slice(0, 90)}`);
  }
  rows.push({ task: 'boilerplate', set: name, metric: 'worst-page-f1', value: worst[0]?.f1 ?? 0, info });
  return rows;
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
    // Each page stripped once: its body is scored, its language compared below.
    const results = pages.map((p) => stripBoilerplate(p.page));
    const predictions = pages.map((p, i) => ({ id: p.id, text: (results[i] as BoilerplateResult).body }));
    rows.push(...scoreRows(context, pages, setPath, 'dev', predictions, false));

    // HTML mode on the same pages' HTML, and Readability over linkedom on the same HTML.
    const htmlPages = readHtmlPages(context.evalDir);
    if (htmlPages) {
      const html = htmlPages.map((p) => ({ id: p.id, text: stripBoilerplate(p.html).body }));
      const htmlRows = scoreRows(context, pages, setPath, 'dev-html', html, false);
      const peer = htmlPages.map((p) => ({ id: p.id, text: readabilityText(p.html) }));
      const peerRows = scoreRows(context, pages, setPath, 'dev-html-readability', peer, true);
      rows.push(...htmlRows, ...peerRows);
      const f1Of = (set: string): number => rows.find((r) => r.set === set && r.metric === 'f1')?.value ?? 0;
      for (const suffix of ['', '-check']) {
        rows.push({
          task: 'boilerplate',
          set: `dev-html${suffix}`,
          metric: 'f1-over-readability',
          value: f1Of(`dev-html${suffix}`) - f1Of(`dev-html-readability${suffix}`),
        });
      }
    }

    // The body's language against detectLanguage on the gold article (not part of the scorer).
    const goldLanguages = pages.map((p) => detectLanguage(p.gold).language);
    const languageHits = results.filter((r, i) => r.language === goldLanguages[i]).length;
    rows.push({
      task: 'boilerplate',
      set: 'dev',
      metric: 'language-agreement',
      value: languageHits / pages.length,
    });
    const foreign = results.filter((_, i) => goldLanguages[i] !== 'eng');
    const foreignEmpty = foreign.filter((r) => r.body.trim() === '').length;
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
