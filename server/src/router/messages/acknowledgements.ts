/** The acknowledgements recorded for a subject (newest first), so a reopened review shows who accepted what. */
import { and, desc, eq } from 'drizzle-orm';
import { auditLog } from '@switchboard/drizzle';
import { z } from 'zod';
import { authedProcedure } from '../../trpc.ts';
import { ACK_ACTION } from './acknowledge.ts';
import { loadSubject } from './subject.ts';
import { ZAcknowledgement, ZSubject } from './schemas.ts';

const ZDetail = z.object({ rules: z.array(z.string()), textHash: z.string() }).catch({ rules: [], textHash: '' });

export const acknowledgements = authedProcedure
  .input(z.object({ subject: ZSubject }))
  .output(z.array(ZAcknowledgement))
  .query(async ({ ctx, input }) => {
    await loadSubject(ctx.db, ctx.user, input.subject);
    const rows = await ctx.db.select().from(auditLog)
      .where(and(eq(auditLog.action, ACK_ACTION), eq(auditLog.subjectType, input.subject.type), eq(auditLog.subjectId, input.subject.id)))
      .orderBy(desc(auditLog.id)).limit(50);
    return rows.map((row) => {
      const detail = ZDetail.parse(row.detail);
      return { id: row.id, at: row.at.toISOString(), actor: row.actor, subject: input.subject, rules: detail.rules, reason: row.reason ?? '', textHash: detail.textHash };
    });
  });
