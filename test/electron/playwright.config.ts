// Playwright config for the Electron smoke tests (run through test/electron/run.mjs).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';

const here = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  testDir: here,
  testMatch: /.*\.spec\.ts$/,
  // One app instance at a time: each owns a backend process and a SQLCipher workspace.
  workers: 1,
  fullyParallel: false,
  timeout: 120_000,
  expect: { timeout: 15_000 },
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list'], ['github']] : [['list']],
  outputDir: path.join(here, '..', '..', 'test-results', 'electron'),
});
