/**
 * The rules of a review task, as pure functions over its state, so the Update validators, the handlers and the
 * tests share one definition. A `*Problem` function returns the readable reason a request is refused, or null.
 *
 * Quorum rule: the FIRST outcome (e.g. `approve`) needs `quorum` distinct reviewers; any OTHER outcome decides the
 * task as soon as one eligible reviewer chooses it (one rejection is enough to stop an approval).
 * Claims: with quorum 1 a claim reserves the decision for the claimer; under quorum > 1 claims are only a marker,
 * because several people must decide.
 */
import type { z } from 'zod';
import type { TDecideInput, ZActor } from '../../contract.ts';
import type { TTaskDecision, TTaskState } from '../../activities/tasks-types.ts';
import { formProblems } from './review-form.ts';
import type { TTaskChange } from './review-messages.ts';

type TActor = z.infer<typeof ZActor>;

/** What a task's plan node and run say about who may decide and what a decision must contain. */
export type TReviewRules = {
  outcomes: string[];
  quorum: number;
  form: Record<string, unknown> | null;
  /** Identities (ids and usernames) barred by each separation-of-duties rule the node names. */
  barred: { initiator: string[]; previousReviewers: string[]; flowAuthor: string[] };
};

export function isAssignee(state: TTaskState, actor: TActor): boolean {
  return state.users.includes(actor.userId) || actor.groups.some((g) => state.groups.includes(g));
}

function nameOf(state: TTaskState, id: string | null): string {
  return id === null ? '' : (state.people[id] ?? id);
}

function notOpen(state: TTaskState): string | null {
  if (state.status === 'open') return null;
  if (state.status === 'decided') return `Task ${state.taskId} is already decided (${state.outcome ?? 'no outcome'})`;
  return `Task ${state.taskId} is ${state.status} and can no longer be changed`;
}

function dutiesProblem(rules: TReviewRules, actor: TActor): string | null {
  const is = (ids: string[]) => ids.includes(actor.userId) || ids.includes(actor.username);
  const who = actor.username;
  if (is(rules.barred.initiator)) return `Separation of duties: ${who} started this run and may not decide its review`;
  if (is(rules.barred.flowAuthor)) return `Separation of duties: ${who} published this flow version and may not decide its review`;
  if (is(rules.barred.previousReviewers)) {
    return `Separation of duties: ${who} already decided an earlier review in this run and may not decide this one`;
  }
  return null;
}

export function decisionProblem(state: TTaskState, rules: TReviewRules, input: TDecideInput): string | null {
  const { actor } = input;
  const closed = notOpen(state);
  if (closed) return closed;
  if (!rules.outcomes.includes(input.outcome)) return `Unknown outcome "${input.outcome}"; choose one of: ${rules.outcomes.join(', ')}`;
  if (!isAssignee(state, actor)) return `${actor.username} is not assigned to task ${state.taskId}`;
  if (rules.quorum === 1 && state.claimedBy !== null && state.claimedBy !== actor.userId) {
    return `Task ${state.taskId} is claimed by ${nameOf(state, state.claimedBy)}; only they can decide it until it is released or reassigned`;
  }
  const duties = dutiesProblem(rules, actor);
  if (duties) return duties;
  if (state.decisions.some((d) => d.userId === actor.userId)) {
    return `${actor.username} already decided task ${state.taskId}; the quorum needs ${rules.quorum} distinct reviewers`;
  }
  const form = formProblems(rules.form, input.form);
  if (form.length > 0) return `Form invalid: ${form.join('; ')}`;
  return null;
}

/** Records a decision that passed `decisionProblem`; the task is decided once the quorum rule above is met. */
export function applyDecision(state: TTaskState, rules: TReviewRules, decision: TTaskDecision): { state: TTaskState; approvals: number } {
  const decisions = [...state.decisions, decision];
  const first = rules.outcomes[0];
  const approvals = decisions.filter((d) => d.outcome === first).length;
  const final = decision.outcome !== first || approvals >= rules.quorum;
  return {
    approvals,
    state: final ? { ...state, decisions, status: 'decided', outcome: decision.outcome, decidedAt: decision.at } : { ...state, decisions },
  };
}

export function changeProblem(state: TTaskState, change: TTaskChange): string | null {
  const closed = notOpen(state);
  if (closed) return closed;
  const { actor } = change;
  const claimedByOther = state.claimedBy !== null && state.claimedBy !== actor.userId;
  switch (change.kind) {
    case 'claim':
      if (!isAssignee(state, actor)) return `${actor.username} is not assigned to task ${state.taskId}`;
      return claimedByOther ? `Task ${state.taskId} is already claimed by ${nameOf(state, state.claimedBy)}` : null;
    case 'unclaim':
      if (state.claimedBy === null) return `Task ${state.taskId} is not claimed`;
      return claimedByOther && !change.force ? `Task ${state.taskId} is claimed by ${nameOf(state, state.claimedBy)}; only they or a supervisor can release it` : null;
    case 'reassign':
      return change.groups.length + change.users.length === 0 ? 'Reassign needs at least one group or user' : null;
    case 'delegate':
      if (!isAssignee(state, actor)) return `${actor.username} is not assigned to task ${state.taskId}`;
      if (claimedByOther) return `Task ${state.taskId} is claimed by ${nameOf(state, state.claimedBy)}`;
      return change.to === actor.userId ? 'A task cannot be delegated to yourself' : null;
    default: {
      const unknownChange: never = change;
      return `Unknown change ${JSON.stringify(unknownChange)}`;
    }
  }
}

export function applyChange(prior: TTaskState, change: TTaskChange, at: string): TTaskState {
  const people = { ...prior.people, [change.actor.userId]: change.actor.username, ...(change.kind === 'delegate' ? { [change.to]: change.toName } : {}) };
  const state = { ...prior, people };
  switch (change.kind) {
    case 'claim':
      return { ...state, claimedBy: change.actor.userId, claimedAt: at };
    case 'unclaim':
      return { ...state, claimedBy: null, claimedAt: null };
    case 'reassign':
      return { ...state, groups: unique(change.groups), users: unique(change.users), claimedBy: null, claimedAt: null };
    case 'delegate':
      return {
        ...state,
        users: unique([...state.users, change.to]),
        watchers: unique([...state.watchers, change.actor.userId]),
        claimedBy: change.to,
        claimedAt: at,
      };
    default: {
      const unknownChange: never = change;
      throw new Error(`Unknown change ${JSON.stringify(unknownChange)}`);
    }
  }
}

export function escalate(state: TTaskState, groups: string[]): TTaskState {
  return { ...state, groups: unique([...state.groups, ...groups]), escalations: state.escalations + 1 };
}

function unique(values: string[]): string[] {
  return [...new Set(values)].sort();
}
