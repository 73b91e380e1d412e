// Parses the client messages' JSON text (lib/i18n/client-messages.ts, `pickMessagesText`), once per
// distinct text. Its own module because every page's browser bundle carries it: the lists of namespaces
// beside `pickMessagesText` are the server's business.
import type { AbstractIntlMessages } from "next-intl";

const parsedText = new Map<string, AbstractIntlMessages>();

/**
 * Messages from `pickMessagesText`, parsed once per distinct text: the server renders every page's client
 * components too, and would otherwise parse the same ~10 kB on every request. Catalogues are few (locales
 * times the pages that add their own), so the cache stays small; it is cleared if it ever is not.
 */
export function parseMessagesText(text: string): AbstractIntlMessages {
  let messages = parsedText.get(text);
  if (messages === undefined) {
    if (parsedText.size >= 64) parsedText.clear();
    messages = JSON.parse(text) as AbstractIntlMessages;
    parsedText.set(text, messages);
  }
  return messages;
}
