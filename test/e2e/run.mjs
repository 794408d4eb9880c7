// `npm run test:e2e`: the Playwright suite in Debian's Chromium. A missing browser is a failure,
// not a skip, so the suite can never pass without having run.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const CHROMIUM = '/usr/bin/chromium';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

if (!existsSync(CHROMIUM)) {
  console.log('e2e: skipped — /usr/bin/chromium not found (apt-get install chromium)');
  process.exit(1);
}
if (!existsSync(path.join(root, 'dist/web/server.mjs')) || !existsSync(path.join(root, 'dist/renderer/index.html'))) {
  console.log('e2e: the app is not built — run `npm run build` first');
  process.exit(1);
}

const result = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
process.exit(result.status ?? 1);
