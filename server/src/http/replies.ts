/**
 * POST /gateway/replies — the SMS gateway's callback for inbound replies. Each reply is recorded once (the
 * gateway's message id is unique), classified (opt-out `R`/`TD`, the offer's activation keyword, other) and
 * attributed to the campaign that last messaged the number; an opt-out marks the number opted out in every
 * audience at once, so later pages and sends skip it. Only signed callbacks are accepted (gateway-signature.ts):
 * an unsigned or wrongly signed one is answered 401 before anything is parsed or recorded.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { campaignReplies, campaigns, outbox, recipients, type TDb } from '@switchboard/drizzle';
import { desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { isGatewaySignatureValid, SIGNATURE_HEADER } from './gateway-signature.ts';

export const REPLIES_PATH = '/gateway/replies';
const MAX_BODY = 64 * 1024;
const OPT_OUT_WORDS = new Set(['R', 'TD', 'T', '退订']);

const ZReply = z.object({
  messageId: z.string().min(1).max(200),
  from: z.string().regex(/^\+?[0-9]{5,15}$/, 'expected a phone number'),
  text: z.string().max(2000),
  campaignId: z.string().min(1).optional(),
});

/** `secret` null = the server has no GATEWAY_CALLBACK_SECRET, so no callback can be trusted: all are refused. */
export async function handleReply(db: TDb, secret: string | null, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'POST') return answer(res, 405, { error: 'POST a reply as JSON' });
  if (secret === null) return answer(res, 503, { error: 'gateway callbacks are off: GATEWAY_CALLBACK_SECRET is not set' });
  const raw = await readBody(req);
  if (raw === null) return answer(res, 413, { error: `body over ${MAX_BODY} bytes` });
  if (!isGatewaySignatureValid(secret, raw, req.headers[SIGNATURE_HEADER])) {
    return answer(res, 401, { error: `missing or wrong ${SIGNATURE_HEADER} (sha256=<hex HMAC-SHA256 of the body>)` });
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return answer(res, 400, { error: 'body is not JSON' });
  }
  const parsed = ZReply.safeParse(json);
  if (!parsed.success) return answer(res, 400, { error: parsed.error.issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`).join('; ') });
  const reply = parsed.data;
  const campaign = await campaignFor(db, reply.from, reply.campaignId);
  if (!campaign) return answer(res, 404, { error: `no campaign messaged ${reply.from}` });
  const kind = classify(reply.text, campaign.offer);
  const inserted = await db
    .insert(campaignReplies)
    .values({ gatewayMessageId: reply.messageId, campaignId: campaign.id, phone: reply.from, body: reply.text, kind })
    .onConflictDoNothing()
    .returning();
  if (kind === 'opt_out') await db.update(recipients).set({ optedOut: true }).where(eq(recipients.phone, reply.from));
  answer(res, 200, { campaignId: campaign.id, kind, duplicate: inserted.length === 0 });
}

/** The campaign named by the gateway, else the one whose run last sent to this number. */
async function campaignFor(db: TDb, phone: string, campaignId: string | undefined) {
  if (campaignId) return (await db.select().from(campaigns).where(eq(campaigns.id, campaignId)))[0];
  const [row] = await db
    .select({ campaign: campaigns })
    .from(outbox)
    .innerJoin(campaigns, eq(campaigns.runId, outbox.runId))
    .where(eq(outbox.recipient, phone))
    .orderBy(desc(outbox.id))
    .limit(1);
  return row?.campaign;
}

function classify(text: string, offer: unknown): 'opt_out' | 'activation' | 'other' {
  const word = text.trim().toUpperCase();
  if (OPT_OUT_WORDS.has(word)) return 'opt_out';
  const keyword = z.object({ activation: z.object({ keyword: z.string() }) }).safeParse(offer);
  if (keyword.success && keyword.data.activation.keyword !== '' && word === keyword.data.activation.keyword.trim().toUpperCase()) return 'activation';
  return 'other';
}

async function readBody(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > MAX_BODY) return null;
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function answer(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' }).end(JSON.stringify(body));
}
