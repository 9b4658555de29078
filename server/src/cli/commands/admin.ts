/**
 * `switchboard admin …` — works directly on the database (DATABASE_URL, or the PGlite folder DATA_DIR/pglite;
 * PGlite allows one process at a time, so stop `npm start` first), for bootstrapping before anyone can log in.
 */
import { parseArgs } from 'node:util';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { createDb, ROLES, users } from '@switchboard/drizzle';
import { upsertUser } from '@switchboard/drizzle/seed';
import { createApiToken } from '../../auth/api-tokens.ts';
import { recordAudit } from '../../audit.ts';
import { env } from '../../env.ts';

const USAGE = `Usage:
  switchboard admin create-user <username> --role <role> [--role …] [--group <id> …] [--display-name <name>] --password-stdin [--reset-password]
  switchboard admin create-token <username> [--name <name>] [--days <n>]

Roles: ${ROLES.join(', ')}. The password is read from stdin (never from the command line, where \`ps\` shows it).
create-token prints a personal access token for SWITCHBOARD_TOKEN (the run/task commands).`;

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

async function openDb() {
  const e = env();
  return e.DATABASE_URL ? createDb({ url: e.DATABASE_URL }) : createDb({ dataDir: `${e.DATA_DIR}/pglite` });
}

const ZCreateUser = z.object({
  username: z.string().regex(/^[a-zA-Z0-9._-]{2,64}$/, 'username: 2-64 letters, digits, . _ -'),
  roles: z.array(z.enum(ROLES)).min(1, '--role: at least one role'),
  groups: z.array(z.string().min(1)),
  displayName: z.string().min(1),
  password: z.string().min(12, 'password: at least 12 characters'),
});

async function createUser(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: {
    role: { type: 'string', multiple: true }, group: { type: 'string', multiple: true }, 'display-name': { type: 'string' },
    'password-stdin': { type: 'boolean' }, 'reset-password': { type: 'boolean' },
  } });
  if (!values['password-stdin']) {
    process.stderr.write('admin create-user: --password-stdin is required (e.g. `printf %s "$PW" | switchboard admin create-user …`)\n');
    return 2;
  }
  const parsed = ZCreateUser.safeParse({
    username: positionals[0], roles: values.role ?? [], groups: values.group ?? [],
    displayName: values['display-name'] ?? positionals[0], password: await readStdin(),
  });
  if (!parsed.success) {
    process.stderr.write(`admin create-user: ${parsed.error.issues.map((i) => i.message).join('; ')}\n`);
    return 2;
  }
  const handle = await openDb();
  try {
    const result = await upsertUser(handle.db, parsed.data, { resetPassword: values['reset-password'] ?? false });
    await recordAudit(handle.db, { actor: 'cli', action: result.created ? 'user.create' : 'user.update', subjectType: 'user', subjectId: result.id, detail: { roles: parsed.data.roles, groups: parsed.data.groups } });
    process.stdout.write(`${result.created ? 'created' : 'updated'} user ${parsed.data.username} (${parsed.data.roles.join(', ')})\n`);
    return 0;
  } finally {
    await handle.close();
  }
}

async function createToken(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { name: { type: 'string' }, days: { type: 'string' } } });
  const days = values.days === undefined ? null : Number(values.days);
  if (!positionals[0] || (days !== null && (!Number.isInteger(days) || days < 1))) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const handle = await openDb();
  try {
    const [user] = await handle.db.select().from(users).where(eq(users.username, positionals[0]));
    if (!user) {
      process.stderr.write(`admin create-token: no user "${positionals[0]}"\n`);
      return 1;
    }
    const created = await createApiToken(handle.db, user.id, values.name ?? 'cli', days ? new Date(Date.now() + days * 86_400_000) : null);
    await recordAudit(handle.db, { actor: 'cli', action: 'token.create', subjectType: 'api_token', subjectId: created.id, detail: { user: user.username } });
    process.stdout.write(`${created.token}\n`);
    return 0;
  } finally {
    await handle.close();
  }
}

export async function main(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  try {
    if (command === 'create-user') return await createUser(rest);
    if (command === 'create-token') return await createToken(rest);
  } catch (error) {
    process.stderr.write(`admin ${command}: ${error instanceof Error ? error.message : String(error)}\n`);
    // parseArgs reports unknown or malformed options with ERR_PARSE_ARGS_* codes: a usage error.
    return Reflect.get(Object(error), 'code')?.toString().startsWith('ERR_PARSE_ARGS') ? 2 : 1;
  }
  process.stdout.write(`${USAGE}\n`);
  return command === '--help' || command === '-h' ? 0 : 2;
}
