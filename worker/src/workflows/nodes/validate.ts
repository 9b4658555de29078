/** `validate`: runs the message rules; ports pass / fail / warn, findings stored on the run row. */
import { ApplicationFailure } from '@temporalio/workflow';
import type { TNodeHandler } from './types.ts';

export const validate: TNodeHandler<'validate'> = async ({ node }) => {
  throw ApplicationFailure.nonRetryable(`validate "${node.id}": message rules are not available in this build (checkMessage is missing)`, 'RulesUnavailable');
};
