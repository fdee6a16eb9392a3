/**
 * `npm run examples`: runs every file in `examples/` (each must exit 0) so that the examples in
 * the docs cannot rot. CI runs it.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const files = readdirSync(join(root, 'examples'))
  .filter((f) => /\.(ts|mjs|cjs|js)$/.test(f))
  .sort();
let failed = 0;
for (const file of files) {
  const path = join('examples', file);
  const runner = file.endsWith('.ts') ? [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path] : [path];
  const result = spawnSync(process.execPath, runner, { cwd: root, encoding: 'utf8' });
  const ok = result.status === 0;
  if (!ok) failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${path}`);
  if (!ok) console.log(result.stdout, result.stderr);
}
console.log(`${files.length - failed} examples passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
