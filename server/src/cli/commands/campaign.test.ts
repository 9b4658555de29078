/** `switchboard campaign seed-audience`: bad arguments are a usage error naming the option, before any database. */
import { expect, it, vi } from 'vitest';
import { main } from './campaign.ts';

it('names the bad option and exits 2', async () => {
  const errors: string[] = [];
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (errors.push(String(chunk)), true));
  try {
    expect(await main(['seed-audience'])).toBe(2);
    expect(await main(['seed-audience', '--count', '0'])).toBe(2);
    expect(await main(['seed-audience', '--count', '2000000'])).toBe(2);
    expect(await main(['seed-audience', '--count', '10', '--audience', 'bad id!'])).toBe(2);
    expect(await main(['seed-audience', '--count', '1', '--first-phone', 'abc'])).toBe(2);
  } finally {
    spy.mockRestore();
  }
  expect(errors.join('')).toMatch(/--count is required/);
  expect(errors.join('')).toMatch(/--count: at least 1/);
  expect(errors.join('')).toMatch(/--count: at most 1000000/);
  expect(errors.join('')).toMatch(/--audience: 1-100 letters/);
  expect(errors.join('')).toMatch(/--first-phone/);
});
