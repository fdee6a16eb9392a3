/**
 * `npm run eval [-- --check] [-- --only TASK]`: runs every capability over the public evaluation
 * sets (`../shared/eval`, or the folder in `COPYDESK_EVAL_DIR`) and the seed gold, scores them
 * with the shared scorers, prints one table and writes `eval-results.json`. With `--check` it
 * exits non-zero when a metric falls below its floor in `test/eval/floors.json`. With
 * `--folds K` the tasks that support it also score K folds of their dev set (see `folds.ts`).
 */
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { loadFixtures } from '../helpers/fixtures.js';
import { FLOORED_FOLDS, FOLDS_MEAN, foldTable } from './folds.js';
import type { EvalContext, EvalRow, EvalTask } from './types.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');

const { values: flags } = parseArgs({
  options: {
    check: { type: 'boolean', default: false },
    only: { type: 'string', multiple: true },
    folds: { type: 'string', default: '0' },
  },
});
const folds = Number.parseInt(flags.folds, 10) || 0;

function findEvalDir(): string | null {
  const fromEnv = process.env.COPYDESK_EVAL_DIR;
  const candidate = fromEnv ? resolve(fromEnv) : resolve(root, '..', 'shared', 'eval');
  return existsSync(candidate) ? candidate : null;
}

/** FNV-1a: a stable 32-bit hash, so halves never change between runs or machines. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function makeContext(evalDir: string | null): EvalContext {
  // One folder per run, so two evals started side by side do not delete each other's files.
  mkdirSync(join(root, '.eval-tmp'), { recursive: true });
  const tmpDir = mkdtempSync(join(root, '.eval-tmp', 'run-'));
  return {
    evalDir,
    fixtures: loadFixtures(),
    tmpDir,
    readJsonl<T>(path: string): T[] {
      return readFileSync(path, 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => JSON.parse(line) as T);
    },
    writeJsonl(name: string, rows: readonly unknown[]): string {
      const path = isAbsolute(name) ? name : join(tmpDir, name);
      writeFileSync(path, rows.map((row) => JSON.stringify(row)).join('\n') + '\n');
      return path;
    },
    score<T>(scorer: string, args: readonly string[]): T {
      if (!evalDir) throw new Error('no evaluation folder: scorers are not available');
      const out = execFileSync(process.execPath, [join(evalDir, scorer), ...args, '--json'], {
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
      });
      return JSON.parse(out) as T;
    },
    half(id: string): 'tune' | 'check' {
      return hash(id) % 2 === 0 ? 'tune' : 'check';
    },
    folds,
    fold(id: string): number {
      return folds > 0 ? hash(`fold:${id}`) % folds : 0;
    },
  };
}

async function loadTasks(): Promise<EvalTask[]> {
  const dir = join(here, 'tasks');
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.ts'))
    .sort();
  const tasks: EvalTask[] = [];
  for (const file of files) {
    const mod = (await import(pathToFileURL(join(dir, file)).href)) as { task?: EvalTask };
    if (!mod.task) throw new Error(`test/eval/tasks/${file} does not export a task`);
    tasks.push(mod.task);
  }
  return tasks;
}

function format(value: number | null | undefined): string {
  if (value === null || value === undefined) return '-';
  return Number.isInteger(value) ? String(value) : value.toFixed(4);
}

async function main(): Promise<void> {
  const evalDir = findEvalDir();
  if (!evalDir) {
    console.log(
      'eval: no public evaluation sets found (looked for ../shared/eval beside the project; set ' +
        'COPYDESK_EVAL_DIR to point elsewhere). Scoring the seed fixtures only.',
    );
  }
  const floors = JSON.parse(readFileSync(join(here, 'floors.json'), 'utf8')) as Record<string, number>;
  const context = makeContext(evalDir);
  const tasks = (await loadTasks()).filter((t) => !flags.only || flags.only.includes(t.name));

  const rows: EvalRow[] = [];
  for (const task of tasks) {
    const started = performance.now();
    const taskRows = await task.run(context);
    rows.push(...taskRows);
    console.error(`eval: ${task.name} done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }

  const failures: string[] = [];
  const table = rows.map((row) => {
    const key = `${row.task}/${row.set}/${row.metric}`;
    const floor = row.info ? undefined : floors[key];
    const below = floor !== undefined && (row.value === null || row.value < floor - 1e-9);
    if (below) failures.push(`${key} = ${format(row.value)} is below its floor ${format(floor)}`);
    return [row.task, row.set, row.metric, format(row.value), format(floor), below ? 'BELOW' : ''];
  });
  // A floored metric that no task reported is a regression too, unless its set is absent.
  const reported = new Set(rows.map((r) => `${r.task}/${r.set}/${r.metric}`));
  const ran = new Set(tasks.map((t) => t.name));
  for (const key of Object.keys(floors)) {
    const [taskName, set] = key.split('/');
    const publicSet = set !== 'seeds';
    if (set === FOLDS_MEAN && folds !== FLOORED_FOLDS) continue; // floored for 5 folds only
    if (!reported.has(key) && ran.has(taskName ?? '') && (evalDir || !publicSet)) {
      failures.push(`${key} has a floor but was not reported`);
    }
  }

  const header = ['task', 'set', 'metric', 'value', 'floor', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of table) console.log(line(r));

  const resultsPath = join(root, 'eval-results.json');
  if (folds >= 2) {
    const previous = existsSync(resultsPath)
      ? (JSON.parse(readFileSync(resultsPath, 'utf8')) as { rows: EvalRow[] }).rows
      : [];
    console.log(`\n${folds}-fold scores (change against the previous run in brackets):`);
    for (const l of foldTable(rows, previous, folds)) console.log(l);
  }

  writeFileSync(
    resultsPath,
    JSON.stringify(
      {
        evalDir: evalDir ? relative(root, evalDir) : null,
        rows: rows.map((r) => ({ ...r, floor: floors[`${r.task}/${r.set}/${r.metric}`] ?? null })),
      },
      null,
      2,
    ) + '\n',
  );
  rmSync(context.tmpDir, { recursive: true, force: true });

  if (failures.length > 0) {
    console.log(`\n${failures.length} metric(s) below floor:`);
    for (const f of failures) console.log(`  ${f}`);
    if (flags.check) process.exitCode = 1;
  } else if (flags.check) {
    console.log(`\nall ${Object.keys(floors).length} floors hold`);
  }
}

await main();
