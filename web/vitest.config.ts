import { defineConfig } from 'vitest/config';

// The stateful logic the UI's correctness rests on; each file must keep ≥ 80 % line coverage from its unit tests.
const gatedFiles = [
  'src/apps/live/sync.ts',
  'src/apps/meals/offlineQueue.ts',
  'src/apps/meals/tags.ts',
  'src/apps/meals/TagInput.tsx',
  'src/apps/meals/importReview.ts',
  'src/apps/shop/cart.ts',
];

export default defineConfig({
  test: {
    environment: 'jsdom',
    // The test command runs on a 2-core machine, often beside other work: a first jsdom render can take seconds there.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    teardownTimeout: 30_000,
    include: ['src/**/*.test.{ts,tsx}'],
    coverage: {
      provider: 'v8',
      include: ['src/**/*.{ts,tsx}'],
      exclude: ['src/**/*.test.{ts,tsx}'],
      reporter: ['text-summary', 'cobertura', 'html'],
      reportsDirectory: '../test-results/coverage-web',
      thresholds: Object.fromEntries(gatedFiles.map((file) => [file, { lines: 80 }])),
    },
  },
});
