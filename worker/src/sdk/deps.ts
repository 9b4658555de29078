/** What activities may use, given by the worker's factory (never module globals), so tests pass real instances. */
import type { TDb } from '@switchboard/drizzle';
import type { TNotifyInput } from '../activities/internal-types.ts';

export type TGateway = {
  /** Sends (or queues) one message; a repeated idempotency key must not send again. */
  send: (message: TNotifyInput) => Promise<{ messageId: string; duplicate: boolean }>;
  /** Optional bulk form for campaign pages (one round trip per page); same per-key guarantee as `send`. */
  sendMany?: (messages: TNotifyInput[]) => Promise<{ sent: number; duplicates: number }>;
};

export type TActivityDeps = {
  db: TDb;
  gateway: TGateway;
  clock: () => Date;
  http: typeof fetch;
  /** Base URLs of the operator's systems, by name (e.g. `telecom` → the demo telecom service). */
  services: Record<string, string>;
};
