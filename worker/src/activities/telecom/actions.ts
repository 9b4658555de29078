/** Side-effecting telecom activities; each sends the context's idempotency key, so a retry never acts twice. */
import { z } from 'zod';
import { defineActivity } from '../../sdk/define-activity.ts';
import { callTelecom } from './client.ts';

const ZLineId = z.object({ lineId: z.string().min(1) }).strict();
const ZAppointment = z.object({ appointmentId: z.string().min(1), slot: z.string().min(1), technician: z.string().min(1) }).strict();
const ZDeprovisioned = z.object({ deprovisionedAt: z.iso.datetime() }).strict();
const ZFinalBill = z.object({ billId: z.string().min(1), amountCny: z.number().min(0) }).strict();

export const bookPickup = defineActivity({
  type: 'telecom.bookPickup',
  title: '预约上门取机 Book terminal pickup',
  description: 'Books a home visit to collect a rented terminal; a dispatcher confirms technician and slot.',
  category: 'telecom',
  input: z
    .object({ lineId: z.string().min(1), terminalId: z.string().min(1), address: z.string().min(1), preferredDate: z.iso.date().optional() })
    .strict(),
  output: ZAppointment,
  run: async (input, ctx) => callTelecom(ctx, ZAppointment, 'POST', '/pickups', input),
});

export const deprovisionLine = defineActivity({
  type: 'telecom.deprovisionLine',
  title: '拆机 Deprovision line',
  description: 'Disconnects the line in the network inventory.',
  category: 'telecom',
  input: ZLineId,
  output: ZDeprovisioned,
  run: async ({ lineId }, ctx) => callTelecom(ctx, ZDeprovisioned, 'POST', `/lines/${encodeURIComponent(lineId)}/deprovision`, {}),
});

export const settleFinalBill = defineActivity({
  type: 'telecom.settleFinalBill',
  title: '结清账单 Settle final bill',
  description: 'Issues the final bill of a disconnected line.',
  category: 'telecom',
  input: ZLineId,
  output: ZFinalBill,
  run: async ({ lineId }, ctx) => callTelecom(ctx, ZFinalBill, 'POST', `/lines/${encodeURIComponent(lineId)}/final-bill`, {}),
});
