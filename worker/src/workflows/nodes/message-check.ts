/**
 * `notify` with `validate: true`. The message rules (checkMessage) judge a text against an offer, and a notify
 * node names no offer, so there is nothing yet to check it against; until the message-rules engineer defines a
 * profile-only check for notifications, such a node refuses to send (never sends unchecked text) and says why.
 * Use a `validate` node (which takes an offer) before the notify in the meantime.
 */
import { ApplicationFailure } from '@temporalio/workflow';
import type { TNodeContext } from './types.ts';

export async function checkBeforeSend(ctx: TNodeContext<'notify'>, channel: string, _text: string): Promise<void> {
  throw ApplicationFailure.nonRetryable(
    `notify "${ctx.node.id}": validate is set, but channel "${channel}" has no offer-free message check yet; put a validate node before this notify`,
    'RulesUnavailable',
  );
}
