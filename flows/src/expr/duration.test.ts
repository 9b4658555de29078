import { describe, expect, it } from 'vitest';
import { parseDuration } from './duration.ts';

describe('parseDuration', () => {
  it.each([
    ['90s', 90_000], ['30m', 1_800_000], ['24h', 86_400_000], ['3d', 259_200_000], ['1.5h', 5_400_000], ['0s', 0],
    ['PT30M', 1_800_000], ['P2D', 172_800_000], ['P1DT2H', 93_600_000], ['PT0.5S', 500], ['P1W', 604_800_000],
  ])('reads %s as %i ms', (text, ms) => expect(parseDuration(text)).toBe(ms));

  it.each(['', 'P', 'PT', 'P1DT', '5 minutes', '30', 'm', '-5m', '5M', 'PT1X', 'tomorrow', '1e3s', `${'9'.repeat(400)}d`])(
    'refuses %j', (text) => expect(parseDuration(text)).toBeNull());
});
