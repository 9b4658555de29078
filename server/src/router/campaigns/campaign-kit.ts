/**
 * Test kit for the campaign suites: the real app over HTTP, a real worker on this file's task queue (the app
 * starts runs on TEMPORAL_TASK_QUEUE, which the suite sets first), signed-in people, an audience and the offer of
 * the incident (spec example EX-02 / EX-09) with dates moved to the coming month so the rules see a future deadline.
 */
import { eventually as pollUntil } from '../inbox/inbox-test-kit.ts';
import { recipients, tasks } from '@switchboard/drizzle';
import { upsertUser } from '@switchboard/drizzle/seed';
import type { TRole } from '@switchboard/drizzle';
import { startWorker, type TStartedWorker } from '@switchboard/worker/start-worker';
import { and, eq } from 'drizzle-orm';
import { createSession } from '../../auth/sessions.ts';
import { startTestApp, type TTestApp } from '../../test/app.ts';
import { call, type TCallResult, type TSession } from '../../test/client.ts';

export type TCampaignKit = {
  app: TTestApp;
  worker: TStartedWorker;
  as: (username: string, type: 'query' | 'mutation', path: string, input?: unknown) => Promise<TCallResult>;
  openTask: (taskId: string) => Promise<{ id: string; instructions: string | null }>;
  stop: () => Promise<void>;
};

export async function startCampaignKit(taskQueue: string, people: Array<{ username: string; roles: TRole[]; groups: string[] }>): Promise<TCampaignKit> {
  const address = process.env.TEMPORAL_ADDRESS;
  if (!address) throw new Error('TEMPORAL_ADDRESS is not set (scripts/test-global-setup.ts starts the shared dev server)');
  const app = await startTestApp();
  const worker = await startWorker({ db: app.db, address, taskQueue });
  const sessions = new Map<string, TSession>();
  for (const p of people) {
    const { id } = await upsertUser(app.db, { username: p.username, displayName: p.username, password: 'pw-for-tests', roles: p.roles, groups: p.groups });
    const s = await createSession(app.db, id, 3_600_000);
    sessions.set(p.username, { cookie: `sb_session=${s.token}`, csrfToken: s.csrfToken });
  }
  return {
    app,
    worker,
    as: (username, type, path, input) => call(app.url, type, path, input, { session: sessions.get(username) ?? null }),
    openTask: (taskId) => eventually(async () => (await app.db.select({ id: tasks.id, instructions: tasks.instructions }).from(tasks).where(and(eq(tasks.id, taskId), eq(tasks.status, 'open'))))[0], `task ${taskId}`),
    stop: async () => {
      await worker.stop();
      await app.stop();
    },
  };
}

export async function insertAudience(app: TTestApp, audienceId: string, phones: string[]): Promise<void> {
  await app.db.insert(recipients).values(phones.map((phone, i) => ({ audienceId, phone, name: `客户${i + 1}` })));
}

/** Month and day a few weeks ahead, as the text says it (M月D日) and as the offer's deadline (YYYY-MM-DD). */
export function comingDeadline(now = new Date()): { text: string; iso: string } {
  const d = new Date(now.getTime() + 30 * 86_400_000);
  return { text: `${d.getUTCMonth() + 1}月${d.getUTCDate()}日`, iso: d.toISOString().slice(0, 10) };
}

export function voiceOffer(deadline: string, sendAt: string) {
  return {
    offer_id: 'RET-VOC-2026-05', offer_name: '语音保障包（冻结话费+国内通话）', offer_type: 'retention',
    activation: { method: 'sms_reply', keyword: 'YY6', deadline },
    balance_freeze: { freeze_amount_cny: 90, release_per_month_cny: 15, release_months: 6, release_start: 'next_month' },
    benefits: [{ kind: 'voice', amount: 180, unit: 'min', basis: 'per_month', months: 6, scope: 'national_general', scope_label: '国内通话', start: 'next_month' }],
    fee_changes: [], conditions: [],
    campaign: {
      channel: 'cn_sms_marketing', message_type: 'marketing', signature: '云帆电信', unsubscribe_text: '拒收请回复R',
      // A window around the clock so the suite passes at any hour; the window rule has its own tests.
      send_window: { start: '00:00', end: '24:00', tz: 'Asia/Shanghai' }, max_segments: 2, url_allowlist: [],
      send_at: sendAt, audience_size: 12, throughput_per_sec: 150,
    },
  };
}

/** EX-09: the incident's defect — the balance freeze described as a gift of 90 yuan. */
export const giftText = (date: string) => `【云帆电信】老朋友专享：${date}前回复YY6办理语音保障包，送您话费90元，分6个月返到账户，每月15元；另每月加送国内通话180分钟，连续6个月。拒收请回复R`;
/** EX-02: the same offer described correctly (冻结 … 解冻). */
export const fixedText = (date: string) => `【云帆电信】感谢您一如既往的支持！${date}前回复YY6办理语音保障包：冻结话费90元，从下月起每月解冻15元，6个月解冻完毕；同期每月加送国内通话180分钟，连续6个月。拒收请回复R`;

/** Same polling helper as the inbox suites (a longer default: a campaign run spans several reviews and a send). */
export const eventually = <T>(check: () => Promise<T | undefined>, what: string, timeoutMs = 60_000): Promise<T> =>
  pollUntil(check, what, timeoutMs);
