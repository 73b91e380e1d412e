// The message catalogues: messages/<locale>/<namespace>.json, one file per namespace so that features add
// their own file instead of editing a shared one. Only the requested locale is read; a production server
// reads each locale once, a development server on every request (so edits show without a restart).
import "server-only";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { Locale } from "@/lib/i18n/config";

export type Messages = Record<string, Record<string, unknown>>;

/** Where the catalogues live: the app's working directory, as `next start` and the scripts run it. */
export const MESSAGES_DIR = path.join(process.cwd(), "messages");

const loaded = new Map<Locale, Promise<Messages>>();

/** Every namespace of one locale, keyed by file name: messages/zh-CN/dashboard.json → messages.dashboard. */
export function loadMessages(locale: Locale): Promise<Messages> {
  if (process.env.NODE_ENV !== "production") return readCatalogue(locale);
  let messages = loaded.get(locale);
  if (!messages) {
    messages = readCatalogue(locale);
    messages.catch(() => loaded.delete(locale));
    loaded.set(locale, messages);
  }
  return messages;
}

async function readCatalogue(locale: Locale): Promise<Messages> {
  const dir = path.join(MESSAGES_DIR, locale);
  const files = (await readdir(dir)).filter((name) => name.endsWith(".json")).sort();
  const entries = await Promise.all(
    files.map(async (file) => {
      const text = await readFile(path.join(dir, file), "utf8");
      try {
        return [file.slice(0, -".json".length), JSON.parse(text) as Record<string, unknown>] as const;
      } catch (error) {
        throw new Error(`messages/${locale}/${file} is not valid JSON: ${(error as Error).message}`);
      }
    }),
  );
  return Object.fromEntries(entries);
}
