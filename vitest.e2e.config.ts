import { defineConfig } from 'vitest/config';

/** Browser journeys: one server and one Chromium per file, files one after another. */
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 120_000,
  },
});
