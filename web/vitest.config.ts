import { defineConfig } from 'vitest/config';

// The stateful logic the UI's correctness rests on; each file must keep ≥ 80 % line coverage from its unit tests.
const gatedFiles = ['src/apps/meals/tags.ts'];

export default defineConfig({
  test: {
    environment: 'jsdom',
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
