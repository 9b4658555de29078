/** Message validation UI: the live highlighted check view other screens (editor, inbox, campaigns) mount. */
export { MessageCheckView, type TMessageCheckViewProps, type TMessageCheckSummary } from './MessageCheckView.tsx';
export type { TAcknowledged } from './AcknowledgeForm.tsx';
export { runCheck, type TCheckResult, type TCheckRequest } from './run-check.ts';
export { NodeMessageCheck } from './NodeMessageCheck.tsx';
export { useMessageReview } from './use-message-review.tsx';
