import { defineConfig } from 'tsup';

// Several entries with code splitting: a consumer that only imports `copydesk/language`
// does not pull in the wink model (about 3.5 MB).
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    language: 'src/language/index.ts',
    // Node only: writes signature rows and runs the candidate join in DuckDB (an optional peer).
    scale: 'src/scale/index.ts',
    cli: 'src/cli.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  splitting: true,
  sourcemap: true,
  clean: true,
  treeshake: true,
  target: 'node20',
  platform: 'neutral',
  external: ['wink-nlp', 'wink-eng-lite-web-model', 'franc', '@duckdb/node-api', /^node:/],
});
