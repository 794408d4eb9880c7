// Lint: TypeScript rules plus the layering rule from DESIGN.md —
// renderer → shared only; backend → shared and Node; main/preload → shared and electron;
// nothing imports renderer; shared imports nothing of ours.
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const zone = (target, from, message) => ({ target, from, message });

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'build/native/**', 'test-results/**', 'playwright-report/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] } } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-syntax': ['error', { selector: "CallExpression[callee.property.name='only']", message: 'focused tests silence the rest of the suite' }],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            zone('./shared', './electron', 'shared/ imports nothing of ours'),
            zone('./shared', './renderer', 'shared/ imports nothing of ours'),
            zone('./renderer', './electron', 'the renderer knows the backend only through shared/'),
            zone('./electron', './renderer', 'nothing imports the renderer'),
            zone('./electron/backend', './electron/main', 'the backend never depends on the Electron main process'),
            zone('./electron/backend', './electron/preload', 'the backend never depends on the preload'),
            zone('./electron/backend', './electron/cli', 'the backend never depends on a transport'),
            zone('./electron/backend', './electron/web', 'the backend never depends on a transport'),
            zone('./electron/preload', './electron/backend', 'the preload is thin: shared and electron only'),
            zone('./electron/preload', './electron/main', 'the preload is thin: shared and electron only'),
          ],
        },
      ],
    },
  },
  {
    // Only the Electron main process and preload may import 'electron'.
    files: ['electron/backend/**', 'electron/web/**', 'electron/cli/**', 'shared/**', 'renderer/**', 'electron/main/utility/**', 'electron/main/security-policy.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: "only electron/main and electron/preload import 'electron'" }] }],
    },
  },
  {
    // The renderer runs in a sandbox: no Node built-ins.
    files: ['renderer/**/*.{ts,tsx}', 'shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: "only electron/main and electron/preload import 'electron'" }],
          patterns: [{ group: ['node:*', 'fs', 'path', 'child_process', 'os', 'crypto', 'better-sqlite3-multiple-ciphers'], message: 'renderer and shared code must run in a browser sandbox' }],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.tsx', 'renderer/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
);
