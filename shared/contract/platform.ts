// The small object the Electron preload exposes as `window.custos`. In browser mode the renderer
// builds an object of the same shape over HTTP, with `platform.kind = 'browser'` and no native
// dialogs (the UI then asks for paths as text).
import type { Envelope } from './errors';
import type { BackendEventListener } from './events';

export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface PlatformApi {
  kind: 'electron' | 'browser';
  /** Native folder picker; resolves null when cancelled or not available. */
  chooseDirectory(options?: { title?: string; defaultPath?: string }): Promise<string | null>;
  /** Native picker for an existing `*.custos` bundle; null when cancelled or not available. */
  chooseWorkspace(options?: { title?: string }): Promise<string | null>;
  /** Native save dialog; null when cancelled or not available. */
  chooseSavePath(options: { title?: string; defaultPath?: string; filters?: FileFilter[] }): Promise<string | null>;
  /** Opens an http(s) link in the system browser if its host is on the allowlist. */
  openExternal(url: string): Promise<boolean>;
  /** OS keychain unlock (Electron safeStorage). Absent in browser mode. */
  keychain?: {
    /** False where the OS offers no real keychain (e.g. Linux basic_text). */
    available(): Promise<boolean>;
    /** Creates a device key slot for the open workspace and stores its key in the keychain. */
    enable(): Promise<Envelope<unknown>>;
    disable(): Promise<Envelope<unknown>>;
    /** Unlocks the selected workspace with the key kept in this device's keychain. */
    unlock(path: string): Promise<Envelope<unknown>>;
    /** Whether this device holds a key for the workspace at `path`. */
    enabledFor(path: string): Promise<boolean>;
  };
}

export interface CustosBridge {
  invoke(procedure: string, input: unknown): Promise<Envelope<unknown>>;
  subscribe(listener: BackendEventListener): () => void;
  platform: PlatformApi;
}
