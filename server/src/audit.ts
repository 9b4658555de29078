/**
 * The audit log: who did what to which subject, and why. Every privileged change (publish, parameter override,
 * user bootstrap, token creation, task decision) writes one row through `recordAudit`.
 */
import { auditLog, type TDb } from '@switchboard/drizzle';

export type TAuditEntry = Omit<typeof auditLog.$inferInsert, 'id' | 'at'>;

export async function recordAudit(db: TDb, entry: TAuditEntry): Promise<void> {
  await db.insert(auditLog).values(entry);
}
