/**
 * The only place that reads `process.env`. Validated once at start so a typo in an env var is a one-line error
 * naming the variable, not a crash deep inside a request. Every variable is documented in docs/configuration.md.
 */
import { z } from 'zod';

const ZBool = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no', ''])
  .transform((v) => v === '1' || v === 'true' || v === 'yes');

const ZUrl = z.string().url();

export const ZEnv = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Interface the HTTP server binds to; containers need 0.0.0.0. */
  HOST: z.string().min(1).default('127.0.0.1'),
  /** Folder for embedded data (PGlite, Temporal db file); ignored for the database when DATABASE_URL is set. */
  DATA_DIR: z.string().min(1).default('./.data'),
  DATABASE_URL: z.string().min(1).optional(),
  TEMPORAL_ADDRESS: z.string().min(1).optional(),
  TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
  TEMPORAL_TASK_QUEUE: z.string().min(1).default('switchboard'),
  /** Server + worker in one process (the `npm start` topology); demo users are seeded only in this mode. */
  SWITCHBOARD_EMBEDDED: ZBool.default(false),
  SWITCHBOARD_ADMIN_USERNAME: z.string().min(1).optional(),
  SWITCHBOARD_ADMIN_PASSWORD: z.string().min(12, 'must be at least 12 characters').optional(),
  /** Public base URL (behind a proxy); used for the Origin check of mutations and for links in messages. */
  PUBLIC_URL: ZUrl.optional(),
  SESSION_TTL_HOURS: z.coerce.number().positive().default(12),
  /** Marks the session cookie `Secure`; on by default in production, where the app must be behind HTTPS. */
  COOKIE_SECURE: ZBool.optional(),
  NOTIFY_WEBHOOK_URL: ZUrl.optional(),
  TELECOM_SERVICE_URL: ZUrl.optional(),
  /** Shared secret the SMS gateway signs `POST /gateway/replies` with (HMAC-SHA256 of the body). */
  GATEWAY_CALLBACK_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
  WEB_DIST: z.string().min(1).optional(),
  /** For the `switchboard run|task` CLIs: the server to call and a personal access token (auth.createToken). */
  SWITCHBOARD_URL: ZUrl.default('http://127.0.0.1:3000'),
  SWITCHBOARD_TOKEN: z.string().startsWith('sbp_', 'must be a personal access token (sbp_…)').optional(),
  /** For `switchboard run` without a token: sign in with a username and password (e.g. a demo user of npm start). */
  SWITCHBOARD_USERNAME: z.string().min(1).optional(),
  SWITCHBOARD_PASSWORD: z.string().min(1).optional(),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
});
export type TEnv = z.infer<typeof ZEnv>;

/** Thrown when the environment is invalid; `message` names every bad variable. */
export class EnvError extends Error {
  override name = 'EnvError';
}

export function parseEnv(source: Record<string, string | undefined>): TEnv {
  // An empty value means "not set" (docker-compose passes `${VAR:-}` as ""), so defaults and optionals apply.
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value !== ''));
  const result = ZEnv.safeParse(present);
  if (result.success) return result.data;
  const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
  throw new EnvError(`Invalid environment:\n${lines.join('\n')}`);
}

let cached: TEnv | null = null;

/** The process environment, parsed on first use and then reused. */
export function env(): TEnv {
  cached ??= parseEnv(process.env);
  return cached;
}
