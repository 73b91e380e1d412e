// Webhook signatures: `X-Pathway-Signature: sha256=<hex HMAC-SHA256 of the exact body bytes, keyed by the
// endpoint's secret>`. Receivers recompute it over the raw body and compare in constant time.
import { createHmac, timingSafeEqual } from "node:crypto";

export const SIGNATURE_HEADER = "X-Pathway-Signature";
export const DELIVERY_HEADER = "X-Pathway-Delivery";
export const EVENT_HEADER = "X-Pathway-Event";

export function signBody(secret: string, body: string): string {
  return `sha256=${createHmac("sha256", secret).update(body, "utf8").digest("hex")}`;
}

export function verifySignature(secret: string, body: string, header: string | null | undefined): boolean {
  if (!header) return false;
  const expected = Buffer.from(signBody(secret, body));
  const given = Buffer.from(header.trim());
  return given.length === expected.length && timingSafeEqual(given, expected);
}
