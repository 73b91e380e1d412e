// The catalogues stay whole: every locale has the same namespace files and the same keys, every message is
// valid ICU and names the same arguments in every locale (so a value passed in English is shown in Chinese).
import { readdirSync } from "node:fs";
import path from "node:path";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/i18n/config";
import { loadMessages, MESSAGES_DIR, type Messages } from "@/lib/i18n/messages";

/** "dashboard.filters.stage" → message, for every leaf. */
function flatten(value: unknown, prefix = ""): Map<string, string> {
  const leaves = new Map<string, string>();
  if (typeof value === "string") leaves.set(prefix, value);
  else if (value && typeof value === "object" && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) {
      for (const [leaf, text] of flatten(child, prefix ? `${prefix}.${key}` : key)) leaves.set(leaf, text);
    }
  } else leaves.set(prefix, `<not a string: ${JSON.stringify(value)}>`);
  return leaves;
}

/** The argument names an ICU message uses, inside select/plural branches too ("{n, plural, one {#} other {{x}}}" → n, x). */
function argumentsOf(message: string): string[] {
  const names = new Set<string>();
  let i = 0;
  const readUntil = (stops: string) => {
    const start = i;
    while (i < message.length && !stops.includes(message[i]!)) i++;
    return message.slice(start, i).trim();
  };
  /** Text up to the "}" that closes the enclosing branch (or the end), collecting its arguments. */
  const text = () => {
    while (i < message.length && message[i] !== "}") {
      if (message[i] === "{") argument();
      else i++;
    }
  };
  const argument = () => {
    i++; // "{"
    names.add(readUntil(",}"));
    if (message[i] === ",") {
      i++;
      const type = readUntil(",}");
      if (message[i] === "," && ["select", "plural", "selectordinal"].includes(type)) {
        i++;
        while (i < message.length && message[i] !== "}") {
          readUntil("{}");
          if (message[i] !== "{") break;
          i++;
          text();
          i++; // the branch's "}"
        }
      } else readUntil("}");
    }
    i++; // the argument's "}"
  };
  text();
  return [...names].sort();
}

const catalogues = new Map<string, Messages>();
for (const locale of LOCALES) catalogues.set(locale, await loadMessages(locale));
const leaves = new Map([...catalogues].map(([locale, messages]) => [locale, flatten(messages)]));

describe("message catalogues", () => {
  it("have the same namespace files in every locale", () => {
    const files = LOCALES.map((locale) => readdirSync(path.join(MESSAGES_DIR, locale)).sort());
    for (const list of files) expect(list).toEqual(files[0]);
  });

  it.each(LOCALES.flatMap((a) => LOCALES.filter((b) => b !== a).map((b) => [a, b] as const)))(
    "every key of %s is in %s",
    (from, to) => {
      const missing = [...leaves.get(from)!.keys()].filter((key) => !leaves.get(to)!.has(key));
      expect(missing, `messages/${to} lacks keys that messages/${from} has`).toEqual([]);
    },
  );

  it("hold only strings, none empty", () => {
    for (const [locale, messages] of leaves) {
      const bad = [...messages].filter(([, text]) => text.trim() === "" || text.startsWith("<not a string"));
      expect(bad, `messages/${locale}`).toEqual([]);
    }
  });

  it("use the same arguments in every locale", () => {
    const [first, ...others] = LOCALES;
    for (const [key, text] of leaves.get(first)!) {
      for (const locale of others) {
        const other = leaves.get(locale)!.get(key);
        if (other !== undefined) expect(argumentsOf(other), `${locale} ${key}`).toEqual(argumentsOf(text));
      }
    }
  });

  it("parse as ICU messages", () => {
    const problems: string[] = [];
    for (const locale of LOCALES) {
      const t = createTranslator({
        locale,
        messages: catalogues.get(locale)!,
        onError: (error) => {
          if (error.code === "INVALID_MESSAGE") problems.push(`${locale}: ${error.message}`);
        },
      });
      for (const key of leaves.get(locale)!.keys()) t.markup(key as never, {} as never);
    }
    expect(problems).toEqual([]);
  });
});
