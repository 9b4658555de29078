/**
 * The messages API over real HTTP: checks give the engine's findings with spans, claims and segments; a bad
 * offer is a 400 naming the field; warnings are acknowledged with a reason (audited), errors never.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { and, eq } from 'drizzle-orm';
import { auditLog, runs } from '@switchboard/drizzle';
import { upsertUser } from '@switchboard/drizzle/seed';
import { checkMessage, parseOffer } from '@switchboard/flows';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { startTestApp, type TTestApp } from '../../test/app.ts';
import { call, login, type TSession } from '../../test/client.ts';
import { ZAcknowledgement, ZCheckReportOut } from './schemas.ts';

const examples = z.array(z.object({ id: z.string(), text: z.string(), offer: z.record(z.string(), z.unknown()) })).parse(
  JSON.parse(readFileSync(join(import.meta.dirname, '../../../../flows/fixtures/messages/spec-examples.json'), 'utf8')),
);
const example = (id: string) => {
  const e = examples.find((x) => x.id === id);
  if (!e) throw new Error(`no ${id}`);
  return e;
};

let app: TTestApp;
let rita: TSession;
let dora: TSession;
let otto: TSession;

beforeAll(async () => {
  app = await startTestApp();
  await upsertUser(app.db, { username: 'rita', displayName: 'Rita', password: 'pw-rita', roles: ['reviewer'] });
  await upsertUser(app.db, { username: 'dora', displayName: 'Dora', password: 'pw-dora', roles: ['designer'] });
  await upsertUser(app.db, { username: 'otto', displayName: 'Otto', password: 'pw-otto', roles: ['operator'] });
  [rita, dora, otto] = await Promise.all([login(app.url, 'rita', 'pw-rita'), login(app.url, 'dora', 'pw-dora'), login(app.url, 'otto', 'pw-otto')]);
});
afterAll(() => app?.stop());

describe('messages.check', () => {
  it('reports the freeze described as a gift (OFFER-005) with span, expected/found, claims and segments', async () => {
    const { text, offer } = example('EX-09');
    const res = await call(app.url, 'mutation', 'messages.check', { text, offer, now: '2026-05-10T09:00:00+08:00' }, { session: otto });
    expect(res.status).toBe(200);
    const report = ZCheckReportOut.parse(res.data);
    expect(report.findings.map((f) => f.rule)).toEqual(['OFFER-005']);
    const [f] = report.findings;
    expect(text.slice(f?.span?.[0], f?.span?.[1])).toBe('90元');
    expect(f?.expected).toContain('冻结');
    expect(report.errors).toBe(1);
    expect(report.checkedAt).toBe('2026-05-10T09:00:00+08:00');
    expect(report.claims.find((c) => c.rule === 'OFFER-005')?.field).toBe('balance_freeze.freeze_amount_cny');
    expect(report.segments).toMatchObject({ encoding: 'cn', chars: Array.from(text).length, segments: 2 });
    expect(report.profile).toEqual({ id: 'cn_sms_marketing', version: '2026.1' });
  });

  it('a bad offer is a 400 whose message names the field', async () => {
    const { text, offer } = example('EX-03');
    const benefits = z.array(z.record(z.string(), z.unknown())).parse(offer.benefits);
    const bad = { ...offer, benefits: [{ ...benefits[0], amount: 'twelve' }] };
    const res = await call(app.url, 'mutation', 'messages.check', { text, offer: bad }, { session: otto });
    expect(res.status).toBe(400);
    expect(res.error?.message).toContain('offer.benefits[0].amount');
    const missing = await call(app.url, 'mutation', 'messages.check', { text, offer: { ...offer, campaign: undefined } }, { session: otto });
    expect(missing.status).toBe(400);
    expect(missing.error?.message).toContain('offer.campaign');
  });

  it('survives hostile text (control characters, emoji, mixed scripts) and refuses more than 100 KB by name', async () => {
    const { offer } = example('EX-03');
    const hostile = `【云帆电信】\u0000\u0007😀𝒳Ωабв${'流量'.repeat(20_000)}`;
    const ok = await call(app.url, 'mutation', 'messages.check', { text: hostile, offer }, { session: otto });
    expect(ok.status).toBe(200);
    expect(ZCheckReportOut.parse(ok.data).findings.map((f) => f.rule)).toContain('LEN-002');
    const tooBig = await call(app.url, 'mutation', 'messages.check', { text: 'x'.repeat(100_001), offer }, { session: otto });
    expect(tooBig.status).toBe(400);
    expect(tooBig.error?.message).toMatch(/^Invalid input: text/);
  });

  it('takes a profile by id: the notification profile allows only one segment', async () => {
    const { text, offer } = example('EX-01');
    const res = await call(app.url, 'mutation', 'messages.check', { text, offer, profile: 'cn_sms_notification' }, { session: otto });
    expect(ZCheckReportOut.parse(res.data).profile.id).toBe('cn_sms_notification');
  });
});

describe('messages.profiles', () => {
  it('lists the three channel profiles with versions and the rule set version', async () => {
    const res = await call(app.url, 'query', 'messages.profiles', undefined, { session: otto });
    const data = z.object({ ruleSetVersion: z.string(), profiles: z.array(z.object({ id: z.string(), version: z.string() }).loose()) }).parse(res.data);
    expect(data.profiles.map((p) => p.id).sort()).toEqual(['cn_sms_marketing', 'cn_sms_notification', 'intl_sms']);
    expect(data.ruleSetVersion).toMatch(/^message-rules\//);
  });
});

describe('messages.acknowledge', () => {
  const warned = example('EX-03').text.replace('尊敬的客户，', '尊敬的客户，最划算的流量包！');

  async function runWithFindings(text: string, raw: unknown): Promise<string> {
    const report = checkMessage({ text, offer: parseOffer(raw) });
    const id = `run-msgtest-${crypto.randomUUID()}`;
    await app.db.insert(runs).values({
      id, flowKey: 'msgtest', version: 1, planHash: 'h', status: 'running', input: {}, initiator: 'dora',
      findings: [{ nodeId: 'check', visit: 1, ...report }],
    });
    return id;
  }

  it('a reviewer acknowledges the warnings of a run with a reason; it is audited and listed', async () => {
    const runId = await runWithFindings(warned, example('EX-03').offer);
    const input = { subject: { type: 'run', id: runId }, text: warned, rules: ['CONT-002'], reason: '“最划算” is backed by the 2026 price survey' };
    const res = await call(app.url, 'mutation', 'messages.acknowledge', input, { session: rita });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const ack = ZAcknowledgement.parse(res.data);
    expect(ack).toMatchObject({ actor: 'rita', rules: ['CONT-002'], subject: { type: 'run', id: runId } });
    const rows = await app.db.select().from(auditLog).where(and(eq(auditLog.action, 'message.acknowledge'), eq(auditLog.subjectId, runId)));
    expect(rows.map((r) => [r.actor, r.reason])).toEqual([['rita', input.reason]]);
    const listed = await call(app.url, 'query', 'messages.acknowledgements', { subject: input.subject }, { session: dora });
    expect(z.array(ZAcknowledgement).parse(listed.data).map((a) => a.id)).toEqual([ack.id]);
  });

  it('refuses errors (409), warnings the run does not have and empty reasons (400), and unknown subjects (404)', async () => {
    const bad = example('EX-09');
    const errorRun = await runWithFindings(bad.text, bad.offer);
    const subject = { type: 'run', id: errorRun };
    const withErrors = await call(app.url, 'mutation', 'messages.acknowledge', { subject, text: bad.text, rules: ['OFFER-005'], reason: 'looks fine' }, { session: rita });
    expect(withErrors.status).toBe(409);
    expect(withErrors.error?.message).toContain('OFFER-005');
    const warnRun = await runWithFindings(warned, example('EX-03').offer);
    const other = await call(app.url, 'mutation', 'messages.acknowledge', { subject: { type: 'run', id: warnRun }, text: warned, rules: ['PII-001'], reason: 'fine by me' }, { session: rita });
    expect(other.status).toBe(400);
    expect(other.error?.message).toContain('rules[0]');
    const noReason = await call(app.url, 'mutation', 'messages.acknowledge', { subject: { type: 'run', id: warnRun }, text: warned, rules: ['CONT-002'], reason: '  ' }, { session: rita });
    expect(noReason.status).toBe(400);
    expect(noReason.error?.message).toContain('reason');
    const missing = await call(app.url, 'mutation', 'messages.acknowledge', { subject: { type: 'run', id: 'run-none' }, text: warned, rules: ['CONT-002'], reason: 'whatever' }, { session: rita });
    expect(missing.status).toBe(404);
  });

  it('a flow draft has no stored findings: only warning-severity rules may be acknowledged', async () => {
    const flows = await call(app.url, 'query', 'flows.list', {}, { session: dora });
    const key = JSON.stringify(flows.data).match(/"key":"([^"]+)"/)?.[1];
    expect(key).toBeDefined();
    const subject = { type: 'flow', id: key };
    const ok = await call(app.url, 'mutation', 'messages.acknowledge', { subject, text: warned, rules: ['CONT-002'], reason: 'approved wording' }, { session: dora });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    const error = await call(app.url, 'mutation', 'messages.acknowledge', { subject, text: warned, rules: ['OFFER-005'], reason: 'approved wording' }, { session: dora });
    expect(error.status).toBe(400);
    expect(error.error?.message).toContain('error rule');
  });

  it('operators may check but not acknowledge', async () => {
    const res = await call(app.url, 'mutation', 'messages.acknowledge', { subject: { type: 'run', id: 'x' }, text: 'x', rules: ['CONT-002'], reason: 'because' }, { session: otto });
    expect(res.status).toBe(403);
  });
});
