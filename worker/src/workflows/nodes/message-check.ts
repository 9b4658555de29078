/**
 * `notify` with `validate: true`. A notify node names no offer, so the text is held to the rules that need none
 * (checkWithoutOffer: signature, opt-out, length, encoding, templates, wording, personal data) under the channel's
 * profile: `sms` is a service notification (`cn_sms_notification`), a profile id names itself. A text with an
 * error finding is never sent: the findings go onto the run (as a `validate` node's do) and the node fails with
 * them (its `error` port when connected). Warnings are stored and the message is sent. Pure rules, so this runs
 * in the workflow with workflow time.
 */
import { checkWithoutOffer, profileFor, ZChannel, type TChannel } from '@switchboard/flows/messages/index';
import { ApplicationFailure } from '@temporalio/workflow';
import type { TNodeContext } from './types.ts';

function profileChannel(channel: string): TChannel | null {
  if (channel === 'sms') return 'cn_sms_notification';
  const parsed = ZChannel.safeParse(channel);
  return parsed.success ? parsed.data : null;
}

export async function checkBeforeSend(ctx: TNodeContext<'notify'>, channel: string, text: string): Promise<void> {
  const profileId = profileChannel(channel);
  if (profileId === null) {
    throw ApplicationFailure.nonRetryable(
      `notify "${ctx.node.id}": validate is set, but channel "${channel}" has no message rules (use sms or one of ${ZChannel.options.join(', ')})`,
      'RulesUnavailable',
    );
  }
  const report = checkWithoutOffer({ text, channel: profileId, profile: profileFor(profileId), now: ctx.runtime.now().toISOString() });
  if (report.findings.length > 0) ctx.addFindings([{ nodeId: ctx.node.id, visit: ctx.visit, text, ...report }]);
  const errors = report.findings.filter((f) => f.severity === 'error');
  await ctx.record({ type: 'validate.checked', data: { errors: errors.length, warnings: report.findings.length - errors.length, ruleSetVersion: report.ruleSetVersion } });
  if (errors.length > 0) {
    const list = errors.map((f) => `${f.rule} ${f.message}`).join('; ');
    throw ApplicationFailure.nonRetryable(`notify "${ctx.node.id}" refused to send: ${list}`, 'MessageRejected', report.findings);
  }
}
