import { describe, expect, it } from 'vitest';
import type { TTaskState } from '../../activities/tasks-types.ts';
import { applyChange, applyDecision, changeProblem, decisionProblem, type TReviewRules } from './review-rules.ts';

const rita = { userId: 'u-rita', username: 'rita', groups: ['reviewers', 'billing'] };
const ravi = { userId: 'u-ravi', username: 'ravi', groups: ['reviewers', 'network'] };
const dora = { userId: 'u-dora', username: 'dora', groups: ['billing'] };
const open: TTaskState = {
  taskId: 'run-x:review:1', status: 'open', groups: ['reviewers'], users: [], watchers: [], claimedBy: null, people: {}, claimedAt: null,
  decisions: [], outcome: null, decidedAt: null, escalations: 0, reminders: 0,
};
const rules: TReviewRules = { outcomes: ['approve', 'reject'], quorum: 2, form: null, barred: { initiator: ['dora'], previousReviewers: ['u-ravi'], flowAuthor: [] } };
const decide = (actor: typeof rita, outcome = 'approve', key = `k-${actor.userId}`) => ({
  key, userId: actor.userId, username: actor.username, outcome, at: '2026-01-01T00:00:00Z',
});

describe('review decision rules', () => {
  it('refuses the initiator and earlier reviewers with a readable reason', () => {
    expect(decisionProblem({ ...open, groups: ['billing'] }, rules, { taskId: open.taskId, outcome: 'approve', actor: dora })).toMatch(/Separation of duties: dora started this run/);
    expect(decisionProblem(open, rules, { taskId: open.taskId, outcome: 'approve', actor: ravi })).toMatch(/ravi already decided an earlier review/);
  });

  it('refuses people outside the assignees and unknown outcomes', () => {
    expect(decisionProblem({ ...open, groups: ['network'] }, rules, { taskId: open.taskId, outcome: 'approve', actor: rita })).toMatch(/rita is not assigned/);
    expect(decisionProblem(open, rules, { taskId: open.taskId, outcome: 'maybe', actor: rita })).toMatch(/Unknown outcome "maybe"; choose one of: approve, reject/);
  });

  it('needs distinct people for the quorum, and one other outcome decides', () => {
    const free = { ...rules, barred: { initiator: [], previousReviewers: [], flowAuthor: [] } };
    const first = applyDecision(open, free, decide(rita));
    expect(first.state.status).toBe('open');
    expect(first.approvals).toBe(1);
    expect(decisionProblem(first.state, free, { taskId: open.taskId, outcome: 'approve', actor: rita })).toMatch(/rita already decided .* 2 distinct reviewers/);
    const second = applyDecision(first.state, free, decide(ravi));
    expect(second.state).toMatchObject({ status: 'decided', outcome: 'approve' });
    expect(decisionProblem(second.state, free, { taskId: open.taskId, outcome: 'reject', actor: dora })).toMatch(/already decided \(approve\)/);
    const rejected = applyDecision(first.state, free, decide(ravi, 'reject'));
    expect(rejected.state).toMatchObject({ status: 'decided', outcome: 'reject' });
  });

  it('validates the form', () => {
    const withForm = { ...rules, quorum: 1, barred: { initiator: [], previousReviewers: [], flowAuthor: [] }, form: { type: 'object', required: ['rootCause'] } };
    expect(decisionProblem(open, withForm, { taskId: open.taskId, outcome: 'approve', actor: rita, form: {} })).toMatch(/Form invalid: .*rootCause/);
    expect(decisionProblem(open, withForm, { taskId: open.taskId, outcome: 'approve', actor: rita, form: { rootCause: 'x' } })).toBeNull();
  });
});

describe('task changes', () => {
  const single = { ...rules, quorum: 1, barred: { initiator: [], previousReviewers: [], flowAuthor: [] } };
  it('a claim reserves a single-reviewer task for the claimer', () => {
    const claim = { kind: 'claim' as const, taskId: open.taskId, actor: rita };
    expect(changeProblem(open, claim)).toBeNull();
    const claimed = applyChange(open, claim, 'now');
    expect(decisionProblem(claimed, single, { taskId: open.taskId, outcome: 'approve', actor: ravi })).toMatch(/claimed by rita/);
    expect(changeProblem(claimed, { kind: 'claim', taskId: open.taskId, actor: ravi })).toMatch(/already claimed by rita/);
    expect(changeProblem(claimed, { kind: 'unclaim', taskId: open.taskId, actor: ravi, force: false })).toMatch(/only they or a supervisor/);
    expect(changeProblem(claimed, { kind: 'unclaim', taskId: open.taskId, actor: ravi, force: true })).toBeNull();
  });

  it('delegation hands over the decision and keeps the delegator watching', () => {
    const delegated = applyChange(open, { kind: 'delegate', taskId: open.taskId, actor: rita, to: 'u-otto', toName: 'otto' }, 'now');
    expect(delegated).toMatchObject({ users: ['u-otto'], watchers: ['u-rita'], claimedBy: 'u-otto' });
    expect(decisionProblem(delegated, single, { taskId: open.taskId, outcome: 'approve', actor: rita })).toMatch(/claimed by otto/);
    expect(decisionProblem(delegated, single, { taskId: open.taskId, outcome: 'approve', actor: { userId: 'u-otto', username: 'otto', groups: [] } })).toBeNull();
  });

  it('reassignment replaces the assignees', () => {
    const moved = applyChange(open, { kind: 'reassign', taskId: open.taskId, actor: rita, groups: ['network'], users: [] }, 'now');
    expect(decisionProblem(moved, single, { taskId: open.taskId, outcome: 'approve', actor: rita })).toMatch(/not assigned/);
    expect(changeProblem(open, { kind: 'reassign', taskId: open.taskId, actor: rita, groups: [], users: [] })).toMatch(/at least one/);
  });
});
