/**
 * `switchboard campaign …` — demo data for campaigns, directly on the database (DATABASE_URL, or the PGlite folder
 * DATA_DIR/pglite; PGlite allows one process at a time, so stop `npm start` first).
 */
import { parseArgs } from 'node:util';
import { createDb } from '@switchboard/drizzle';
import { MAX_DEMO_AUDIENCE, seedAudience } from '@switchboard/worker/activities/campaign/seed-audience';
import { z } from 'zod';
import { env } from '../../env.ts';

const USAGE = `Usage:
  switchboard campaign seed-audience --count <n> [--audience <id>] [--first-phone <n>] [--opt-out-every <n>] [--replace]

Seeds up to ${MAX_DEMO_AUDIENCE.toLocaleString('en')} demo recipients into an audience (default "demo"), phones
15000000000 upwards (or --first-phone); --opt-out-every 50 marks every 50th recipient opted out.
The test-send whitelist is the audience "test-numbers": e.g. --audience test-numbers --count 1 --first-phone 13800000000.`;

const ZSeedArgs = z.object({
  count: z.coerce.number().int('--count: a whole number').min(1, '--count: at least 1').max(MAX_DEMO_AUDIENCE, `--count: at most ${MAX_DEMO_AUDIENCE}`),
  audience: z.string().regex(/^[a-zA-Z0-9._:-]{1,100}$/, '--audience: 1-100 letters, digits, . _ : -'),
  optOutEvery: z.coerce.number().int().min(0, '--opt-out-every: 0 or more'),
  firstPhone: z.coerce.number().int('--first-phone: a phone number').min(10_000, '--first-phone: a phone number').max(999_999_999_999_999, '--first-phone: at most 15 digits'),
  replace: z.boolean(),
});

async function seed(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { count: { type: 'string' }, audience: { type: 'string' }, 'opt-out-every': { type: 'string' }, 'first-phone': { type: 'string' }, replace: { type: 'boolean' } } });
  if (values.count === undefined) {
    process.stderr.write(`campaign seed-audience: --count is required\n\n${USAGE}\n`);
    return 2;
  }
  const parsed = ZSeedArgs.safeParse({ count: values.count, audience: values.audience ?? 'demo', optOutEvery: values['opt-out-every'] ?? 0, firstPhone: values['first-phone'] ?? 15_000_000_000, replace: values.replace ?? false });
  if (!parsed.success) {
    process.stderr.write(`campaign seed-audience: ${parsed.error.issues.map((i) => i.message).join('; ')}\n`);
    return 2;
  }
  const e = env();
  const handle = e.DATABASE_URL ? await createDb({ url: e.DATABASE_URL }) : await createDb({ dataDir: `${e.DATA_DIR}/pglite` });
  try {
    const started = Date.now();
    const { count, audience, optOutEvery, replace, firstPhone } = parsed.data;
    await seedAudience(handle.db, { audienceId: audience, count, optOutEvery, replace, firstPhone, onProgress: (done) => process.stderr.write(`  ${done.toLocaleString('en')} / ${count.toLocaleString('en')}\n`) });
    process.stdout.write(`seeded ${count} recipients into audience "${audience}" in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    return 0;
  } finally {
    await handle.close();
  }
}

export async function main(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  if (command === 'seed-audience') return seed(rest);
  process.stdout.write(`${USAGE}\n`);
  return command === undefined || command === '--help' || command === '-h' ? 0 : 2;
}
