// pdf.js, loaded only when a PDF is previewed (FilePreviewModal imports this module dynamically, so
// it stays out of the main chunk). Pages are drawn to a <canvas> and nothing else: no annotation or
// text layer (so no clickable links), no XFA forms, no PDF JavaScript (no scripting sandbox is ever
// configured), no eval-compiled functions, and no remote requests. The worker is a module worker
// created here from the bundled file, and cMaps and standard fonts come from pdfjs/ next to
// index.html (copied by vite.config.ts), so everything loads from the app's own origin under the
// strict CSP, on app://custos/ and on http://127.0.0.1 alike.
import { getDocument, PDFWorker, RenderingCancelledException, type PDFDocumentProxy, type PDFPageProxy, type RenderTask } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

export type { PDFDocumentProxy, PDFPageProxy };

export interface OpenedPdf {
  document: PDFDocumentProxy;
  /** Stops loading or rendering, frees the document and ends its worker. */
  close(): Promise<void>;
}

function dataUrl(folder: string): string {
  return new URL(`pdfjs/${folder}/`, document.baseURI).href;
}

/**
 * Opens a PDF from its bytes (they are copied: pdf.js hands its buffer to the worker). Each document
 * gets its own worker, ended by close().
 */
export async function openPdf(bytes: Uint8Array): Promise<OpenedPdf> {
  const port = new Worker(workerUrl, { type: 'module', name: 'pdf.js' });
  const worker = PDFWorker.fromPort({ port });
  const task = getDocument({
    data: bytes.slice(),
    worker,
    isEvalSupported: false,
    enableXfa: false,
    useSystemFonts: false,
    disableAutoFetch: true,
    disableStream: true,
    useWorkerFetch: false,
    cMapUrl: dataUrl('cmaps'),
    cMapPacked: true,
    standardFontDataUrl: dataUrl('standard_fonts'),
  });
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    try {
      await task.destroy();
    } finally {
      worker.destroy();
      port.terminate();
    }
  };
  try {
    return { document: await task.promise, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * Draws a page at `cssScale` (CSS pixels per PDF point) into `canvas`, sharp on high-DPI screens.
 * Resolves false when cancelled through the returned handle.
 */
export function renderPage(page: PDFPageProxy, canvas: HTMLCanvasElement, cssScale: number): { done: Promise<boolean>; cancel(): void } {
  const ratio = Math.min(window.devicePixelRatio || 1, 3);
  const viewport = page.getViewport({ scale: cssScale });
  canvas.width = Math.max(1, Math.floor(viewport.width * ratio));
  canvas.height = Math.max(1, Math.floor(viewport.height * ratio));
  canvas.style.width = `${Math.floor(viewport.width)}px`;
  canvas.style.height = `${Math.floor(viewport.height)}px`;
  const context = canvas.getContext('2d');
  if (!context) return { done: Promise.reject(new Error('no 2D canvas context')), cancel() {} };
  // An opaque white page, whatever the PDF paints.
  context.fillStyle = '#fff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  const task: RenderTask = page.render({ canvasContext: context, viewport, transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0], intent: 'display' });
  const done = task.promise.then(
    () => true,
    (error: unknown) => {
      if (error instanceof RenderingCancelledException) return false;
      throw error;
    },
  );
  return { done, cancel: () => task.cancel() };
}
