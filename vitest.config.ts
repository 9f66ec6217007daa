import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    // Builds the site once per run for the tests under test/site/.
    globalSetup: ['test/helpers/global-setup.ts'],
  },
});
