/**
 * Login verification. `verifyPasswordOrDummy` always runs one argon2id verification, so an unknown user costs
 * the same time as a wrong password and login timing does not reveal which usernames exist.
 */
import { hashPassword, verifyPassword } from '@switchboard/drizzle/passwords';

export { hashPassword };

let dummyHash: Promise<string> | null = null;

/** Verifies against `storedHash`, or against a throw-away hash when the user does not exist (always false). */
export async function verifyPasswordOrDummy(storedHash: string | null, password: string): Promise<boolean> {
  dummyHash ??= hashPassword('switchboard-timing-equaliser');
  const ok = await verifyPassword(storedHash ?? (await dummyHash), password);
  return storedHash !== null && ok;
}
