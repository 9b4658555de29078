/** campaigns.previews — the template rendered for the first recipients of an audience (the editor's preview pane). */
import { recipients } from '@switchboard/drizzle';
import { renderPreview } from '@switchboard/flows/messages/index';
import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { authedProcedure } from '../../trpc.ts';

export const previews = authedProcedure
  .input(z.object({ audienceId: z.string().min(1).max(200), text: z.string().max(2000), sampleSize: z.number().int().min(1).max(20).default(3) }))
  .output(z.object({ previews: z.array(z.object({ recipientId: z.string(), phone: z.string(), name: z.string(), text: z.string() })) }))
  .query(async ({ ctx, input }) => {
    const sample = await ctx.db
      .select()
      .from(recipients)
      .where(and(eq(recipients.audienceId, input.audienceId), eq(recipients.optedOut, false)))
      .orderBy(asc(recipients.id))
      .limit(input.sampleSize);
    const bindings = (vars: unknown) => z.record(z.string(), z.unknown()).catch({}).parse(vars);
    return { previews: sample.map((r) => ({ recipientId: String(r.id), phone: r.phone, name: r.name, text: renderPreview(input.text, { ...bindings(r.vars), name: r.name, phone: r.phone }) })) };
  });
