import { cleanup, fireEvent, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WorkspaceStatus } from '../../../shared/contract';
import { resetSession, selectScreen, useSession } from '../../../renderer/src/app/session-store';
import { useIdleLock } from '../../../renderer/src/app/use-idle-lock';

const unlocked = (overrides: Partial<Extract<WorkspaceStatus, { state: 'unlocked' }>> = {}): WorkspaceStatus => ({
  state: 'unlocked',
  path: '/w/acme.custos',
  name: 'Acme',
  workspaceId: 'w1',
  unlockedWith: 'passphrase',
  recoveryKeyConfirmed: true,
  autoLockMinutes: 15,
  language: 'en',
  ...overrides,
});
const locked: WorkspaceStatus = { state: 'locked', path: '/w/acme.custos', name: 'Acme', deviceUnlockAvailable: false };

describe('session gates', () => {
  beforeEach(() => {
    resetSession();
    useSession.setState({ phase: 'ready' });
  });

  it('routes by workspace state', () => {
    expect(selectScreen(useSession.getState())).toBe('start');
    useSession.getState().setStatus(locked);
    expect(selectScreen(useSession.getState())).toBe('unlock');
    useSession.getState().setStatus(unlocked());
    expect(selectScreen(useSession.getState())).toBe('main');
  });

  it('keeps a new recovery key on screen until it is confirmed, even if a status event arrives first', () => {
    const session = useSession.getState();
    session.holdScreen('start');
    session.setStatus(unlocked({ recoveryKeyConfirmed: false }), 'created');
    expect(selectScreen(useSession.getState())).toBe('start');
    useSession.getState().receivedRecoveryKey(unlocked({ recoveryKeyConfirmed: false }), 'ab'.repeat(32), 'created', 'created');
    expect(selectScreen(useSession.getState())).toBe('recovery-key');
    // Locked and unlocked again: the same key is still waiting to be confirmed.
    useSession.getState().setStatus(locked, 'idle');
    useSession.getState().setStatus(unlocked({ recoveryKeyConfirmed: false }));
    expect(selectScreen(useSession.getState())).toBe('recovery-key');
    // Closed, or another workspace: the key is dropped.
    useSession.getState().setStatus({ state: 'closed' });
    expect(useSession.getState().pendingRecoveryKey).toBeNull();
  });

  it('asks for a new passphrase after a recovery-key unlock, once', () => {
    useSession.getState().setStatus(unlocked({ unlockedWith: 'recovery' }));
    expect(selectScreen(useSession.getState())).toBe('new-passphrase');
    useSession.getState().finishPassphrasePrompt();
    expect(selectScreen(useSession.getState())).toBe('main');
  });

  it('remembers why the workspace was locked', () => {
    useSession.getState().setStatus(unlocked());
    useSession.getState().setStatus(locked, 'idle');
    expect(useSession.getState().lockReason).toBe('idle');
    useSession.getState().setStatus(unlocked());
    expect(useSession.getState().lockReason).toBeNull();
  });
});

function IdleProbe({ minutes, onIdle }: { minutes: number; onIdle: () => void }) {
  useIdleLock(minutes, true, onIdle);
  return <button type="button">probe</button>;
}

describe('idle lock', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('fires after the idle period, and activity pushes it back', () => {
    const onIdle = vi.fn();
    render(<IdleProbe minutes={1} onIdle={onIdle} />);
    vi.advanceTimersByTime(45_000);
    fireEvent.keyDown(window, { key: 'a' });
    vi.advanceTimersByTime(30_000);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(31_000);
    expect(onIdle).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(600_000);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('never fires when auto-lock is off (0 minutes)', () => {
    const onIdle = vi.fn();
    render(<IdleProbe minutes={0} onIdle={onIdle} />);
    vi.advanceTimersByTime(24 * 3_600_000);
    expect(onIdle).not.toHaveBeenCalled();
  });
});
