/** Runs the idempotent seed at start with what this process knows: mode, bootstrap admin, library flows. */
import { seed, type TSeedReport } from '@switchboard/drizzle/seed';
import type { TDb } from '@switchboard/drizzle';
import type { TEnv } from './env.ts';
import { fileURLToPath } from 'node:url';
import { seedCompiler } from './flows/compile.ts';
import { StartupError } from './startup-errors.ts';

export const LIBRARY_DIR = fileURLToPath(new URL('../../flows/library', import.meta.url));

export async function seedOnStart(db: TDb, options: { demo: boolean; env: TEnv; log: (line: string) => void }): Promise<TSeedReport> {
  const { SWITCHBOARD_ADMIN_USERNAME: username, SWITCHBOARD_ADMIN_PASSWORD: password } = options.env;
  if ((username === undefined) !== (password === undefined)) {
    throw new StartupError('Set both SWITCHBOARD_ADMIN_USERNAME and SWITCHBOARD_ADMIN_PASSWORD, or neither.');
  }
  return seed(db, {
    demo: options.demo,
    admin: username && password ? { username, password } : null,
    library: { dir: LIBRARY_DIR, compile: seedCompiler(db) },
    log: options.log,
  });
}
