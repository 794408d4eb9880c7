// Growing delays after repeated failed unlocks of the same workspace in this running app. The KDF
// already costs each guess a few hundred milliseconds; this makes a run of guesses cost minutes.
import { AppError } from '../../../shared/contract';

const FREE_ATTEMPTS = 3;
const BASE_DELAY_MS = 1000;
const MAX_DELAY_MS = 5 * 60 * 1000;

export class UnlockThrottle {
  private readonly failures = new Map<string, { count: number; nextAllowedAt: number }>();
  constructor(private readonly now: () => Date) {}

  /** Throws THROTTLED if the next attempt on `key` is not yet allowed. */
  check(key: string): void {
    const entry = this.failures.get(key);
    if (!entry) return;
    const wait = entry.nextAllowedAt - this.now().getTime();
    if (wait > 0) throw new AppError('THROTTLED', 'too many failed attempts; wait before trying again', { retryAfterMs: wait });
  }

  /** Records a failure and returns the delay now imposed before the next attempt. */
  fail(key: string): number {
    const count = (this.failures.get(key)?.count ?? 0) + 1;
    const delay = count < FREE_ATTEMPTS ? 0 : Math.min(BASE_DELAY_MS * 2 ** (count - FREE_ATTEMPTS), MAX_DELAY_MS);
    this.failures.set(key, { count, nextAllowedAt: this.now().getTime() + delay });
    return delay;
  }

  succeed(key: string): void {
    this.failures.delete(key);
  }
}
