// Where main finds its files, in a packaged app and in a checkout. Pure, for the tests.
import path from 'node:path';

export interface AppLayout {
  /** dist/electron (where main.cjs, preload.cjs and backend-host.mjs are). */
  electronDir: string;
  rendererRoot: string;
  preload: string;
  backendEntry: string;
  /** Electron-ABI better_sqlite3.node, if one exists. */
  nativeBinding: string | undefined;
  /** Window icon for Linux (other platforms take it from the bundle). */
  icon: string | undefined;
}

export interface LayoutInput {
  electronDir: string;
  isPackaged: boolean;
  resourcesPath: string;
  platform: NodeJS.Platform;
  arch: string;
  env: Record<string, string | undefined>;
  exists(file: string): boolean;
}

export function resolveLayout(input: LayoutInput): AppLayout {
  const distDir = path.dirname(input.electronDir);
  const repoRoot = path.dirname(distDir);
  let nativeBinding: string | undefined;
  let icon: string | undefined;
  if (input.isPackaged) {
    // A packaged app loads native code from its own resources only, never from a path the
    // environment names (the same reason NODE_OPTIONS is disabled by fuse).
    nativeBinding = path.join(input.resourcesPath, 'native', 'better_sqlite3.node');
    icon = path.join(input.resourcesPath, 'icons', 'custos.png');
  } else {
    nativeBinding = input.env.CUSTOS_NATIVE_BINDING || path.join(repoRoot, 'build', 'native', `${input.platform}-${input.arch}`, 'better_sqlite3.node');
    icon = path.join(repoRoot, 'build', 'icons', '512x512.png');
  }
  return {
    electronDir: input.electronDir,
    rendererRoot: path.join(distDir, 'renderer'),
    preload: path.join(input.electronDir, 'preload.cjs'),
    backendEntry: path.join(input.electronDir, 'backend-host.mjs'),
    nativeBinding: input.exists(nativeBinding) ? nativeBinding : undefined,
    icon: input.exists(icon) ? icon : undefined,
  };
}
