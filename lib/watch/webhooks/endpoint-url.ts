// Where a webhook may point: any https:// URL, or plain http:// only to this machine's loopback (local use).
import { errorText, type ErrorMessageKey } from "@/lib/i18n/error-messages";

const LOOPBACK_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);

type Refused = { ok: false; error: string; errorKey: ErrorMessageKey };

const refused = (errorKey: ErrorMessageKey): Refused => ({ ok: false, error: errorText(errorKey), errorKey });

/** The URL in canonical form, or an error message a person can act on (its key, for another language). */
export function checkEndpointUrl(raw: string): { ok: true; url: string } | Refused {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return refused("webhookUrlInvalid");
  }
  if (url.username || url.password) return refused("webhookUrlCredentials");
  if (url.protocol === "https:") return { ok: true, url: url.toString() };
  if (url.protocol === "http:" && LOOPBACK_HOSTS.has(url.hostname)) return { ok: true, url: url.toString() };
  return refused("webhookUrlScheme");
}
