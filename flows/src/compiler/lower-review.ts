/** Lowering of `review` nodes: assignees (REVIEW_NO_ASSIGNEE), templates and SLA durations. */
import type { TFlowNode } from '../format/schema.ts';
import { joinPath } from '../format/path.ts';
import type { TDuration, TPlanNodeOf } from '../plan/types.ts';
import type { TLowerContext } from './lower-context.ts';

type TReview = Extract<TFlowNode, { kind: 'review' }>;

export function lowerReview(node: TReview, ctx: TLowerContext): Omit<TPlanNodeOf<'review'>, 'id' | 'ports'> {
  const c = node.config;
  const at = (...segments: Array<string | number>): string => joinPath(ctx.configPath, ...segments);
  const groups = c.assignees?.groups ?? [];
  const users = c.assignees?.users ?? [];
  // An empty expression names nobody: it is the missing assignee, not a syntax error.
  const written = c.assignees?.expression?.replace(/^=/, '').trim() ? c.assignees.expression : undefined;
  const expression = written === undefined ? undefined : ctx.values.expr(written, at('assignees', 'expression'));
  if (groups.length === 0 && users.length === 0 && written === undefined) {
    ctx.sink.add('REVIEW_NO_ASSIGNEE', `review "${node.id}" has no assignee groups, users or expression`, { ...ctx.where, path: at('assignees') });
  }
  const duration = (text: string | undefined, ...segments: Array<string | number>): TDuration | undefined =>
    text === undefined ? undefined : ctx.values.duration(text, at(...segments));
  const sla = c.sla;
  const due = duration(sla?.due, 'sla', 'due');
  const remindEvery = duration(sla?.remindEvery, 'sla', 'remindEvery');
  const expireAfter = duration(sla?.expireAfter, 'sla', 'expireAfter');
  const escalate = (sla?.escalate ?? []).flatMap((step, i) => {
    const after = duration(step.after, 'sla', 'escalate', i, 'after');
    return after === undefined ? [] : [{ after, groups: step.groups }];
  });
  return {
    kind: 'review',
    title: c.title !== undefined ? ctx.values.template(c.title, at('title')) : { t: 'lit', v: node.label ?? node.id },
    ...(c.instructions !== undefined ? { instructions: ctx.values.template(c.instructions, at('instructions')) } : {}),
    assignees: { groups, users, ...(expression !== undefined ? { expression } : {}) },
    outcomes: c.outcomes,
    ...(c.form !== undefined ? { form: c.form } : {}),
    ...(c.quorum !== undefined ? { quorum: c.quorum } : {}),
    separationOfDuties: c.separationOfDuties ?? [],
    ...(sla !== undefined
      ? { sla: { ...(due ? { due } : {}), ...(remindEvery ? { remindEvery } : {}), escalate, ...(expireAfter ? { expireAfter } : {}) } }
      : {}),
    ...(c.output !== undefined ? { output: c.output } : {}),
  };
}
