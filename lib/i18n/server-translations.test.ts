// Server translators are kept with their catalogue object: the same (catalogue, locale, time zone, namespace)
// gets the same translator, whose compiled messages are then reused; anything else gets its own.
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { catalogueTranslator } from "@/lib/i18n/server-translations";

const catalogue = () => ({
  dashboard: { matching: "{count, plural, =0 {No candidates} one {# candidate} other {# candidates}}", title: "Pipeline" },
  timeline: { title: "Timeline" },
});

describe("catalogueTranslator", () => {
  it("gives the same translator for the same catalogue object, locale, time zone and namespace", () => {
    const messages = catalogue();
    expect(catalogueTranslator(messages, "en", "UTC", "dashboard")).toBe(catalogueTranslator(messages, "en", "UTC", "dashboard"));
  });

  it.each([
    ["another namespace", (m: Record<string, unknown>) => catalogueTranslator(m, "en", "UTC", "timeline")],
    ["another locale", (m: Record<string, unknown>) => catalogueTranslator(m, "zh-CN", "UTC", "dashboard")],
    ["another time zone", (m: Record<string, unknown>) => catalogueTranslator(m, "en", "Asia/Shanghai", "dashboard")],
    ["no namespace", (m: Record<string, unknown>) => catalogueTranslator(m, "en", "UTC")],
    ["a reloaded catalogue (a development server's next request)", () => catalogueTranslator(catalogue(), "en", "UTC", "dashboard")],
  ])("gives a new translator for %s", (_case, other) => {
    const messages = catalogue();
    expect(other(messages)).not.toBe(catalogueTranslator(messages, "en", "UTC", "dashboard"));
  });

  it.each([
    ["en", "title", undefined, "Pipeline"],
    ["en", "matching", { count: 0 }, "No candidates"],
    ["en", "matching", { count: 1 }, "1 candidate"],
    ["en", "matching", { count: 1234 }, "1,234 candidates"],
    ["zh-CN", "matching", { count: 1234 }, "1,234 candidates"],
  ] as const)("formats %s %s %j as next-intl's own translator does, call after call", (locale, key, values, text) => {
    const messages = catalogue();
    const kept = catalogueTranslator(messages, locale, "UTC", "dashboard");
    const fresh = createTranslator({ locale, messages, timeZone: "UTC", namespace: "dashboard" });
    for (let call = 0; call < 3; call++) {
      expect(kept(key, values)).toBe(text);
      expect(kept(key, values)).toBe(fresh(key, values));
    }
  });
});
