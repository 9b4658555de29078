/**
 * The broadband-disconnection library flow end to end on the real dev server and the demo telecom service.
 * With RECORD_HISTORIES=1 each scenario also writes its history to test/histories/ for the replay test.
 */
import { eq } from 'drizzle-orm';
import { flows, flowVersions, outbox, runs } from '@switchboard/drizzle';
import type { WorkflowHandle } from '@temporalio/client';
import type { TPlan } from '@switchboard/flows/plan/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventSignal } from '../src/contract.ts';
import { seedTelecomData } from '../src/demo/telecom/seed.ts';
import { startTestEnv, type TTestEnv } from './env.ts';
import { compileLibraryFlow, fastBroadbandParams } from './library.ts';
import { decide, openTask } from './review-helpers.ts';
import { recordHistory, recording } from './record-history.ts';

let env: TTestEnv;
let plan: TPlan;
beforeAll(async () => {
  env = await startTestEnv('broadband');
  plan = compileLibraryFlow('broadband-disconnection', env.taskQueue);
});
afterAll(async () => env?.stop());

async function finish(handle: WorkflowHandle, name: string) {
  const result = await handle.result();
  if (recording) recordHistory(handle.workflowId, `broadband-${name}`);
  return result;
}

const effectsOf = (subject: string) => env.telecom.state.effects.filter((e) => e.subject === subject).map((e) => e.kind);
const messagesOf = async (runId: string) => (await env.db.select().from(outbox).where(eq(outbox.runId, runId))).map((m) => m.nodeId);

