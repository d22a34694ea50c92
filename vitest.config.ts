import { defineConfig } from 'vitest/config';

// Unit tests sit next to their modules; the extension's browser-facing parts are tested end to end in e2e/.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['./vitest.setup.ts'],
    globalSetup: ['./vitest.global-setup.ts'],
  },
});
