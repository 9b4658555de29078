/** Turns the validated environment into the run-time config procedures see (ctx.config). */
import type { TConfig } from './config.ts';
import { DEMO_GATEWAY_SECRET } from './http/gateway-signature.ts';
import type { TEnv } from './env.ts';

export function resolveConfig(e: TEnv, embedded: boolean): TConfig {
  return {
    embedded,
    sessionTtlMs: e.SESSION_TTL_HOURS * 3_600_000,
    cookieSecure: e.COOKIE_SECURE ?? (e.NODE_ENV === 'production' && !embedded),
    publicOrigin: e.PUBLIC_URL ? new URL(e.PUBLIC_URL).origin : null,
    temporalNamespace: e.TEMPORAL_NAMESPACE,
    taskQueue: e.TEMPORAL_TASK_QUEUE,
    telecomServiceUrl: e.TELECOM_SERVICE_URL ?? null,
    notifyWebhookUrl: e.NOTIFY_WEBHOOK_URL ?? null,
    // The demo (npm start) works without setup; production must set its own secret or callbacks are refused.
    gatewayCallbackSecret: e.GATEWAY_CALLBACK_SECRET ?? (embedded ? DEMO_GATEWAY_SECRET : null),
  };
}
