/**
 * Inbox benchmark (`npm run bench -- inbox`, or `node --import tsx server/bench/inbox.bench.ts`): 100,000 open
 * tasks in PostgreSQL (TEST_DATABASE_URL or postgres://postgres@127.0.0.1:5432/test; a throw-away database is
 * created and dropped), then p50/p95 of `inbox.list` through the real HTTP API as a reviewer in 3 of 10 groups.
 * Target: p95 < 50 ms for "my groups + overdue + text". Prints figures; never fails.
 */
import { loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Client, Connection } from '@temporalio/client';
import { createDb } from '@switchboard/drizzle';
import { upsertUser } from '@switchboard/drizzle/seed';
import { createTestDatabase } from '@switchboard/drizzle/test-database';
import { sql } from 'drizzle-orm';
import { resolveConfig } from '../src/app-config.ts';
import { createSession } from '../src/auth/sessions.ts';
import { env } from '../src/env.ts';
import { createAppServer } from '../src/http/server.ts';
import { fillInbox } from './inbox-bench-data.ts';

const TASKS = 100_000;
const RUNS = 200;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

async function withDatabase<T>(work: (url: string) => Promise<T>): Promise<T> {
  const base = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const database = await createTestDatabase(base, 'sb_bench_inbox');
  try {
    return await work(database.url ?? base);
  } finally {
    await database.drop();
  }
}

export async function runInboxBench(): Promise<string[]> {
  return withDatabase(async (url) => {
    const handle = await createDb({ url });
    // The list never calls Temporal; a lazy connection is never opened.
    const temporal = new Client({ connection: Connection.lazy({ address: '127.0.0.1:7233' }) });
    const server = createAppServer({ db: handle.db, temporal, config: resolveConfig(env(), false), webDist: null, log: () => undefined });
    try {
      const loadStart = performance.now();
      await fillInbox(handle.db, TASKS, new Date());
      // Steady state: autovacuum would have merged the GIN pending lists and gathered statistics by now.
      await handle.db.execute(sql`vacuum analyze tasks`);
      const loadMs = performance.now() - loadStart;
      const { id } = await upsertUser(handle.db, { username: 'rita', displayName: 'Rita', password: 'bench-password', roles: ['reviewer'], groups: ['billing', 'service-dept', 'collections'] });
      const session = await createSession(handle.db, id, 3_600_000);
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      const measure = async (label: string, input: Record<string, unknown>) => {
        const target = `http://127.0.0.1:${port}/trpc/inbox.list?input=${encodeURIComponent(JSON.stringify(input))}`;
        const get = async () => {
          const response = await fetch(target, { headers: { cookie: `sb_session=${session.token}` } });
          const body: unknown = await response.json();
          if (response.status !== 200) throw new Error(`inbox.list answered ${response.status}: ${JSON.stringify(body).slice(0, 200)}`);
          return body;
        };
        for (let i = 0; i < 20; i += 1) await get();
        const times: number[] = [];
        let last: unknown = null;
        for (let i = 0; i < RUNS; i += 1) {
          const t0 = performance.now();
          last = await get();
          times.push(performance.now() - t0);
        }
        times.sort((a, b) => a - b);
        const counts = JSON.stringify(Reflect.get(Object(Reflect.get(Object(Reflect.get(Object(last), 'result')), 'data')), 'counts'));
        return `${label.padEnd(40)} p50 ${percentile(times, 50).toFixed(1)} ms  p95 ${percentile(times, 95).toFixed(1)} ms  counts ${counts}`;
      };
      const lines = [
        `${TASKS.toLocaleString('en')} open tasks loaded in ${(loadMs / 1000).toFixed(1)} s (PostgreSQL); ${RUNS} sequential requests each, HTTP + session + SQL`,
        `machine load average ${loadavg().map((l) => l.toFixed(1)).join(' / ')} (1/5/15 min)`,
      ];
      lines.push(await measure('my groups + overdue + text "宽带"', { scope: 'groups', overdue: true, text: '宽带' }));
      lines.push(await measure('my groups + overdue + text "c-1234"', { scope: 'groups', overdue: true, text: 'c-1234' }));
      lines.push(await measure('my groups + overdue', { scope: 'groups', overdue: true }));
      lines.push(await measure('all visible (first page)', {}));
      lines.push('target: p95 < 50 ms for my groups + overdue + text');
      return lines;
    } finally {
      await new Promise<void>((resolve) => (server.listening ? server.close(() => resolve()) : resolve()));
      await temporal.connection.close().catch(() => undefined);
      await handle.close();
    }
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const line of await runInboxBench()) console.log(line);
  process.exit(0);
}
