// The messages the browser needs: the namespaces (or parts) that client components read. The server renders
// everything else, so sending every catalogue in each page's payload would only add weight. A client
// component that reads a namespace not listed here shows its key: add the namespace when you add one.
import type { AbstractIntlMessages } from "next-intl";

export const CLIENT_NAMESPACES = [
  "auth",
  "calendar",
  "captures",
  "common",
  "compactLayout",
  "dashboard",
  "exports",
  "forms",
  "import",
  "lastChange",
  "provincialAccess",
  "recordActions",
  "refusals.rules",
  "table",
  "timeline",
  "ui",
  "users",
  "views",
  "watch.kinds",
  "watch.watching",
  "watch.webhooks",
  "workflow.bulk",
] as const;

/** `messages` with only the listed paths ("namespace" or "namespace.part"). */
export function pickMessages(messages: AbstractIntlMessages, paths: readonly string[] = CLIENT_NAMESPACES): AbstractIntlMessages {
  const picked: AbstractIntlMessages = {};
  for (const path of paths) {
    const [namespace, part] = path.split(".") as [string, string | undefined];
    const source = messages[namespace];
    if (source === undefined || typeof source === "string") continue;
    if (part === undefined) {
      picked[namespace] = source;
      continue;
    }
    const target = (picked[namespace] ??= {}) as AbstractIntlMessages;
    if (source[part] !== undefined) target[part] = source[part];
  }
  return picked;
}
