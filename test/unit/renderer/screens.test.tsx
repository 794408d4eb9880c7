import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { resetSession, useSession } from '../../../renderer/src/app/session-store';
import { setBridge } from '../../../renderer/src/client/bridge';
import { NewPassphraseFields, useNewPassphrase } from '../../../renderer/src/components/NewPassphraseFields';
import { RecoveryKeyPanel } from '../../../renderer/src/features/recovery-key/RecoveryKeyPanel';
import { UnlockScreen } from '../../../renderer/src/features/unlock/UnlockScreen';
import { installBridge, renderWithApp } from './render';

afterEach(() => {
  cleanup();
  setBridge(null);
  resetSession();
});

function PassphraseHarness() {
  const state = useNewPassphrase(['Acme']);
  return <NewPassphraseFields state={state} />;
}

const KEY = '0123abcd'.repeat(8);
const FORMATTED = KEY.match(/.{8}/g)!.join('-');

describe('new passphrase fields', () => {
  it('shows the policy, then the length problem, the weakness problem, and acceptance', async () => {
    renderWithApp(<PassphraseHarness />);
    expect(await screen.findByText(/Use at least 12 characters/)).toBeTruthy();
    const input = screen.getByLabelText(/^New passphrase/);

    fireEvent.change(input, { target: { value: 'short' } });
    expect(await screen.findByText('Too short: 5 of at least 12 characters.')).toBeTruthy();
    expect(screen.getByRole('meter', { name: 'Passphrase strength' }).getAttribute('aria-valuenow')).toBe('0');

    fireEvent.change(input, { target: { value: 'password1234' } });
    expect(await screen.findByText(/Too easy to guess/)).toBeTruthy();
    expect(screen.queryByText(/Too short/)).toBeNull();

    fireEvent.change(input, { target: { value: 'correct horse battery staple' } });
    expect(await screen.findByText('This passphrase meets the policy.')).toBeTruthy();
  });

  it('speaks Chinese when the UI does', async () => {
    renderWithApp(<PassphraseHarness />, 'zh-CN');
    fireEvent.change(await screen.findByLabelText(/^新口令/), { target: { value: 'abc' } });
    expect(await screen.findByText('太短：当前 3 个字符，至少需要 12 个。')).toBeTruthy();
  });
});

describe('recovery key confirmation', () => {
  it('refuses a key that does not match, without asking the backend', async () => {
    const invoke = installBridge(() => ({ ok: true, value: { state: 'closed' } }));
    let confirmed = false;
    renderWithApp(<RecoveryKeyPanel recoveryKey={FORMATTED} onConfirmed={() => (confirmed = true)} />);
    expect(screen.getAllByText('0123abcd')).toHaveLength(8);

    const field = screen.getByLabelText('Type the recovery key to confirm you saved it');
    fireEvent.change(field, { target: { value: 'ffffffff'.repeat(8) } });
    fireEvent.click(screen.getByRole('button', { name: 'I have saved it' }));
    expect(await screen.findByText(/does not match the recovery key above/)).toBeTruthy();

    fireEvent.change(field, { target: { value: '0123' } });
    fireEvent.click(screen.getByRole('button', { name: 'I have saved it' }));
    expect(await screen.findByText(/not a complete recovery key/)).toBeTruthy();
    expect(invoke).not.toHaveBeenCalled();
    expect(confirmed).toBe(false);
  });

  it('accepts the key typed without dashes and confirms it with the backend', async () => {
    const status = { state: 'unlocked', path: '/w/a.custos', name: 'A', workspaceId: 'w1', unlockedWith: 'passphrase', recoveryKeyConfirmed: true, autoLockMinutes: 15, language: 'en' };
    const invoke = installBridge(() => ({ ok: true, value: status }));
    let confirmedWith: unknown = null;
    renderWithApp(<RecoveryKeyPanel recoveryKey={FORMATTED} onConfirmed={(s) => (confirmedWith = s)} />);
    fireEvent.change(screen.getByLabelText('Type the recovery key to confirm you saved it'), { target: { value: ` ${KEY.toUpperCase()} ` } });
    fireEvent.click(screen.getByRole('button', { name: 'I have saved it' }));
    await waitFor(() => expect(confirmedWith).toEqual(status));
    expect(invoke).toHaveBeenCalledWith('workspace.confirmRecoveryKey', { recoveryKey: FORMATTED });
  });

  it('shows the backend refusal when it has another key on record', async () => {
    installBridge(() => ({ ok: false, error: { code: 'WRONG_RECOVERY_KEY', message: 'no' } }));
    renderWithApp(<RecoveryKeyPanel recoveryKey={FORMATTED} onConfirmed={() => undefined} />);
    fireEvent.change(screen.getByLabelText('Type the recovery key to confirm you saved it'), { target: { value: FORMATTED } });
    fireEvent.click(screen.getByRole('button', { name: 'I have saved it' }));
    expect(await screen.findByText('That recovery key does not open this workspace.')).toBeTruthy();
  });
});

describe('unlock screen', () => {
  it('counts down while throttled and keeps the button disabled', async () => {
    useSession.setState({ phase: 'ready', status: { state: 'locked', path: '/w/a.custos', name: 'Acme', deviceUnlockAvailable: false } });
    installBridge(() => ({ ok: false, error: { code: 'THROTTLED', message: 'wait', details: { retryAfterMs: 3000 } } }));
    renderWithApp(<UnlockScreen />);
    expect(screen.getByRole('heading', { name: 'Unlock Acme' })).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Passphrase', { selector: 'input[type="password"]' }), { target: { value: 'not it at all' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    });
    const button = await screen.findByRole('button', { name: 'Wait 3 seconds' });
    expect(button.hasAttribute('disabled')).toBe(true);
    expect(screen.getByRole('alert').textContent).toContain('Too many attempts. Try again in 3 seconds.');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Wait 2 seconds' })).toBeTruthy(), { timeout: 2500 });
  });

  it('shows a wrong passphrase clearly', async () => {
    useSession.setState({ phase: 'ready', status: { state: 'locked', path: '/w/a.custos', name: 'Acme', deviceUnlockAvailable: false } });
    installBridge(() => ({ ok: false, error: { code: 'WRONG_PASSPHRASE', message: 'no' } }));
    renderWithApp(<UnlockScreen />);
    fireEvent.change(screen.getByLabelText('Passphrase', { selector: 'input[type="password"]' }), { target: { value: 'not it at all' } });
    fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(await screen.findByText('That passphrase is not correct.')).toBeTruthy();
  });
});
