/** The default notify gateway: rows in `outbox` (a sender process or the demo UI picks them up). */
import { outbox, type TDb } from '@switchboard/drizzle';
import { eq } from 'drizzle-orm';
import type { TGateway } from '../sdk/deps.ts';

export function createOutboxGateway(db: TDb): TGateway {
  return {
    async send(message) {
      const inserted = await db
        .insert(outbox)
        .values({ idempotencyKey: message.idempotencyKey, channel: message.channel, recipient: message.to, body: message.text, runId: message.runId, nodeId: message.nodeId })
        .onConflictDoNothing()
        .returning();
      const fresh = inserted[0];
      if (fresh) return { messageId: String(fresh.id), duplicate: false };
      const [existing] = await db.select({ id: outbox.id }).from(outbox).where(eq(outbox.idempotencyKey, message.idempotencyKey));
      return { messageId: String(existing?.id ?? ''), duplicate: true };
    },
    async sendMany(messages) {
      if (messages.length === 0) return { sent: 0, duplicates: 0 };
      const rows = messages.map((m) => ({ idempotencyKey: m.idempotencyKey, channel: m.channel, recipient: m.to, body: m.text, runId: m.runId, nodeId: m.nodeId }));
      const inserted = await db.insert(outbox).values(rows).onConflictDoNothing().returning();
      return { sent: inserted.length, duplicates: messages.length - inserted.length };
    },
  };
}
