// The messages the browser needs: the namespaces (or parts) that client components read. The server renders
// everything else, so sending every catalogue in each page's payload would only add weight. The layout sends
// the shared namespaces on every page; a namespace that only one page's forms read travels with that page
// (components/i18n/page-messages.tsx, added to the layout's in the browser), so the dashboard does not carry
// the capture review's sentences, nor the timeline's words beyond its review clocks. A
// client component that reads a namespace not sent shows its key: lib/i18n/client-messages.test.ts checks
// every page's client components against what the page sends.
import type { AbstractIntlMessages } from "next-intl";

export const SHARED_CLIENT_NAMESPACES = [
  "auth",
  "common",
  "compactLayout",
  "dashboard",
  "exports",
  "forms",
  "lastChange",
  "provincialAccess",
  "recordActions",
  "table",
  // The dashboard's rows draw review clocks; the timeline's other words travel with the pages that draw one.
  "timeline.clock",
  "ui",
  "views",
  "watch.kinds",
  "workflow.bulk",
] as const;

/** Namespaces read by the client components of one page only, sent by that page. */
export const PAGE_CLIENT_NAMESPACES = {
  timeline: ["timeline"],
  captures: ["captures"],
  // The import previews' broken rules come from the API in the reader's words (components/ui/use-rule-sentence.ts).
  import: ["import"],
  calendar: ["calendar"],
  users: ["users"],
  webhooks: ["watch.webhooks"],
  watching: ["watch.watching"],
} as const satisfies Record<string, readonly string[]>;

export type PageMessagesName = keyof typeof PAGE_CLIENT_NAMESPACES;

/** Every namespace some client component reads. */
export const CLIENT_NAMESPACES: readonly string[] = [...SHARED_CLIENT_NAMESPACES, ...Object.values(PAGE_CLIENT_NAMESPACES).flat()];

/** `added` laid over `messages`, namespace by namespace and part by part (a page's own over the layout's). */
export function mergeMessages(messages: AbstractIntlMessages, added: AbstractIntlMessages): AbstractIntlMessages {
  const merged: AbstractIntlMessages = { ...messages };
  for (const [key, value] of Object.entries(added)) {
    const base = merged[key];
    merged[key] = typeof value === "object" && typeof base === "object" ? mergeMessages(base, value) : value;
  }
  return merged;
}

/** `messages` with only the listed paths ("namespace" or "namespace.part"). */
export function pickMessages(messages: AbstractIntlMessages, paths: readonly string[] = SHARED_CLIENT_NAMESPACES): AbstractIntlMessages {
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

const pickedText = new WeakMap<AbstractIntlMessages, Map<string, string>>();

/**
 * `pickMessages` as JSON text, made once per catalogue object and list of paths (a production server loads
 * each locale's catalogue once, so once per process; a development server reloads it per request). The
 * providers take the messages as one string because React's Flight protocol visits every key of an object
 * prop on the server and again when the page is rendered to HTML: ~300 keys on every page. A string of a
 * kilobyte or more travels as one raw text row instead, and the browser parses it once with `JSON.parse`.
 */
export function pickMessagesText(messages: AbstractIntlMessages, paths: readonly string[] = SHARED_CLIENT_NAMESPACES): string {
  let byPaths = pickedText.get(messages);
  if (!byPaths) pickedText.set(messages, (byPaths = new Map()));
  const key = paths.join("\u0000");
  let text = byPaths.get(key);
  if (text === undefined) byPaths.set(key, (text = JSON.stringify(pickMessages(messages, paths))));
  return text;
}
