import { defineConfig } from '@playwright/test';

// Every test launches its own browser profile with the built extension (see e2e/fixtures.ts).
export default defineConfig({
  testDir: './e2e',
  testMatch: /.*\.spec\.ts/,
  workers: 2,
  timeout: 45_000,
  reporter: process.env.CI ? 'list' : 'line',
  outputDir: 'test-results',
});
