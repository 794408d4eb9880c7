import { describe, expect, it } from 'vitest';
import { formatRecoveryKey, parseRecoveryKey, RECOVERY_KEY_GROUP_LENGTH, RECOVERY_KEY_GROUPS } from '../../../shared/domain/recovery-key';

const HEX = '0123456789abcdef'.repeat(4);

describe('formatRecoveryKey', () => {
  it('splits 64 hex characters into 8 dash-separated groups of 8', () => {
    const text = formatRecoveryKey(HEX);
    expect(text).toBe('01234567-89abcdef-01234567-89abcdef-01234567-89abcdef-01234567-89abcdef');
    const groups = text.split('-');
    expect(groups).toHaveLength(RECOVERY_KEY_GROUPS);
    for (const group of groups) expect(group).toHaveLength(RECOVERY_KEY_GROUP_LENGTH);
  });

  it('refuses anything but 64 lowercase hex characters', () => {
    expect(() => formatRecoveryKey(HEX.slice(1))).toThrow();
    expect(() => formatRecoveryKey(`${HEX}0`)).toThrow();
    expect(() => formatRecoveryKey(HEX.toUpperCase())).toThrow();
    expect(() => formatRecoveryKey(`${HEX.slice(1)}g`)).toThrow();
    expect(() => formatRecoveryKey('')).toThrow();
  });
});

describe('parseRecoveryKey', () => {
  it('round-trips with formatRecoveryKey', () => {
    expect(parseRecoveryKey(formatRecoveryKey(HEX))).toBe(HEX);
  });

  it('accepts the bare 64-character form', () => {
    expect(parseRecoveryKey(HEX)).toBe(HEX);
  });

  it('tolerates upper case, spaces, tabs, newlines and extra dashes', () => {
    const messy = ` ${formatRecoveryKey(HEX).toUpperCase().replace(/-/g, ' - ')}\n`;
    expect(parseRecoveryKey(messy)).toBe(HEX);
    expect(parseRecoveryKey(HEX.match(/.{4}/g)!.join('\t'))).toBe(HEX);
    expect(parseRecoveryKey(`--${HEX.slice(0, 32)}--${HEX.slice(32)}--`)).toBe(HEX);
  });

  it('rejects 63 and 65 characters', () => {
    expect(parseRecoveryKey(HEX.slice(0, 63))).toBeNull();
    expect(parseRecoveryKey(`${HEX}a`)).toBeNull();
    expect(parseRecoveryKey(formatRecoveryKey(HEX).slice(0, -1))).toBeNull();
  });

  it('rejects non-hex characters', () => {
    expect(parseRecoveryKey(`${HEX.slice(0, 63)}g`)).toBeNull();
    expect(parseRecoveryKey(`${HEX.slice(0, 63)}_`)).toBeNull();
    expect(parseRecoveryKey(`${HEX.slice(0, 62)}0x`)).toBeNull();
    expect(parseRecoveryKey('')).toBeNull();
    expect(parseRecoveryKey('not a key at all')).toBeNull();
  });
});
