// Where a webhook may point: any https:// URL, or plain http:// only to this machine's loopback (local use).

const LOOPBACK_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);

/** The URL in canonical form, or an error message a person can act on. */
export function checkEndpointUrl(raw: string): { ok: true; url: string } | { ok: false; error: string } {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return { ok: false, error: "url: not a valid URL" };
  }
  if (url.username || url.password) return { ok: false, error: "url: credentials in the URL are not allowed; sign with the secret instead" };
  if (url.protocol === "https:") return { ok: true, url: url.toString() };
  if (url.protocol === "http:" && LOOPBACK_HOSTS.has(url.hostname)) return { ok: true, url: url.toString() };
  return { ok: false, error: "url: must be https://, or http://127.0.0.1 (or localhost) for local use" };
}
