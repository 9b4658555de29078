/**
 * `validate`: runs the message rules (spec/message-rules.md) on the rendered text against the offer. The rules
 * are pure, so they run here in the workflow with workflow time as `now`. Ports: `fail` on any error finding,
 * `warn` on warnings only (falls back to `pass` when unconnected), else `pass`. The report goes to `output` and
 * onto the run row's `findings` (with the text and offer it judged), where later reviewers see it.
 */
import { checkMessage, profileFor, ZChannel, ZOffer } from '@switchboard/flows/messages/index';
import { ApplicationFailure } from '@temporalio/workflow';
import { z } from 'zod';
import type { TNodeHandler } from './types.ts';

export const validate: TNodeHandler<'validate'> = async (ctx) => {
  const { node, runtime } = ctx;
  const channel = ZChannel.safeParse(node.channel);
  if (!channel.success) fail(node.id, `unknown channel profile "${node.channel}" (known: ${ZChannel.options.join(', ')})`);
  const text = await runtime.evaluate(node.text);
  if (typeof text !== 'string') fail(node.id, `text gave ${JSON.stringify(text)}, not text`);
  if (!node.offer) fail(node.id, 'the message rules need an offer (set "offer" to an expression yielding the offer document)');
  const raw = await runtime.evaluateExpr(node.offer);
  const sendAt = node.sendAt ? await runtime.evaluateExpr(node.sendAt) : undefined;
  const offer = ZOffer.safeParse(sendAt === undefined ? raw : withSendAt(raw, sendAt));
  if (!offer.success) fail(node.id, `offer is invalid: ${z.prettifyError(offer.error)}`);
  const report = checkMessage({ text, offer: offer.data, profile: profileFor(channel.data), now: runtime.now().toISOString() });
  // The text and offer go with the report so a later reviewer sees the highlighted text, not only rule ids.
  ctx.addFindings([{ nodeId: node.id, visit: ctx.visit, text, offer: offer.data, ...report }]);
  const errors = report.findings.filter((f) => f.severity === 'error').length;
  const warnings = report.findings.length - errors;
  await ctx.record({ type: 'validate.checked', data: { errors, warnings, ruleSetVersion: report.ruleSetVersion } });
  const port = errors > 0 ? 'fail' : warnings > 0 && node.ports.warn?.length ? 'warn' : 'pass';
  return { port, output: { ...report, errors, warnings } };
};

const ZLoose = z.record(z.string(), z.unknown());

/** The offer with `campaign.send_at` replaced by the node's `sendAt` (the time this run will really send). */
function withSendAt(raw: unknown, sendAt: unknown): unknown {
  const offer = ZLoose.safeParse(raw);
  if (!offer.success) return raw;
  const campaign = ZLoose.safeParse(offer.data.campaign);
  return { ...offer.data, campaign: { ...(campaign.success ? campaign.data : {}), send_at: sendAt } };
}

function fail(nodeId: string, message: string): never {
  throw ApplicationFailure.nonRetryable(`validate "${nodeId}": ${message}`, 'ValidateInvalid');
}
