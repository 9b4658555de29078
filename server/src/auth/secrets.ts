/** Random bearer secrets and their storage form: only the sha-256 of a token is ever written to the database. */
import { createHash, randomBytes } from 'node:crypto';

export function randomSecret(prefix = ''): string {
  return prefix + randomBytes(32).toString('base64url');
}

export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}
