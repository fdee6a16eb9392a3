import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The browser demo test needs Chromium and a bundle: `npm run test:browser`.
    exclude: ['test/browser/**', '**/node_modules/**'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      exclude: ['src/cli.ts', 'src/**/data/**'],
      thresholds: { lines: 90, branches: 85 },
      reporter: ['text-summary', 'json-summary'],
    },
  },
});
