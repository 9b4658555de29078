/**
 * Password hashing with argon2id (the library default; OWASP parameters: 19 MiB, 2 passes). Lives here because
 * both the seed and the server's login hash passwords, and they must agree on the parameters.
 */
import { hash, verify } from '@node-rs/argon2';

const OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  return verify(storedHash, password).catch(() => false);
}
