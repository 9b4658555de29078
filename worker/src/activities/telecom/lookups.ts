/** Read-only telecom activities: customer by national ID number, lines, arrears, terminal ownership. */
import { z } from 'zod';
import { defineActivity } from '../../sdk/define-activity.ts';
import { callTelecom } from './client.ts';

const ZLineId = z.object({ lineId: z.string().min(1) }).strict();
const ZCustomer = z.object({ customerId: z.string().min(1), name: z.string().min(1), phone: z.string().min(1) }).strict();
const ZLine = z
  .object({ lineId: z.string().min(1), address: z.string().min(1), installedAt: z.iso.datetime(), status: z.enum(['active', 'suspended', 'disconnected']) })
  .strict();
const ZLines = z.object({ lines: z.array(ZLine) }).strict();
const ZArrears = z.object({ amountCny: z.number().min(0), months: z.number().int().min(0), paymentLink: z.url() }).strict();
const ZTerminal = z.object({ terminalId: z.string().min(1), ownership: z.enum(['owned', 'rented']), returned: z.boolean() }).strict();

export const findCustomerByIdNumber = defineActivity({
  type: 'telecom.findCustomerByIdNumber',
  title: '按证件号查客户 Find customer by ID number',
  description: 'Identifies the customer by national ID number instead of an internal account number.',
  category: 'telecom',
  input: z.object({ idNumber: z.string().regex(/^[0-9]{17}[0-9Xx]$/) }).strict(),
  output: ZCustomer,
  run: async ({ idNumber }, ctx) => callTelecom(ctx, ZCustomer, 'GET', `/customers?idNumber=${encodeURIComponent(idNumber)}`),
});

export const listBroadbandLines = defineActivity({
  type: 'telecom.listBroadbandLines',
  title: '查宽带线路 List broadband lines',
  description: 'All broadband lines of a customer.',
  category: 'telecom',
  input: z.object({ customerId: z.string().min(1) }).strict(),
  output: ZLines,
  run: async ({ customerId }, ctx) => callTelecom(ctx, ZLines, 'GET', `/customers/${encodeURIComponent(customerId)}/lines`),
});

export const getArrears = defineActivity({
  type: 'telecom.getArrears',
  title: '查欠费 Get arrears',
  description: 'Outstanding amount of a line and a payment link.',
  category: 'telecom',
  input: ZLineId,
  output: ZArrears,
  run: async ({ lineId }, ctx) => callTelecom(ctx, ZArrears, 'GET', `/lines/${encodeURIComponent(lineId)}/arrears`),
});

export const getTerminalOwnership = defineActivity({
  type: 'telecom.getTerminalOwnership',
  title: '查光猫归属 Get terminal ownership',
  description: 'Whether the optical modem (ONT) of a line was bought or rented, and whether it was returned.',
  category: 'telecom',
  input: ZLineId,
  output: ZTerminal,
  run: async ({ lineId }, ctx) => callTelecom(ctx, ZTerminal, 'GET', `/lines/${encodeURIComponent(lineId)}/terminal`),
});
