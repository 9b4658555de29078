/**
 * Slows password guessing: after MAX_FAILURES failed logins for one username from one client address within
 * WINDOW_MS, further attempts get 429 until the window passes. Keyed by (address, username) so an attacker
 * cannot lock a user out from elsewhere; unknown and known usernames are treated alike (no enumeration).
 * In memory, per server process — enough for one server; behind several, the proxy should rate-limit too.
 */
const MAX_FAILURES = 10;
const WINDOW_MS = 15 * 60_000;
const MAX_KEYS = 10_000;

export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly now: () => number = Date.now) {}

  private recent(key: string): number[] {
    const cutoff = this.now() - WINDOW_MS;
    const times = (this.failures.get(key) ?? []).filter((t) => t > cutoff);
    if (times.length) this.failures.set(key, times);
    else this.failures.delete(key);
    return times;
  }

  /** Seconds to wait before the next attempt, or 0 when an attempt is allowed. */
  retryAfterSeconds(address: string, username: string): number {
    const times = this.recent(`${address}\n${username.toLowerCase()}`);
    const oldest = times[0];
    if (times.length < MAX_FAILURES || oldest === undefined) return 0;
    return Math.max(1, Math.ceil((oldest + WINDOW_MS - this.now()) / 1000));
  }

  recordFailure(address: string, username: string): void {
    const key = `${address}\n${username.toLowerCase()}`;
    // Bound memory under a flood of distinct usernames: forget the oldest key.
    if (!this.failures.has(key) && this.failures.size >= MAX_KEYS) {
      const first = this.failures.keys().next();
      if (!first.done) this.failures.delete(first.value);
    }
    this.failures.set(key, [...this.recent(key), this.now()]);
  }

  recordSuccess(address: string, username: string): void {
    this.failures.delete(`${address}\n${username.toLowerCase()}`);
  }
}
