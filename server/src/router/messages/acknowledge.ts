/**
 * Acknowledges warning findings with a written reason: warnings do not block a message, but someone must own
 * them, and compliance must be able to see later who accepted which warnings on which text and why. Errors can
 * never be acknowledged away. Authors (designers) and reviewers may acknowledge; every acknowledgement is one
 * audit row (action `message.acknowledge`) holding the rules, the reason and the text's hash.
 */
import { auditLog } from '@switchboard/drizzle';
import { RULE_SEVERITY, sha256Hex, type TFinding } from '@switchboard/flows';
import { z } from 'zod';
import { AppError } from '../../errors.ts';
import { roleProcedure } from '../../trpc.ts';
import { loadSubject } from './subject.ts';
import { ZAcknowledgement, ZMessageText, ZSubject } from './schemas.ts';

export const ACK_ACTION = 'message.acknowledge';

export const acknowledge = roleProcedure('admin', 'designer', 'reviewer')
  .input(z.object({
    subject: ZSubject,
    text: ZMessageText,
    rules: z.array(z.string().min(1)).min(1, 'acknowledge at least one rule').max(40),
    reason: z.string().trim().min(3, 'say why the warnings are acceptable (at least 3 characters)').max(2000),
  }))
  .output(ZAcknowledgement)
  .mutation(async ({ ctx, input }) => {
    const { findings } = await loadSubject(ctx.db, ctx.user, input.subject);
    const rules = [...new Set(input.rules)];
    checkRules(rules, findings);
    const textHash = sha256Hex(input.text);
    const [row] = await ctx.db.insert(auditLog).values({
      actor: ctx.user.username, action: ACK_ACTION, subjectType: input.subject.type, subjectId: input.subject.id,
      reason: input.reason, detail: { rules, textHash, ...(input.text.length <= 2000 ? { text: input.text } : {}) },
    }).returning();
    if (!row) throw new AppError('INTERNAL', 'the acknowledgement was not recorded');
    return { id: row.id, at: row.at.toISOString(), actor: row.actor, subject: input.subject, rules, reason: input.reason, textHash };
  });

/** With stored findings, only their warnings (and none while errors stand); without, any warning-severity rule. */
function checkRules(rules: string[], findings: TFinding[] | null): void {
  if (findings?.some((f) => f.severity === 'error')) {
    const ids = [...new Set(findings.filter((f) => f.severity === 'error').map((f) => f.rule))].join(', ');
    throw new AppError('CONFLICT', `The message has errors (${ids}); errors cannot be acknowledged, only fixed`);
  }
  const allowed = findings ? new Set(findings.filter((f) => f.severity === 'warning').map((f) => f.rule)) : null;
  rules.forEach((rule, i) => {
    const known = Object.hasOwn(RULE_SEVERITY, rule);
    if (allowed ? !allowed.has(rule) : !known || Reflect.get(RULE_SEVERITY, rule) !== 'warning') {
      const why = allowed ? 'is not a warning of this message' : known ? 'is an error rule, not a warning' : 'is no rule id';
      throw new AppError('INVALID_INPUT', `Invalid input: rules[${i}]: "${rule}" ${why}`, { fields: [{ path: `rules[${i}]`, message: why }] });
    }
  });
}
