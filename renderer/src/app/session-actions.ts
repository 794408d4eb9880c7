// Calls that change the session, shared by several screens.
import type { AppSettings } from '../../../shared/contract';
import { call, onClientError, subscribe, toClientError } from '../client/client';
import { getBridgeProblem, onEventsConnected } from '../client/bridge';
import { setLanguage } from '../i18n';
import { useSession, type LockReason } from './session-store';

export async function refreshStatus(): Promise<void> {
  const status = await call('workspace.status');
  useSession.getState().setStatus(status);
}

export async function bootstrap(): Promise<void> {
  const session = useSession.getState();
  if (getBridgeProblem() === 'missing-token') {
    session.bootFailed({ kind: 'missing-token' });
    return;
  }
  try {
    const [appInfo, settings, status] = await Promise.all([call('app.info'), call('app.settings.get'), call('workspace.status')]);
    await setLanguage(settings.language);
    session.booted({ appInfo, settings, status });
  } catch (error) {
    session.bootFailed({ kind: 'error', error: toClientError(error) });
  }
}

/** Follows backend state changes (lock by another window, idle lock by the backend). */
export function followBackendEvents(): () => void {
  const unsubscribe = subscribe((event) => {
    if (event.type === 'workspace.status') useSession.getState().setStatus(event.status, event.reason);
  });
  const unresync = onEventsConnected(() => {
    if (useSession.getState().phase === 'ready') refreshStatus().catch(() => undefined);
  });
  // An event may have been missed (stream down): a call refused because the workspace is locked
  // means the screen is out of date.
  const unwatch = onClientError((error) => {
    if (error.code === 'WORKSPACE_LOCKED' && useSession.getState().status.state === 'unlocked') refreshStatus().catch(() => undefined);
  });
  return () => {
    unsubscribe();
    unresync();
    unwatch();
  };
}

export async function lockWorkspace(reason: Extract<LockReason, 'manual' | 'idle'> = 'manual'): Promise<void> {
  const status = await call('workspace.lock', { reason });
  useSession.getState().setStatus(status, reason);
}

export async function updateAppSettings(patch: Partial<AppSettings>): Promise<void> {
  const session = useSession.getState();
  const previous = session.settings;
  // Apply at once so the switch feels immediate; the backend's answer is authoritative.
  session.setSettings({ ...previous, ...patch });
  if (patch.language) await setLanguage(patch.language);
  try {
    const settings = await call('app.settings.update', patch);
    useSession.getState().setSettings(settings);
    await setLanguage(settings.language);
  } catch (error) {
    useSession.getState().setSettings(previous);
    await setLanguage(previous.language);
    throw toClientError(error);
  }
}

/**
 * The desktop app's menu reaches the page as `custos:menu:<command>` DOM events (see the preload):
 * File > New Workspace, and a workspace selected by File > Open.
 */
export function followMenuCommands(): () => void {
  const onNew = () => {
    const session = useSession.getState();
    session.requestStartTab('create');
    if (session.status.state !== 'closed') {
      call('workspace.close')
        .then((status) => useSession.getState().setStatus(status, 'closed'))
        .catch((error: unknown) => console.error('Could not close the workspace', error));
    }
  };
  const onRefresh = () => {
    refreshStatus().catch((error: unknown) => console.error('Could not read the workspace status', error));
  };
  window.addEventListener('custos:menu:workspace.new', onNew);
  window.addEventListener('custos:menu:workspace.refresh', onRefresh);
  return () => {
    window.removeEventListener('custos:menu:workspace.new', onNew);
    window.removeEventListener('custos:menu:workspace.refresh', onRefresh);
  };
}
