// Password hashing with argon2id (@node-rs/argon2 defaults: 19 MiB, 2 passes, the OWASP minimum).
import { hash, verify } from "@node-rs/argon2";

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

/** Resolves false (never throws) on a malformed stored hash, so a damaged row cannot crash sign-in. */
export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/**
 * Spends the time of one verification when the email is unknown or disabled, so response time does not
 * tell an attacker which addresses have accounts.
 */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hash("pathway-tracker-no-such-user");
  await verifyPassword(await dummyHash, password);
  return false;
}
