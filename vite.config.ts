// Builds the renderer (renderer/ → dist/renderer/). Relative asset URLs let the same build load from
// file:// in Electron and over HTTP in browser mode. Tests are configured in vitest.config.ts.
import { createReadStream, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const root = path.dirname(fileURLToPath(import.meta.url));
const allowedOutsideRenderer = ['shared'].map((dir) => path.join(root, dir) + path.sep);
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
      this.error(`"${source}" (${path.relative(root, id)}) imported by ${path.relative(root, importer)}: the renderer may only import renderer/ and shared/`);
    },
  };
}

/** pdf.js data the PDF preview fetches from its own origin: CJK cMaps and the standard fonts. */
const PDFJS_DIR = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const PDFJS_DATA = ['cmaps', 'standard_fonts'];

/**
 * Copies pdf.js's cMaps and standard fonts to pdfjs/<folder>/ in the build (and serves them there in
 * development), so the preview never loads anything from outside the app.
 */
function pdfjsData(): Plugin {
  return {
    name: 'custos-pdfjs-data',
    configureServer(server) {
      server.middlewares.use('/pdfjs', (req, res, next) => {
        const [folder, name, ...rest] = (req.url ?? '').split('?')[0]!.split('/').filter(Boolean);
        if (!folder || !name || rest.length > 0 || !PDFJS_DATA.includes(folder) || name.startsWith('.')) return next();
        const file = path.join(PDFJS_DIR, folder, path.basename(name));
        if (!statSync(file, { throwIfNoEntry: false })?.isFile()) return next();
        res.setHeader('Content-Type', 'application/octet-stream');
        createReadStream(file).pipe(res);
      });
    },
    generateBundle() {
      for (const folder of PDFJS_DATA) {
        for (const name of readdirSync(path.join(PDFJS_DIR, folder))) {
          this.emitFile({ type: 'asset', fileName: `pdfjs/${folder}/${name}`, source: readFileSync(path.join(PDFJS_DIR, folder, name)) });
        }
      }
    },
  };
}

export default defineConfig({
  root: path.join(root, 'renderer'),
  base: './',
  publicDir: false,
  plugins: [rendererImportGuard(), react(), pdfjsData()],
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
