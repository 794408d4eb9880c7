import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CustosBridge, Envelope } from '../../../shared/contract';
import { createI18n } from '../../../shared/i18n';
import { setBridge } from '../../../renderer/src/client/bridge';
import { call, ClientError, toClientError } from '../../../renderer/src/client/client';
import { describeError, fieldErrors } from '../../../renderer/src/client/error-message';

function bridgeAnswering(answer: (procedure: string, input: unknown) => Promise<Envelope<unknown>>): CustosBridge & { invoke: ReturnType<typeof vi.fn> } {
  return {
    invoke: vi.fn(answer),
    subscribe: () => () => undefined,
    platform: {
      kind: 'browser',
      chooseDirectory: async () => null,
      chooseWorkspace: async () => null,
      chooseSavePath: async () => null,
      openExternal: async () => false,
    },
  };
}

afterEach(() => setBridge(null));

describe('typed client', () => {
  it('returns the value of an ok envelope and passes {} for inputs that may be omitted', async () => {
    const bridge = bridgeAnswering(async () => ({ ok: true, value: { state: 'closed' } }));
    setBridge(bridge);
    await expect(call('workspace.status')).resolves.toEqual({ state: 'closed' });
    expect(bridge.invoke).toHaveBeenCalledWith('workspace.status', {});
    await call('workspace.open', { path: '/w/a.custos', secret: { kind: 'passphrase', passphrase: 'x' } });
    expect(bridge.invoke).toHaveBeenLastCalledWith('workspace.open', { path: '/w/a.custos', secret: { kind: 'passphrase', passphrase: 'x' } });
  });

  it('throws a ClientError with the code and details of an error envelope', async () => {
    setBridge(bridgeAnswering(async () => ({ ok: false, error: { code: 'THROTTLED', message: 'slow down', details: { retryAfterMs: 2500 } } })));
    const error = await call('workspace.open', { path: '/w', secret: { kind: 'passphrase', passphrase: 'x' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClientError);
    expect(error).toMatchObject({ code: 'THROTTLED', details: { retryAfterMs: 2500 }, procedure: 'workspace.open' });
  });

  it('turns a transport failure into UNREACHABLE', async () => {
    setBridge(bridgeAnswering(async () => Promise.reject(new TypeError('Failed to fetch'))));
    await expect(call('app.info')).rejects.toMatchObject({ code: 'UNREACHABLE' });
  });
});

describe('error messages', () => {
  const en = createI18n({ language: 'en' });
  const zh = createI18n({ language: 'zh-CN' });

  it('translates the code and interpolates the details', () => {
    const throttled = new ClientError('THROTTLED', 'x', { retryAfterMs: 4200 });
    expect(describeError(en.t, throttled)).toBe('Too many attempts. Try again in 5 seconds.');
    expect(describeError(zh.t, throttled)).toBe('尝试次数过多。请在 5 秒后重试。');
    expect(describeError(en.t, new ClientError('THROTTLED', 'x', { retryAfterMs: 900 }))).toContain('in 1 second.');
    expect(describeError(en.t, new ClientError('WORKSPACE_TOO_NEW', 'x', { found: 7, supported: 3 }))).toContain('format 7; this version reads up to 3');
    expect(describeError(en.t, new ClientError('PASSPHRASE_TOO_SHORT', 'x', { minLength: 12 }))).toContain('at least 12 characters');
    expect(describeError(en.t, new ClientError('KEYRING_CORRUPT', 'x', { file: 'keyring.json' }))).toMatch(/key file is damaged.*\(File: keyring\.json\)/);
    expect(describeError(zh.t, new ClientError('WRONG_PASSPHRASE', 'x'))).toBe('口令不正确。');
    expect(describeError(en.t, new ClientError('FILE_TOO_LARGE', 'x', { limitBytes: 50 * 1024 * 1024, size: 73_400_320 }), { locale: 'en' })).toBe(
      'The file is too large. (Size 70 MB; the limit is 50 MB.)',
    );
  });

  it('lists INVALID_INPUT issues under the form labels', () => {
    const invalid = new ClientError('INVALID_INPUT', 'x', {
      issues: [
        { path: ['legalName'], code: 'too_small', message: 'Too small' },
        { path: ['secret', 'passphrase'], code: 'invalid_type', message: 'Required' },
        { path: ['mystery'], code: 'weird_code', message: '?' },
      ],
    });
    const text = describeError(en.t, invalid, { fieldLabels: { legalName: 'Legal name', 'secret.passphrase': 'Passphrase' } });
    expect(text.split('\n')).toEqual([
      'Some values are not valid:',
      '• Legal name: too short or too small',
      '• Passphrase: missing or of the wrong type',
      '• mystery: not valid',
    ]);
    expect(fieldErrors(en.t, invalid)).toEqual({ legalName: 'too short or too small', secret: 'missing or of the wrong type', mystery: 'not valid' });
  });

  it('treats anything else thrown as INTERNAL', () => {
    expect(toClientError(new Error('boom')).code).toBe('INTERNAL');
    expect(describeError(en.t, 'nonsense')).toBe(en.t('errors:INTERNAL'));
  });
});
