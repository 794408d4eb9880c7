// Keychain unlock: a random device key per workspace, held only by main and wrapped with the OS
// keychain (Electron safeStorage) in userData/device-keys.json. The backend gets the key to add or
// open the device key slot; the page never sees it. Electron is injected, so this runs under
// plain Node in the tests.
import { randomBytes as nodeRandomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { workspaceStatusSchema } from '../../shared/contract';
import type { Envelope, WorkspaceStatus } from '../../shared/contract';
import { errorEnvelope } from '../preload/port-protocol';

export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  getSelectedStorageBackend?(): string;
}

export interface KeychainDeps {
  platform: NodeJS.Platform;
  safeStorage: SafeStorageLike;
  /** Main's own connection to the backend. */
  invoke(procedure: string, input: unknown): Promise<Envelope<unknown>>;
  /** userData/device-keys.json */
  storePath: string;
  randomBytes?: (size: number) => Buffer;
  now?: () => Date;
}

export interface Keychain {
  available(): Promise<boolean>;
  enable(): Promise<Envelope<unknown>>;
  disable(): Promise<Envelope<unknown>>;
  unlock(workspacePath: string): Promise<Envelope<unknown>>;
  enabledFor(workspacePath: string): Promise<boolean>;
}

/** Linux backends that keep secrets in a real keyring; `basic_text` is a hard-coded password. */
const LINUX_KEYRING_BACKENDS: ReadonlySet<string> = new Set(['gnome_libsecret', 'kwallet', 'kwallet5', 'kwallet6']);

const DEVICE_KEY = /^[0-9a-f]{64}$/;

const entrySchema = z.object({
  path: z.string().min(1),
  workspaceId: z.string(),
  wrappedKey: z.string().min(1),
  createdAt: z.string(),
});
const storeSchema = z.object({ version: z.literal(1), workspaces: z.record(z.string(), entrySchema) });
type DeviceKeyStore = z.infer<typeof storeSchema>;
type DeviceKeyEntry = z.infer<typeof entrySchema>;

export function keychainAvailable(platform: NodeJS.Platform, safeStorage: SafeStorageLike): boolean {
  try {
    if (!safeStorage.isEncryptionAvailable()) return false;
    if (platform === 'linux') {
      const backend = safeStorage.getSelectedStorageBackend?.() ?? 'unknown';
      return LINUX_KEYRING_BACKENDS.has(backend);
    }
    return true;
  } catch {
    return false;
  }
}

/** The store's key for a workspace path: absolute, no trailing separator, case-folded on Windows. */
export function workspaceKey(workspacePath: string, platform: NodeJS.Platform = process.platform): string {
  const pathApi = platform === 'win32' ? path.win32 : path.posix;
  // resolve() also drops trailing separators.
  const resolved = pathApi.resolve(workspacePath);
  return platform === 'win32' ? resolved.toLowerCase() : resolved;
}

export function createKeychain(deps: KeychainDeps): Keychain {
  const randomBytes = deps.randomBytes ?? nodeRandomBytes;
  const now = deps.now ?? (() => new Date());
  // One operation at a time: each reads, changes and rewrites the store file.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  const isAvailable = (): boolean => keychainAvailable(deps.platform, deps.safeStorage);
  const unavailable = (): Envelope<never> =>
    errorEnvelope('KEYCHAIN_UNAVAILABLE', 'This device offers no keychain that protects stored keys.');

  async function readStore(): Promise<DeviceKeyStore> {
    let text: string;
    try {
      text = await fs.readFile(deps.storePath, 'utf8');
    } catch {
      return { version: 1, workspaces: {} };
    }
    try {
      const parsed = storeSchema.safeParse(JSON.parse(text));
      if (parsed.success) return parsed.data;
    } catch {
      // Fall through: an unreadable store is treated as empty; passphrase unlock still works.
    }
    return { version: 1, workspaces: {} };
  }

  async function writeStore(store: DeviceKeyStore): Promise<void> {
    await fs.mkdir(path.dirname(deps.storePath), { recursive: true });
    const temp = `${deps.storePath}.${process.pid}.tmp`;
    await fs.writeFile(temp, `${JSON.stringify(store, null, 2)}\n`, { mode: 0o600 });
    await fs.rename(temp, deps.storePath);
  }

  async function status(): Promise<WorkspaceStatus | null> {
    const envelope = await deps.invoke('workspace.status', {});
    if (!envelope.ok) return null;
    const parsed = workspaceStatusSchema.safeParse(envelope.value);
    return parsed.success ? parsed.data : null;
  }

  async function findEntry(workspacePath: string): Promise<DeviceKeyEntry | undefined> {
    const store = await readStore();
    return store.workspaces[workspaceKey(workspacePath, deps.platform)];
  }

  return {
    available: async () => isAvailable(),

    enable: () =>
      serial(async () => {
        if (!isAvailable()) return unavailable();
        const current = await status();
        if (!current || current.state !== 'unlocked') return errorEnvelope('WORKSPACE_LOCKED', 'Open the workspace before enabling keychain unlock.');
        const deviceKey = randomBytes(32).toString('hex');
        let wrappedKey: string;
        try {
          wrappedKey = deps.safeStorage.encryptString(deviceKey).toString('base64');
        } catch {
          return unavailable();
        }
        const result = await deps.invoke('workspace.device.enable', { deviceKey });
        if (!result.ok) return result;
        try {
          const store = await readStore();
          store.workspaces[workspaceKey(current.path, deps.platform)] = {
            path: current.path,
            workspaceId: current.workspaceId,
            wrappedKey,
            createdAt: now().toISOString(),
          };
          await writeStore(store);
        } catch {
          // Without the stored key the new slot could never be used: take it out again.
          await deps.invoke('workspace.device.disable', {});
          return errorEnvelope('INTERNAL', 'The device key could not be stored.');
        }
        return result;
      }),

    disable: () =>
      serial(async () => {
        const current = await status();
        const result = await deps.invoke('workspace.device.disable', {});
        if (!result.ok || !current || current.state !== 'unlocked') return result;
        const store = await readStore();
        const key = workspaceKey(current.path, deps.platform);
        let changed = false;
        for (const [entryKey, entry] of Object.entries(store.workspaces)) {
          if (entryKey === key || entry.workspaceId === current.workspaceId) {
            delete store.workspaces[entryKey];
            changed = true;
          }
        }
        if (changed) await writeStore(store);
        return result;
      }),

    unlock: (workspacePath) =>
      serial(async () => {
        const entry = await findEntry(workspacePath);
        if (!entry) return errorEnvelope('NOT_FOUND', 'This device holds no key for this workspace.');
        if (!isAvailable()) return unavailable();
        let deviceKey: string;
        try {
          deviceKey = deps.safeStorage.decryptString(Buffer.from(entry.wrappedKey, 'base64'));
        } catch {
          return unavailable();
        }
        if (!DEVICE_KEY.test(deviceKey)) return unavailable();
        return deps.invoke('workspace.open', { path: entry.path, secret: { kind: 'device', deviceKey } });
      }),

    enabledFor: async (workspacePath) => isAvailable() && (await findEntry(workspacePath)) !== undefined,
  };
}
