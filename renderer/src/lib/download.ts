// Saving files the backend produced. In Electron a native dialog picks the path and the backend
// writes the file there; in browser mode the backend returns the content and the page hands it to
// the browser as a download. Every export goes through `saveExport`.
import type { ExportResult, FileFilter, PlatformApi } from '../../../shared/contract';
import { platform } from '../client/client';

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Base64 of bytes, in chunks (String.fromCharCode has an argument limit). */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

/** A file name safe to offer to a download or a save dialog: no folders, no control characters. */
export function safeFileName(name: string, fallback = 'download'): string {
  const base = (name.split(/[/\\]/).pop() ?? '').replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '').trim();
  return base === '' || base === '.' || base === '..' ? fallback : base;
}

export interface DownloadEnvironment {
  document: Pick<Document, 'createElement' | 'body'>;
  url: Pick<typeof URL, 'createObjectURL' | 'revokeObjectURL'>;
  /** Revocation is deferred so the browser has started reading the blob. */
  defer(run: () => void): void;
}

const browserEnvironment = (): DownloadEnvironment => ({ document, url: URL, defer: (run) => setTimeout(run, 30_000) });

/** Hands bytes to the browser as a file download (a temporary blob: URL and an `<a download>`). */
export function downloadBytes(bytes: Uint8Array<ArrayBuffer> | Blob, fileName: string, mimeType: string, env: DownloadEnvironment = browserEnvironment()): void {
  const blob = bytes instanceof Blob ? bytes : new Blob([bytes], { type: mimeType || 'application/octet-stream' });
  const href = env.url.createObjectURL(blob);
  const anchor = env.document.createElement('a');
  anchor.href = href;
  anchor.download = safeFileName(fileName);
  anchor.rel = 'noopener';
  anchor.style.display = 'none';
  env.document.body.appendChild(anchor);
  try {
    anchor.click();
  } finally {
    anchor.remove();
    env.defer(() => env.url.revokeObjectURL(href));
  }
}

export function downloadBase64(base64: string, fileName: string, mimeType: string, env?: DownloadEnvironment): void {
  downloadBytes(base64ToBytes(base64), fileName, mimeType, env);
}

export type SaveOutcome = { kind: 'saved'; path: string; fileName: string } | { kind: 'downloaded'; fileName: string } | { kind: 'cancelled' };

export interface SaveExportOptions {
  /** Proposed in the save dialog. */
  suggestedName: string;
  filters?: FileFilter[];
  title?: string;
  platform?: PlatformApi | null;
  env?: DownloadEnvironment;
}

/**
 * Runs an export procedure and delivers its file: to a path from the native save dialog when there
 * is one (cancelling it cancels the export), else as a browser download of the returned content.
 */
export async function saveExport(run: (destination?: string) => Promise<ExportResult>, options: SaveExportOptions): Promise<SaveOutcome> {
  const host = options.platform === undefined ? platform() : options.platform;
  if (host?.kind === 'electron') {
    const destination = await host.chooseSavePath({ title: options.title, defaultPath: safeFileName(options.suggestedName), filters: options.filters });
    if (!destination) return { kind: 'cancelled' };
    const result = await run(destination);
    return { kind: 'saved', path: result.path ?? destination, fileName: result.fileName };
  }
  const result = await run(undefined);
  if (result.base64 === undefined) throw new Error(`the export of ${result.fileName} returned no content`);
  downloadBase64(result.base64, result.fileName || options.suggestedName, result.mimeType, options.env);
  return { kind: 'downloaded', fileName: result.fileName };
}
