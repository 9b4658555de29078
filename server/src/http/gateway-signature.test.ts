import { describe, expect, it } from 'vitest';
import { isGatewaySignatureValid, signGatewayBody } from './gateway-signature.ts';

const secret = 'a-secret-of-sixteen+';
const body = '{"messageId":"m1","from":"13800000000","text":"R"}';

describe('gateway callback signature', () => {
  it('accepts the HMAC-SHA256 of the exact body', () => {
    // Known vector computed independently: `printf %s "$body" | openssl dgst -sha256 -hmac "$secret"`.
    expect(signGatewayBody(secret, body)).toBe('sha256=e4e94562f8a987117f93a262bb76cf2e8c62b00020218912de225f835477c095');
    expect(isGatewaySignatureValid(secret, body, signGatewayBody(secret, body))).toBe(true);
  });

  it('refuses a missing, repeated, truncated, other-secret or other-body signature', () => {
    const good = signGatewayBody(secret, body);
    expect(isGatewaySignatureValid(secret, body, undefined)).toBe(false);
    expect(isGatewaySignatureValid(secret, body, [good, good])).toBe(false);
    expect(isGatewaySignatureValid(secret, body, good.slice(0, -1))).toBe(false);
    expect(isGatewaySignatureValid(secret, body, signGatewayBody('another-secret-16ch', body))).toBe(false);
    expect(isGatewaySignatureValid(secret, body, signGatewayBody(secret, `${body} `))).toBe(false);
    expect(isGatewaySignatureValid(secret, body, secret)).toBe(false);
  });
});
