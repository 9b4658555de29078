import { describe, expect, it } from 'vitest';
import { LoginThrottle } from './login-throttle.ts';

describe('LoginThrottle', () => {
  it('blocks after 10 failures in 15 minutes, lifts the block when the window passes, and resets on success', () => {
    let now = 0;
    const throttle = new LoginThrottle(() => now);
    for (let i = 0; i < 10; i++) throttle.recordFailure('1.2.3.4', 'Rita');
    expect(throttle.retryAfterSeconds('1.2.3.4', 'rita')).toBe(900);
    expect(throttle.retryAfterSeconds('5.6.7.8', 'rita')).toBe(0);
    now = 15 * 60_000 + 1;
    expect(throttle.retryAfterSeconds('1.2.3.4', 'rita')).toBe(0);
    for (let i = 0; i < 9; i++) throttle.recordFailure('1.2.3.4', 'rita');
    throttle.recordSuccess('1.2.3.4', 'rita');
    throttle.recordFailure('1.2.3.4', 'rita');
    expect(throttle.retryAfterSeconds('1.2.3.4', 'rita')).toBe(0);
  });
});
