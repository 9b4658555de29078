/** Runs the idempotent seed at start with what this process knows: mode, bootstrap admin, library flows. */
import { seed, type TSeedReport } from '@switchboard/drizzle/seed';
import type { TDb } from '@switchboard/drizzle';
import type { TEnv } from './env.ts';
import { StartupError } from './startup-errors.ts';

export async function seedOnStart(db: TDb, options: { demo: boolean; env: TEnv; log: (line: string) => void }): Promise<TSeedReport> {
  const { SWITCHBOARD_ADMIN_USERNAME: username, SWITCHBOARD_ADMIN_PASSWORD: password } = options.env;
  if ((username === undefined) !== (password === undefined)) {
    throw new StartupError('Set both SWITCHBOARD_ADMIN_USERNAME and SWITCHBOARD_ADMIN_PASSWORD, or neither.');
  }
  return seed(db, {
    demo: options.demo,
    admin: username && password ? { username, password } : null,
    library: null,
    log: options.log,
  });
}
