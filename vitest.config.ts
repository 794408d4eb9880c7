import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Native SQLCipher work and scrypt are CPU-heavy; two files at a time suit a two-core machine.
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/unit/backend/**/*.test.ts', 'test/unit/shared/**/*.test.ts', 'test/unit/frameworks/**/*.test.ts', 'test/integration/**/*.test.ts', 'test/cli/**/*.test.ts', 'test/electron/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'renderer',
          environment: 'happy-dom',
          include: ['test/unit/renderer/**/*.test.ts', 'test/unit/renderer/**/*.test.tsx'],
          testTimeout: 30_000,
        },
      },
    ],
  },
});
