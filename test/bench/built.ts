/**
 * The package as npm ships it, for the bench rows that time it against a peer. The bench runs
 * under tsx, which compiles `src/` on the fly with esbuild's `keepNames`: every named function
 * or closure a call makes also calls `__name` to set its name, work the built package (tsup,
 * `dist/`) does not do. A row compared with a peer should time what a user installs, so the
 * entry is built here the way `npm run build` builds it (esbuild through tsup, ESM, Node 20
 * target), into `node_modules/.cache/` (where its own imports of wink and franc resolve) so
 * `dist/` is left alone, and imported from there.
 */
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'tsup';

/** The public API of the built package. */
export type BuiltPackage = typeof import('../../src/index.js');

let built: Promise<BuiltPackage> | undefined;

/** Builds `src/index.ts` once per bench run and imports the result. */
export function builtPackage(root: string): Promise<BuiltPackage> {
  built ??= (async () => {
    const outDir = resolve(root, 'node_modules', '.cache', 'copydesk-bench');
    await build({
      config: false,
      entry: { index: resolve(root, 'src/index.ts') },
      outDir,
      format: ['esm'],
      target: 'node20',
      platform: 'neutral',
      dts: false,
      sourcemap: false,
      splitting: false,
      silent: true,
      clean: true,
      external: ['wink-nlp', 'wink-eng-lite-web-model', 'franc', '@duckdb/node-api', /^node:/],
    });
    return (await import(pathToFileURL(join(outDir, 'index.js')).href)) as BuiltPackage;
  })();
  return built;
}
