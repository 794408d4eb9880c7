// Builds the renderer (renderer/ → dist/renderer/). Relative asset URLs let the same build load from
// file:// in Electron and over HTTP in browser mode. Tests are configured in vitest.config.ts.
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const root = path.dirname(fileURLToPath(import.meta.url));
const allowedOutsideRenderer = ['shared/contract', 'shared/domain', 'shared/frameworks', 'shared/i18n'].map((dir) => path.join(root, dir) + path.sep);
const rendererDir = path.join(root, 'renderer') + path.sep;

/**
 * The renderer runs sandboxed, without Node: refuse Node built-ins and any project file outside
 * renderer/ and the shared folders it may use (never electron/).
 */
function rendererImportGuard(): Plugin {
  return {
    name: 'custos-renderer-import-guard',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || importer.startsWith('\0') || importer.includes('/node_modules/')) return null;
      if (source.startsWith('node:')) this.error(`Node built-in "${source}" imported by ${path.relative(root, importer)}: not allowed in the renderer`);
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      const id = resolved?.id.split('?')[0];
      if (!id || id.startsWith('\0') || id.includes(`${path.sep}node_modules${path.sep}`) || !path.isAbsolute(id)) return resolved;
      if (id.startsWith(rendererDir) || allowedOutsideRenderer.some((dir) => id.startsWith(dir))) return resolved;
      this.error(`"${source}" (${path.relative(root, id)}) imported by ${path.relative(root, importer)}: the renderer may only import renderer/ and shared/{contract,domain,frameworks,i18n}`);
    },
  };
}

export default defineConfig({
  root: path.join(root, 'renderer'),
  base: './',
  publicDir: false,
  plugins: [rendererImportGuard(), react()],
  build: {
    outDir: path.join(root, 'dist/renderer'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    // The passphrase dictionaries form one large lazy chunk on purpose.
    chunkSizeWarningLimit: 2000,
  },
  server: {
    host: '127.0.0.1',
    strictPort: false,
  },
});
