// Tests the package as users get it: the built ESM and CommonJS entries and the CLI, from dist/.
// Run after `npm run build`: `node scripts/smoke-dist.mjs`.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const esm = await import('../dist/index.js');
const cjs = require('../dist/index.cjs');
const languageOnly = await import('../dist/language.js');

assert.deepEqual(Object.keys(esm).sort(), Object.keys(cjs).sort(), 'ESM and CJS export the same names');
const page = readFileSync(new URL('../test/fixtures/002_ba402d13770ffab5.txt', import.meta.url), 'utf8');
for (const [name, lib] of [
  ['esm', esm],
  ['cjs', cjs],
]) {
  assert.equal(lib.detectLanguage(page).language, 'eng', `${name}: detectLanguage`);
  const parsed = lib.parseText(page);
  for (const t of parsed.tokens) assert.equal(page.slice(t.start, t.end), t.text, `${name}: token offsets`);
  assert.throws(() => lib.detectLanguage(1), TypeError, `${name}: TypeError`);
}
assert.equal(languageOnly.detectLanguage(page).language, 'eng', 'copydesk/language entry');

const cli = spawnSync(
  process.execPath,
  ['dist/cli.js', 'language', '--json', 'test/fixtures/002_ba402d13770ffab5.txt'],
  {
    encoding: 'utf8',
  },
);
assert.equal(cli.status, 0, cli.stderr);
assert.equal(JSON.parse(cli.stdout).language, 'eng', 'CLI language');
const analyzed = spawnSync(
  process.execPath,
  ['dist/cli.js', 'analyze', '--json', 'test/fixtures/002_ba402d13770ffab5.txt'],
  {
    encoding: 'utf8',
  },
);
assert.equal(analyzed.status, 0, analyzed.stderr);
assert.equal(JSON.parse(analyzed.stdout).title, 'How China recruits its spies in the U.S.', 'CLI analyze');
for (const [name, lib] of [
  ['esm', esm],
  ['cjs', cjs],
]) {
  const result = lib.analyze(page);
  assert.ok(
    result.quotes.some((q) => q.speaker?.name === 'Jim Lewis'),
    `${name}: analyze quotes`,
  );
  assert.equal(lib.findCopies([page, page.replace('spies', 'agents')]).length, 1, `${name}: findCopies`);
}
// copydesk/scale: the SQL path through DuckDB (the optional peer), which nothing else loads.
const scale = await import('../dist/scale.js');
const reprint = page.replace('spies', 'agents');
const { pairs } = await scale.duckdbCandidatePairs([...esm.copySignatureRows([page, reprint])]);
assert.deepEqual(
  pairs.map((p) => [p.a, p.b]),
  [['0', '1']],
  'copydesk/scale: duckdbCandidatePairs',
);
assert.equal(esm.verifyCandidatePairs(pairs, [page, reprint]).length, 1, 'verifyCandidatePairs');
for (const file of readdirSync(new URL('../dist/', import.meta.url))) {
  if (file.startsWith('scale.') || !/\.(c?js)$/.test(file)) continue;
  const code = readFileSync(new URL(`../dist/${file}`, import.meta.url), 'utf8');
  assert.ok(!code.includes('@duckdb/node-api'), `dist/${file} must not load @duckdb/node-api`);
}
const missing = spawnSync(process.execPath, ['dist/cli.js', 'language', 'no-such-file.txt'], {
  encoding: 'utf8',
});
assert.equal(missing.status, 1, 'CLI exit code for a missing file');
console.log(
  `dist smoke test: ${Object.keys(esm).length} exports, ESM, CJS, language and scale entries and CLI ok`,
);
