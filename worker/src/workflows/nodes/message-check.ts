/**
 * The message rules (spec/message-rules.md) inside a run. They are pure, so they could run in the workflow, but
 * `checkMessage` from '@switchboard/flows' is being written by the message-rules engineer; until it exists,
 * a flow that asks for validation is refused with a sentence that says so rather than sending unchecked text.
 */
import { ApplicationFailure } from '@temporalio/workflow';
import type { TNodeContext } from './types.ts';

export async function checkBeforeSend(_ctx: TNodeContext<'notify'>, channel: string, _text: string): Promise<void> {
  throw ApplicationFailure.nonRetryable(`message rules for channel "${channel}" are not available in this build (checkMessage is missing)`, 'RulesUnavailable');
}
