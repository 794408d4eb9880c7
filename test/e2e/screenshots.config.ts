// Only for `npx playwright test -c test/e2e/screenshots.config.ts`: regenerates the README's
// screenshots in docs/screenshots/. Not part of `npm test`.
import { defineConfig } from '@playwright/test';
import base from '../../playwright.config';

export default defineConfig({
  ...base,
  testDir: '.',
  testMatch: 'screenshots.ts',
  timeout: 180_000,
});
