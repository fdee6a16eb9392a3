import { defineConfig } from 'vitest/config';

// The browser demo test drives Debian's Chromium through playwright-core; `npm run test:browser`
// bundles the demo first. CI installs Chromium when it is missing.
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
