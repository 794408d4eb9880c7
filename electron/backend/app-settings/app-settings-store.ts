// App-level preferences (language, theme) and the recent-workspaces list, in a small JSON file in
// the config folder. Holds paths and display names only: no secrets, no record content.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { appSettingsSchema, recentWorkspaceSchema, type AppSettings, type RecentWorkspace } from '../../../shared/contract';
import { writeFileAtomic } from '../workspace/keyring';

const FILE = 'app-settings.json';
const MAX_RECENT = 12;

const fileSchema = z.object({
  settings: appSettingsSchema,
  recent: z.array(recentWorkspaceSchema).max(100),
});
type SettingsFile = z.infer<typeof fileSchema>;

const DEFAULTS: SettingsFile = { settings: { language: 'en', theme: 'system' }, recent: [] };

export interface AppSettingsStore {
  get(): AppSettings;
  update(patch: Partial<AppSettings>): AppSettings;
  recent(): RecentWorkspace[];
  remember(entry: { path: string; name: string }, at: Date): void;
  forget(path: string): RecentWorkspace[];
}

export function createAppSettingsStore(configDir: string): AppSettingsStore {
  const path = join(configDir, FILE);
  let cache: SettingsFile | null = null;

  const load = (): SettingsFile => {
    if (cache) return cache;
    try {
      const parsed = fileSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
      // A damaged preferences file is not worth failing over: fall back to defaults.
      cache = parsed.success ? parsed.data : structuredClone(DEFAULTS);
    } catch {
      cache = structuredClone(DEFAULTS);
    }
    return cache;
  };
  const save = (next: SettingsFile) => {
    mkdirSync(configDir, { recursive: true, mode: 0o700 });
    writeFileAtomic(path, `${JSON.stringify(next, null, 2)}\n`);
    cache = next;
  };

  return {
    get: () => load().settings,
    update(patch) {
      const current = load();
      const next = { ...current, settings: { ...current.settings, ...patch } };
      save(next);
      return next.settings;
    },
    recent: () => load().recent,
    remember(entry, at) {
      const current = load();
      const recent = [{ ...entry, lastOpenedAt: at.toISOString() }, ...current.recent.filter((r) => r.path !== entry.path)].slice(0, MAX_RECENT);
      save({ ...current, recent });
    },
    forget(target) {
      const current = load();
      const recent = current.recent.filter((r) => r.path !== target);
      save({ ...current, recent });
      return recent;
    },
  };
}
