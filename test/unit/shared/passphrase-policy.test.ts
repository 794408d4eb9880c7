import { describe, expect, it } from 'vitest';
import { assessPassphrase, PASSPHRASE_MIN_LENGTH, PASSPHRASE_MIN_SCORE } from '../../../shared/domain/passphrase-policy';

describe('assessPassphrase', () => {
  it('calls anything under the minimum length too short, however random', () => {
    const result = assessPassphrase('Xq7#pL9!zR2');
    expect(result.length).toBe(11);
    expect(PASSPHRASE_MIN_LENGTH).toBe(12);
    expect(result.problem).toBe('too_short');
    expect(result.acceptable).toBe(false);
  });

  it('counts characters by code point, not UTF-16 units', () => {
    // 6 emoji are 12 UTF-16 units but 6 characters.
    const result = assessPassphrase('🔐🔑🗝️🔒🔓🛡');
    expect(result.length).toBeLessThan(PASSPHRASE_MIN_LENGTH);
    expect(result.problem).toBe('too_short');
  });

  it.each(['aaaaaaaaaaaa', 'password1234', '123456789012', 'qwertyuiopas'])('calls %s too weak', (passphrase) => {
    const result = assessPassphrase(passphrase);
    expect(result.length).toBeGreaterThanOrEqual(PASSPHRASE_MIN_LENGTH);
    expect(result.score).toBeLessThan(PASSPHRASE_MIN_SCORE);
    expect(result.problem).toBe('too_weak');
    expect(result.acceptable).toBe(false);
  });

  it('accepts a long random passphrase', () => {
    const result = assessPassphrase('violet lantern across the quiet harbour');
    expect(result.problem).toBeNull();
    expect(result.acceptable).toBe(true);
    expect(result.score).toBeGreaterThanOrEqual(PASSPHRASE_MIN_SCORE);
    expect(result.guessesLog10).toBeGreaterThan(8);
  });

  it('accepts a random 20-character string', () => {
    expect(assessPassphrase('hT4$wq9Lz!mP2vK8&nRb').acceptable).toBe(true);
  });

  it('penalises a passphrase built from the user inputs (the workspace name)', () => {
    const name = 'Northwind Logistics';
    const alone = assessPassphrase('NorthwindLogistics');
    const withInputs = assessPassphrase('NorthwindLogistics', [name, 'northwind', 'logistics']);
    expect(withInputs.guessesLog10).toBeLessThan(alone.guessesLog10);
  });

  it('reports the full length of very long input while rating only its start', () => {
    const result = assessPassphrase('x7'.repeat(5000));
    expect(result.length).toBe(10_000);
    expect(result.problem).not.toBe('too_short');
  });
});