describe('broadband disconnection', () => {
  it('no arrears and an owned modem: deprovision, final bill, customer notified', async () => {
    const handle = await env.start(plan, { idNumber: '110101198001010011', channel: 'store' }, fastBroadbandParams);
    const result = await finish(handle, 'owned-no-arrears');
    expect(result).toMatchObject({ outcome: 'completed', result: { lineId: 'BB-1001', finalBill: { amountCny: 0 } } });
    expect(effectsOf('BB-1001')).toEqual(['deprovision', 'final-bill']);
    expect(await messagesOf(handle.workflowId)).toEqual(['notify_done']);
    const [row] = await env.db.select().from(runs).where(eq(runs.id, handle.workflowId));
    expect(row).toMatchObject({ status: 'completed', outcome: 'completed', flowKey: 'broadband-disconnection', planHash: plan.hash });
  });

  it('arrears paid after the reminder: the payment event lets the disconnection go on', async () => {
    const handle = await env.start(plan, { idNumber: '110101198502020022', channel: 'app' }, fastBroadbandParams);
    await expect.poll(() => messagesOf(handle.workflowId), { timeout: 20_000 }).toEqual(['notify_arrears']);
    const [reminder] = await env.db.select().from(outbox).where(eq(outbox.runId, handle.workflowId));
    expect(reminder?.body).toContain('237.5元');
    expect(reminder?.body).toContain('https://pay.example.com/lines/BB-1002');
    await handle.signal(eventSignal, { name: 'payment.received', data: { lineId: 'BB-1002', amountCny: 237.5 } });
    const result = await finish(handle, 'arrears-paid');
    expect(result).toMatchObject({ outcome: 'completed', result: { lineId: 'BB-1002' } });
    expect(effectsOf('BB-1002')).toEqual(['deprovision', 'final-bill']);
  });

  it('rented modem: pickup booked → dispatcher confirms → pickup event → deprovision → final bill → notified', async () => {
    const handle = await env.start(plan, { idNumber: '31010119900303003X', channel: 'hotline' }, fastBroadbandParams);
    const dispatch = await openTask(env.db, handle.workflowId, 'dispatch_review');
    await decide(handle, dispatch, 'confirmed', ['dispatch'], { technician: '李师傅 Li', slot: '2026-12-02 14:00-17:00' });
    await expect.poll(() => messagesOf(handle.workflowId), { timeout: 20_000 }).toEqual(['notify_pickup']);
    const [appointment] = env.telecom.state.data.appointments.filter((a) => a.lineId === 'BB-1003');
    await handle.signal(eventSignal, { name: 'pickup.reported', data: { appointmentId: appointment?.appointmentId, status: 'collected' } });
    const result = await finish(handle, 'rented-pickup');
    expect(result).toMatchObject({ outcome: 'completed', result: { lineId: 'BB-1003' } });
    expect(effectsOf('BB-1003')).toEqual(['pickup', 'deprovision', 'final-bill']);
    const bodies = (await env.db.select().from(outbox).where(eq(outbox.runId, handle.workflowId))).map((m) => m.body);
    expect(bodies[0]).toContain('2026-12-02 14:00-17:00');
  });

  it('several lines and a missed pickup: the clerk picks the line, the pickup is rescheduled, then collected', async () => {
    const handle = await env.start(plan, { idNumber: '440101199204040044', channel: 'store' }, fastBroadbandParams);
    await decide(handle, await openTask(env.db, handle.workflowId, 'pick_line'), 'picked', ['service-dept'], { lineId: 'BB-1004B' });
    await decide(handle, await openTask(env.db, handle.workflowId, 'dispatch_review'), 'confirmed', ['dispatch']);
    const first = () => env.telecom.state.data.appointments.filter((a) => a.lineId === 'BB-1004B');
    await expect.poll(() => messagesOf(handle.workflowId), { timeout: 20_000 }).toEqual(['notify_pickup']);
    await handle.signal(eventSignal, { name: 'pickup.reported', data: { appointmentId: first()[0]?.appointmentId, status: 'missed' } });
    await decide(handle, await openTask(env.db, handle.workflowId, 'dispatch_review', 2), 'confirmed', ['dispatch']);
    expect(first()).toHaveLength(2);
    await expect.poll(async () => (await messagesOf(handle.workflowId)).length, { timeout: 20_000 }).toBe(2);
    await handle.signal(eventSignal, { name: 'pickup.reported', data: { appointmentId: first()[1]?.appointmentId, status: 'collected' } });
    const result = await finish(handle, 'missed-pickup');
    expect(result).toMatchObject({ outcome: 'completed', result: { lineId: 'BB-1004B' } });
    expect(effectsOf('BB-1004B')).toEqual(['pickup', 'pickup', 'deprovision', 'final-bill']);
    expect(effectsOf('BB-1004A')).toEqual([]);
  });

  it('arrears unpaid past the time limit: a collections reviewer cancels the request', async () => {
    const handle = await env.start(plan, { idNumber: '510101198805050055', channel: 'store' }, { ...fastBroadbandParams, paymentTimeout: '1s' });
    await decide(handle, await openTask(env.db, handle.workflowId, 'collections_review'), 'cancel', ['collections'], { note: '客户拒绝缴费' });
    const result = await finish(handle, 'arrears-cancelled');
    expect(result).toEqual({ outcome: 'cancelled', result: { reason: 'arrears not settled' } });
    expect(effectsOf('BB-1005')).toEqual([]);
  });

  it('a complaint made during the request starts the complaint follow-up as a child run, and both finish', async () => {
    // The child version is resolved when the subflow starts; publish it with a short confirmation timeout.
    const complaint = compileLibraryFlow('complaint-follow-up', env.taskQueue);
    await env.db.insert(flows).values({ key: complaint.flowKey, name: complaint.name, draft: {} }).onConflictDoNothing();
    await env.db.insert(flowVersions).values({
      flowKey: complaint.flowKey, version: 1, document: {}, plan: complaint, planHash: complaint.hash, author: 'dora', paramOverrides: { confirmTimeout: '2s' },
    }).onConflictDoNothing();
    env.telecom.state.data = seedTelecomData(); // an earlier scenario disconnected this customer's line
    const handle = await env.start(plan, { idNumber: '110101198502020022', channel: 'store', complaint: { text: '网速太慢，上个月断网好几次' } }, fastBroadbandParams);
    await handle.signal(eventSignal, { name: 'payment.received', data: { lineId: 'BB-1002' } });
    let childId = '';
    await expect.poll(async () => (childId = (await env.db.select().from(runs).where(eq(runs.parentRunId, handle.workflowId)))[0]?.id ?? ''), { timeout: 20_000 }).not.toBe('');
    const child = env.client.workflow.getHandle(childId);
    await decide(child, await openTask(env.db, childId, 'handle_network'), 'resolved', ['network'], { contactOutcome: 'reached', rootCause: '光衰过大', solution: '更换分光器' });
    const result = await finish(handle, 'with-complaint');
    expect(result).toMatchObject({
      outcome: 'completed',
      result: { lineId: 'BB-1002', complaint: { outcome: 'completed', result: { category: 'network', resolution: '更换分光器', confirmed: false } } },
    });
    const [childRow] = await env.db.select().from(runs).where(eq(runs.id, childId));
    expect(childRow).toMatchObject({ flowKey: 'complaint-follow-up', version: 1, status: 'completed' });
  });
});
