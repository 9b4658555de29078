/**
 * Message rules as flow steps on the real Temporal dev server: `validate` routes a text that misdescribes the
 * offer to `fail` (warnings to `warn`) and stores the findings on the run row for later reviewers; `notify` with
 * `validate: true` refuses to send a failing message, with the findings, and sends a good one.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { outbox, runs } from '@switchboard/drizzle';
import { ZFinding } from '@switchboard/flows';
import { WorkflowFailedError } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endNode, expr, planOf } from './plans.ts';
import { startTestEnv, type TTestEnv } from './env.ts';

let env: TTestEnv;
beforeAll(async () => {
  env = await startTestEnv('message-steps');
});
afterAll(async () => env?.stop());

const examples = z.array(z.object({ id: z.string(), text: z.string(), offer: z.unknown() })).parse(
  JSON.parse(readFileSync(fileURLToPath(new URL('../../flows/fixtures/messages/spec-examples.json', import.meta.url)), 'utf8')),
);
const example = (id: string) => {
  const e = examples.find((x) => x.id === id);
  if (!e) throw new Error(`no example ${id}`);
  return e;
};
const ZStored = z.array(z.object({ nodeId: z.string(), findings: z.array(ZFinding) }).loose());

async function storedFindings(runId: string) {
  const [row] = await env.db.select({ findings: runs.findings }).from(runs).where(eq(runs.id, runId));
  return ZStored.parse(row?.findings);
}

describe('validate node', () => {
  const plan = planOf('msg-validate', [
    { id: 'check', kind: 'validate', channel: 'cn_sms_marketing', text: expr('input.text'), offer: { expr: 'input.offer' }, output: 'report', ports: { pass: ['ok'], fail: ['bad'], warn: ['warned'] } },
    endNode('ok', expr('"pass"')),
    endNode('bad', expr('vars.report.findings.rule'), 'rejected'),
    endNode('warned', expr('vars.report.findings.rule')),
  ]);

  it('routes the incident text (a freeze described as a gift) to fail, with OFFER-005 and its span on the run row', async () => {
    const handle = await env.start(plan, example('EX-09'));
    expect(await handle.result()).toEqual({ outcome: 'rejected', result: 'OFFER-005' });
    const [report] = await storedFindings(handle.workflowId);
    expect(report?.nodeId).toBe('check');
    expect(report).toMatchObject({ text: example('EX-09').text, offer: { offer_id: 'RET-VOC-2026-05' } });
    const finding = report?.findings[0];
    expect(finding).toMatchObject({ rule: 'OFFER-005', severity: 'error', found: '90 元' });
    expect(example('EX-09').text.slice(finding?.span?.[0], finding?.span?.[1])).toBe('90元');
  });

  it('a text true to the offer goes to pass; one with only warnings goes to warn', async () => {
    expect(await env.run(plan, example('EX-02'))).toEqual({ outcome: 'completed', result: 'pass' });
    const warned = { ...example('EX-03'), text: example('EX-03').text.replace('尊敬的客户，', '尊敬的客户，最划算的流量包！') };
    expect(await env.run(plan, warned)).toEqual({ outcome: 'completed', result: 'CONT-002' });
  });
});

describe('notify with validate: true', () => {
  const notifyPlan = (key: string, withErrorPort: boolean) => planOf(key, [
    { id: 'tell', kind: 'notify', channel: 'sms', to: expr('input.phone'), text: expr('input.text'), validate: true, ports: { next: ['sent'], ...(withErrorPort ? { error: ['refused'] } : {}) } },
    endNode('sent', expr('"sent"')),
    endNode('refused', expr('vars.error'), 'rejected'),
  ]);

  it('refuses to send a failing message: the run fails naming the findings, nothing reaches the outbox', async () => {
    const handle = await env.start(notifyPlan('msg-notify-fail', false), { phone: '13800000009', text: '您的宽带拆机申请已受理，请联系13812345678。' });
    const error = await handle.result().then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(WorkflowFailedError);
    const message = error instanceof WorkflowFailedError ? error.cause?.message ?? '' : '';
    expect(message).toMatch(/notify "tell" refused to send: SIG-001/);
    expect(await env.db.select().from(outbox).where(eq(outbox.runId, handle.workflowId))).toEqual([]);
    const [report] = await storedFindings(handle.workflowId);
    expect(report?.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['SIG-001', 'PII-001']));
  });

  it('with an error port the refusal is routed there with its reason', async () => {
    const result = await env.run(notifyPlan('msg-notify-port', true), { phone: '13800000009', text: `【云帆电信】${'您的宽带拆机申请已受理。'.repeat(8)}` });
    expect(result).toMatchObject({ outcome: 'rejected', result: { nodeId: 'tell', type: 'MessageRejected', message: expect.stringContaining('LEN-001') } });
  });

  it('sends a message that passes the notification rules', async () => {
    const handle = await env.start(notifyPlan('msg-notify-ok', false), { phone: '13800000009', text: '【云帆电信】您的宽带拆机申请已受理，进度可在营业厅APP查询。' });
    expect(await handle.result()).toEqual({ outcome: 'completed', result: 'sent' });
    const rows = await env.db.select().from(outbox).where(eq(outbox.runId, handle.workflowId));
    expect(rows.map((r) => r.body)).toEqual(['【云帆电信】您的宽带拆机申请已受理，进度可在营业厅APP查询。']);
  });
});
