import { describe, expect, it } from 'vitest';
import { parseIsoDateTime, sendWallTime } from './time.ts';

describe('send times in the window zone', () => {
  it('converts UTC to Asia/Shanghai (+08:00)', () => {
    expect(sendWallTime('2026-04-15T01:30:00Z', 'Asia/Shanghai')).toEqual({ date: '2026-04-15', minutes: 9 * 60 + 30 });
    expect(sendWallTime('2026-04-15T23:30:00Z', 'Asia/Shanghai')).toEqual({ date: '2026-04-16', minutes: 7 * 60 + 30 });
  });
  it('follows daylight saving time of the zone', () => {
    expect(sendWallTime('2026-06-10T19:30:00Z', 'Europe/London')?.minutes).toBe(20 * 60 + 30);
    expect(sendWallTime('2026-12-10T19:30:00Z', 'Europe/London')?.minutes).toBe(19 * 60 + 30);
  });
  it('reads offsets and zone-less times as written', () => {
    expect(sendWallTime('2026-03-10T10:00:00+08:00', 'Asia/Shanghai')?.minutes).toBe(600);
    expect(sendWallTime('2026-03-10T10:00:00', 'Asia/Shanghai')?.minutes).toBe(600);
    expect(parseIsoDateTime('2026-02-30T10:00:00Z')).toBeNull();
    expect(parseIsoDateTime('tomorrow')).toBeNull();
  });
});
