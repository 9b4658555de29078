/**
 * Authenticates the SMS gateway's callbacks: the gateway signs the raw request body with the shared secret
 * (`GATEWAY_CALLBACK_SECRET`) and sends `x-gateway-signature: sha256=<hex HMAC-SHA256 of the body>`. Signing the
 * body (not just sending the secret) means a captured request cannot be replayed with a different body, and the
 * secret never travels. Compared in constant time so the check leaks nothing about the expected value.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'x-gateway-signature';

/** Used by `npm start` (embedded mode) when GATEWAY_CALLBACK_SECRET is not set; never in production. */
export const DEMO_GATEWAY_SECRET = 'switchboard-demo-gateway-secret';

/** The header value a gateway sends for `body`; tests and the demo gateway sign with it. */
export function signGatewayBody(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`;
}

export function isGatewaySignatureValid(secret: string, body: string, header: string | string[] | undefined): boolean {
  if (typeof header !== 'string') return false;
  const expected = Buffer.from(signGatewayBody(secret, body), 'utf8');
  const given = Buffer.from(header.trim(), 'utf8');
  // timingSafeEqual needs equal lengths; the length of a hex digest is public, so this early return leaks nothing.
  return given.length === expected.length && timingSafeEqual(given, expected);
}
