/**
 * Settings procedures need at run time, resolved once by startApp from the environment and its options
 * (tests pass their own). Kept apart from env.ts so procedures never read process.env.
 */
export type TConfig = {
  embedded: boolean;
  /** Session lifetime in ms. */
  sessionTtlMs: number;
  cookieSecure: boolean;
  /** Origins allowed to send mutations besides the request's own host (PUBLIC_URL behind a proxy). */
  publicOrigin: string | null;
  temporalNamespace: string;
  taskQueue: string;
  telecomServiceUrl: string | null;
  notifyWebhookUrl: string | null;
  /** Shared secret the SMS gateway signs its reply callbacks with; null = callbacks are refused. */
  gatewayCallbackSecret: string | null;
};
