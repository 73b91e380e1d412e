// Bearer secrets (session cookies, API tokens): random, shown to their holder once, stored only as SHA-256,
// so a copy of the database does not let anyone sign in.
import { createHash, randomBytes } from "node:crypto";

/** 32 random bytes, base64url, with a prefix that says what the secret is for (e.g. "pt_"). */
export function generateSecret(prefix = ""): string {
  return prefix + randomBytes(32).toString("base64url");
}

/** The stored form of a secret: SHA-256 in hex. A fast hash is enough because the secret has 256 bits of entropy. */
export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}
