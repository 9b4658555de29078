/**
 * The production notify gateway: POSTs each message as JSON to the operator's SMS/email gateway with an
 * `Idempotency-Key` header, which that gateway must honour. 4xx is a business error (not retried); 5xx retries.
 */
import { z } from 'zod';
import { businessError } from '../sdk/define-activity.ts';
import type { TGateway } from '../sdk/deps.ts';

const ZWebhookReply = z.object({ messageId: z.string(), duplicate: z.boolean().optional() });

export function createWebhookGateway(url: string, http: typeof fetch, headers: Record<string, string> = {}): TGateway {
  return {
    async send(message) {
      const response = await http(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': message.idempotencyKey, ...headers },
        body: JSON.stringify(message),
      });
      if (response.status >= 400 && response.status < 500) {
        throw businessError('GatewayRejected', `gateway refused the message (${response.status}): ${await response.text()}`);
      }
      if (!response.ok) throw new Error(`gateway answered ${response.status}`);
      const reply = ZWebhookReply.parse(await response.json());
      return { messageId: reply.messageId, duplicate: reply.duplicate ?? false };
    },
  };
}
