// The session: which workspace is open and in what state, the app settings, and the gates a flow
// must pass before the main layout shows (a recovery key to confirm, a passphrase to replace).
import { create } from 'zustand';
import type { AppSettings, ProcedureOutput, WorkspaceStatus, WorkspaceStatusEvent } from '../../../shared/contract';
import type { ClientError } from '../client/client';
import { HOME, route, type Page, type Route } from './router';

export type { Page, Route } from './router';

export type AppInfo = ProcedureOutput<'app.info'>;

export interface PendingRecoveryKey {
  /** As returned by the backend (formatted in groups). */
  key: string;
  /** The workspace it belongs to: the key is only worth showing for that one. */
  path: string;
  origin: 'created' | 'rotated';
}

export type BootFailure = { kind: 'missing-token' } | { kind: 'error'; error: ClientError };

export type LockReason = NonNullable<WorkspaceStatusEvent['reason']>;

export interface SessionState {
  phase: 'booting' | 'ready' | 'failed';
  failure: BootFailure | null;
  status: WorkspaceStatus;
  appInfo: AppInfo | null;
  settings: AppSettings;
  pendingRecoveryKey: PendingRecoveryKey | null;
  /** After unlocking with the recovery key: the user set a new passphrase, or chose to do it later. */
  passphrasePromptDone: boolean;
  /** Why the workspace was last locked, when the user did not do it themselves. */
  lockReason: LockReason | null;
  /** What the main layout shows (see router.ts). */
  route: Route;
  /**
   * Keeps the current screen while a call that returns a recovery key is in flight: its status event
   * may arrive before its answer, and the main layout must not flash up before the key is shown.
   */
  heldScreen: Screen | null;
  /** A tab the start screen should switch to (the desktop menu's File > New Workspace). */
  startTabRequest: { tab: StartTab; at: number } | null;

  booted(input: { status: WorkspaceStatus; appInfo: AppInfo; settings: AppSettings }): void;
  bootFailed(failure: BootFailure): void;
  setStatus(status: WorkspaceStatus, reason?: LockReason): void;
  setSettings(settings: AppSettings): void;
  showRecoveryKey(pending: PendingRecoveryKey): void;
  /** A new key came back (created workspace, rotated key): adopt the status and show the key, at once. */
  receivedRecoveryKey(status: WorkspaceStatus, key: string, origin: PendingRecoveryKey['origin'], reason: LockReason): void;
  clearRecoveryKey(): void;
  finishPassphrasePrompt(): void;
  /** Shows a page (by name, with no parameters) or a route. */
  navigate(target: Page | Route): void;
  holdScreen(screen: Screen | null): void;
  requestStartTab(tab: StartTab): void;
}

export type StartTab = 'open' | 'create' | 'demo';

const initialState = {
  phase: 'booting' as const,
  failure: null,
  status: { state: 'closed' } as WorkspaceStatus,
  appInfo: null,
  settings: { language: 'en', theme: 'system' } as AppSettings,
  pendingRecoveryKey: null,
  passphrasePromptDone: false,
  lockReason: null,
  route: HOME as Route,
  heldScreen: null,
  startTabRequest: null,
};

function statusTransition(state: SessionState, status: WorkspaceStatus, reason?: LockReason): Partial<SessionState> {
  const next: Partial<SessionState> = { status };
  const path = status.state === 'closed' ? null : status.path;
  if (state.pendingRecoveryKey && state.pendingRecoveryKey.path !== path) next.pendingRecoveryKey = null;
  if (status.state === 'closed') {
    next.route = HOME;
    next.passphrasePromptDone = false;
    next.lockReason = null;
  } else if (status.state === 'locked') {
    next.passphrasePromptDone = false;
    next.lockReason = state.status.state === 'unlocked' ? (reason ?? 'manual') : state.lockReason;
  } else {
    next.lockReason = null;
    // A different workspace starts on its dashboard.
    if (state.status.state === 'closed' || state.status.path !== status.path) next.route = HOME;
  }
  return next;
}

export const useSession = create<SessionState>()((set) => ({
  ...initialState,

  booted: ({ status, appInfo, settings }) => set({ phase: 'ready', failure: null, status, appInfo, settings }),
  bootFailed: (failure) => set({ phase: 'failed', failure }),

  setStatus: (status, reason) => set((state) => statusTransition(state, status, reason)),

  setSettings: (settings) => set({ settings }),
  showRecoveryKey: (pending) => set({ pendingRecoveryKey: pending }),
  receivedRecoveryKey: (status, key, origin, reason) =>
    set((state) => ({
      ...statusTransition(state, status, reason),
      pendingRecoveryKey: status.state === 'closed' ? null : { key, path: status.path, origin },
      heldScreen: null,
    })),
  clearRecoveryKey: () => set({ pendingRecoveryKey: null }),
  finishPassphrasePrompt: () => set({ passphrasePromptDone: true }),
  navigate: (target) => set({ route: typeof target === 'string' ? route(target) : target }),
  holdScreen: (screen) => set({ heldScreen: screen }),
  requestStartTab: (tab) => set({ startTabRequest: { tab, at: Date.now() } }),
}));

/** Back to the state before boot (tests). */
export function resetSession(): void {
  useSession.setState(initialState);
}

/** What the window shows, derived from the session. */
export type Screen = 'booting' | 'failed' | 'start' | 'unlock' | 'recovery-key' | 'new-passphrase' | 'main';

export function selectScreen(state: SessionState): Screen {
  if (state.phase === 'booting') return 'booting';
  if (state.phase === 'failed') return 'failed';
  if (state.heldScreen) return state.heldScreen;
  const { status } = state;
  if (status.state === 'closed') return 'start';
  if (status.state === 'locked') return 'unlock';
  if (state.pendingRecoveryKey && state.pendingRecoveryKey.path === status.path) return 'recovery-key';
  if (status.unlockedWith === 'recovery' && !state.passphrasePromptDone) return 'new-passphrase';
  return 'main';
}
