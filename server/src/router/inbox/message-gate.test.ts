/**
 * The message approval gate is enforced by the server, not only the UI: over HTTP, approving a review whose run's
 * validated text has errors or unacknowledged warnings is a 412 naming the rules; acknowledging the warnings with a
 * reason lets approval through; rejecting is always allowed. Real workflow, real `validate` step, real projection.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { runs } from '@switchboard/drizzle';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { eventually, startInboxKit, type TInboxKit } from './inbox-test-kit.ts';

const examples = z.array(z.object({ id: z.string(), text: z.string(), offer: z.record(z.string(), z.unknown()) })).parse(
  JSON.parse(readFileSync(join(import.meta.dirname, '../../../../flows/fixtures/messages/spec-examples.json'), 'utf8')),
);
const example = (id: string) => {
  const e = examples.find((x) => x.id === id);
  if (!e) throw new Error(`no example ${id}`);
  return e;
};

const flow = {
  format: 'switchboard.flow/v1',
  key: 'message-gate',
  name: 'Validated message review',
  nodes: [
    { id: 'start', kind: 'start', config: {} },
    { id: 'v', kind: 'validate', config: { channel: 'cn_sms_marketing', text: '{{input.text}}', offer: '=input.offer' } },
    { id: 'check', kind: 'review', config: { title: 'Approve the SMS', assignees: { groups: ['marketing'] }, outcomes: ['approve', 'reject'] } },
    { id: 'sent', kind: 'end', config: { outcome: 'completed' } },
    { id: 'stopped', kind: 'end', config: { outcome: 'rejected' } },
  ],
  edges: [
    { id: 'e1', from: 'start', to: 'v' },
    { id: 'e2', from: 'v', to: 'check', port: 'pass' },
    { id: 'e3', from: 'v', to: 'check', port: 'warn' },
    { id: 'e4', from: 'v', to: 'check', port: 'fail' },
    { id: 'e5', from: 'check', to: 'sent', port: 'approve' },
    { id: 'e6', from: 'check', to: 'stopped', port: 'reject' },
  ],
};

const ZStored = z.array(z.object({ text: z.string(), findings: z.array(z.object({ rule: z.string(), severity: z.string() })) }));

let kit: TInboxKit;

beforeAll(async () => {
  kit = await startInboxKit([{ username: 'rita', roles: ['reviewer'], groups: ['marketing'] }]);
});
afterAll(() => kit?.stop());

async function reviewOf(text: string, offer: unknown) {
  const runId = await kit.startRun(flow, { initiator: 'someone', input: { text, offer } });
  const taskId = await kit.waitForTask(runId, 'check');
  // The task row and the run's findings are projected by separate activities; wait for both.
  const reports = await eventually(async () => {
    const [row] = await kit.app.db.select({ findings: runs.findings }).from(runs).where(eq(runs.id, runId));
    const stored = ZStored.parse(row?.findings ?? []);
    return stored.length > 0 ? stored : undefined;
  }, `findings of ${runId}`);
  return { runId, taskId, reports };
}

async function runStatus(runId: string, status: string) {
  return eventually(async () => {
    const [row] = await kit.app.db.select({ status: runs.status }).from(runs).where(eq(runs.id, runId));
    return row?.status === status ? status : undefined;
  }, `run ${runId} ${status}`);
}

describe('inbox.decide enforces the message gate', () => {
  it('refuses to approve a text with errors (412 naming the rule) but lets the reviewer reject it', async () => {
    const bad = example('EX-09');
    const { runId, taskId, reports } = await reviewOf(bad.text, bad.offer);
    expect(reports.flatMap((r) => r.findings).filter((f) => f.severity === 'error').map((f) => f.rule)).toContain('OFFER-005');
    const approve = await kit.as('rita', 'mutation', 'inbox.decide', { taskId, outcome: 'approve' });
    expect(approve.status).toBe(412);
    expect(approve.error?.message).toContain('OFFER-005');
    expect(approve.error?.message).toMatch(/errors/);
    const reject = await kit.as('rita', 'mutation', 'inbox.decide', { taskId, outcome: 'reject', comment: 'the freeze is not a gift' });
    expect(reject.status, JSON.stringify(reject.body)).toBe(200);
    expect(reject.data).toMatchObject({ status: 'decided', outcome: 'reject' });
    await runStatus(runId, 'completed');
  });

  it('refuses unacknowledged warnings, then approves once they are acknowledged with a reason', async () => {
    const text = example('EX-03').text.replace('尊敬的客户，', '尊敬的客户，最划算的流量包！');
    const { runId, taskId, reports } = await reviewOf(text, example('EX-03').offer);
    const all = reports.flatMap((r) => r.findings);
    expect(all.filter((f) => f.severity === 'error')).toEqual([]);
    const warnings = [...new Set(all.filter((f) => f.severity === 'warning').map((f) => f.rule))];
    expect(warnings).toContain('CONT-002');

    const refused = await kit.as('rita', 'mutation', 'inbox.decide', { taskId, outcome: 'approve' });
    expect(refused.status).toBe(412);
    expect(refused.error?.message).toContain('CONT-002');
    expect(refused.error?.message).toContain('acknowledge');

    // An acknowledgement of another text (same rule) does not cover this one.
    const subject = { type: 'task', id: taskId };
    const elsewhere = await kit.as('rita', 'mutation', 'messages.acknowledge', { subject, text: `${text}!`, rules: warnings, reason: 'wrong text' });
    expect(elsewhere.status, JSON.stringify(elsewhere.body)).toBe(200);
    expect((await kit.as('rita', 'mutation', 'inbox.decide', { taskId, outcome: 'approve' })).status).toBe(412);

    const ack = await kit.as('rita', 'mutation', 'messages.acknowledge', { subject, text, rules: warnings, reason: '“最划算” is backed by the 2026 price survey' });
    expect(ack.status, JSON.stringify(ack.body)).toBe(200);
    const approved = await kit.as('rita', 'mutation', 'inbox.decide', { taskId, outcome: 'approve' });
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    expect(approved.data).toMatchObject({ status: 'decided', outcome: 'approve' });
    await runStatus(runId, 'completed');
  });
});
