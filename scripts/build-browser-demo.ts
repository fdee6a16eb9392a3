/**
 * `npm run build:browser`: bundles the browser demo (`examples/browser/app.ts` with copydesk and
 * the wink model) into one script, `examples/browser/dist/app.js`, for `index.html` to load.
 */
import { build } from 'tsup';

await build({
  entry: { app: 'examples/browser/app.ts' },
  outDir: 'examples/browser/dist',
  format: ['iife'],
  platform: 'browser',
  target: 'es2022',
  minify: true,
  sourcemap: false,
  splitting: false,
  dts: false,
  clean: true,
  config: false,
  noExternal: [/.*/],
  silent: true,
  outExtension: () => ({ js: '.js' }),
});
console.log('browser demo bundled into examples/browser/dist/app.js');
