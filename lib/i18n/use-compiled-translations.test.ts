import { createTranslator, NextIntlClientProvider, useTranslations } from "next-intl";
import { createElement, type FunctionComponent, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { Locale } from "@/lib/i18n/config";
import { compiled as compiledTranslator, useCompiled } from "@/lib/i18n/use-compiled-translations";
import enTable from "@/messages/en/table.json";
import zhTable from "@/messages/zh-CN/table.json";

// The same calls through next-intl's t() and through useCompiled(t): the same text, in both locales.
type Call = [key: string, values?: Record<string, string | number>];
const calls: Call[] = [
  ["columns"],
  ["selectedCount", { count: 1 }],
  ["selectedCount", { count: 1234 }],
  ["filterLabel", { label: "Stage" }],
  ["sortHint", { title: "Name", next: "asc" }],
  ["sortHint", { title: "名称", next: "none" }],
  ["moveLeft", { column: "Sponsor" }],
];

// The provider's props type makes children a required prop, which createElement passes as an argument.
const Provider = NextIntlClientProvider as unknown as FunctionComponent<{ locale: Locale; messages: object; timeZone: string; children?: ReactNode }>;

function Both({ calls }: { calls: Call[] }) {
  const t = useTranslations("table") as unknown as (key: string, values?: Record<string, string | number>) => string;
  const compiled = useCompiled(useTranslations("table")) as unknown as typeof t;
  return createElement("pre", null, JSON.stringify(calls.map(([key, values]) => [t(key, values), compiled(key, values)])));
}

describe.each([
  ["en", enTable],
  ["zh-CN", zhTable],
] as const)("useCompiled in %s", (locale: Locale, table) => {
  it("says every message as next-intl's t() does", () => {
    const html = renderToStaticMarkup(
      createElement(Provider, { locale, messages: { table }, timeZone: "UTC" }, createElement(Both, { calls })),
    );
    const pairs = JSON.parse(html.replace(/^<pre>|<\/pre>$/g, "").replaceAll("&quot;", '"').replaceAll("&amp;", "&").replaceAll("&#x27;", "'")) as [string, string][];
    expect(pairs).toHaveLength(calls.length);
    for (const [viaNextIntl, compiled] of pairs) expect(compiled).toBe(viaNextIntl);
    expect(pairs[3]?.[1]).toContain("Stage");
  });

  it("says every message as next-intl's t() does without hooks too (async server components)", () => {
    const t = createTranslator({ locale, messages: { table }, namespace: "table" });
    const viaNextIntl = t as unknown as (key: string, values?: Record<string, string | number>) => string;
    const compiled = compiledTranslator(t, locale) as unknown as typeof viaNextIntl;
    for (const [key, values] of calls) expect(compiled(key, values)).toBe(viaNextIntl(key, values));
    expect(compiled("filterLabel", { label: "Stage" })).toContain("Stage");
  });
});
