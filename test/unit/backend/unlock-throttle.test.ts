import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/contract';
import { UnlockThrottle } from '../../../electron/backend/workspace/unlock-throttle';

function fakeClock(start = Date.parse('2025-01-01T00:00:00Z')) {
  let t = start;
  return {
    now: () => new Date(t),
    advance(ms: number) {
      t += ms;
    },
  };
}

function thrown(fn: () => void): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected THROTTLED');
}

describe('UnlockThrottle', () => {
  it('lets the first two failures through without delay', () => {
    const clock = fakeClock();
    const throttle = new UnlockThrottle(clock.now);
    expect(throttle.fail('ws')).toBe(0);
    expect(() => throttle.check('ws')).not.toThrow();
    expect(throttle.fail('ws')).toBe(0);
    expect(() => throttle.check('ws')).not.toThrow();
  });

  it('then doubles the delay from one second: 1s, 2s, 4s, 8s …', () => {
    const clock = fakeClock();
    const throttle = new UnlockThrottle(clock.now);
    throttle.fail('ws');
    throttle.fail('ws');
    const delays: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      const delay = throttle.fail('ws');
      delays.push(delay);
      clock.advance(delay);
    }
    expect(delays).toEqual([1000, 2000, 4000, 8000, 16000]);
  });

  it('refuses attempts during the delay with THROTTLED and the remaining time', () => {
    const clock = fakeClock();
    const throttle = new UnlockThrottle(clock.now);
    throttle.fail('ws');
    throttle.fail('ws');
    expect(throttle.fail('ws')).toBe(1000);
    let error = thrown(() => throttle.check('ws'));
    expect(error.code).toBe('THROTTLED');
    expect(error.details?.retryAfterMs).toBe(1000);
    clock.advance(400);
    error = thrown(() => throttle.check('ws'));
    expect(error.details?.retryAfterMs).toBe(600);
    clock.advance(599);
    expect(thrown(() => throttle.check('ws')).details?.retryAfterMs).toBe(1);
    clock.advance(1);
    expect(() => throttle.check('ws')).not.toThrow();
  });

  it('caps the delay at five minutes', () => {
    const clock = fakeClock();
    const throttle = new UnlockThrottle(clock.now);
    let delay = 0;
    for (let i = 0; i < 40; i += 1) {
      delay = throttle.fail('ws');
      expect(delay).toBeLessThanOrEqual(5 * 60 * 1000);
      clock.advance(delay);
    }
    expect(delay).toBe(5 * 60 * 1000);
    expect(Number.isFinite(delay)).toBe(true);
  });

  it('a success resets the count', () => {
    const clock = fakeClock();
    const throttle = new UnlockThrottle(clock.now);
    for (let i = 0; i < 4; i += 1) clock.advance(throttle.fail('ws'));
    throttle.succeed('ws');
    expect(() => throttle.check('ws')).not.toThrow();
    expect(throttle.fail('ws')).toBe(0);
    expect(throttle.fail('ws')).toBe(0);
    expect(throttle.fail('ws')).toBe(1000);
  });

  it('keeps separate counts per workspace', () => {
    const clock = fakeClock();
    const throttle = new UnlockThrottle(clock.now);
    for (let i = 0; i < 3; i += 1) throttle.fail('a');
    expect(() => throttle.check('a')).toThrow(AppError);
    expect(() => throttle.check('b')).not.toThrow();
    expect(throttle.fail('b')).toBe(0);
  });

  it('waiting out a delay does not forget the failures', () => {
    const clock = fakeClock();
    const throttle = new UnlockThrottle(clock.now);
    for (let i = 0; i < 3; i += 1) throttle.fail('ws');
    clock.advance(60 * 60 * 1000);
    expect(() => throttle.check('ws')).not.toThrow();
    expect(throttle.fail('ws')).toBe(2000);
  });
});
