import { describe, expect, it } from "vitest";
import { negotiateLocale, resolveLocale } from "@/lib/i18n/config";

describe("negotiateLocale", () => {
  it.each([
    [null, "en"],
    ["", "en"],
    ["zh-CN,zh;q=0.9,en;q=0.8", "zh-CN"],
    ["zh", "zh-CN"],
    ["zh-TW", "zh-CN"],
    ["en-GB,en;q=0.9", "en"],
    ["fr-FR,fr;q=0.9,zh;q=0.5,en;q=0.3", "zh-CN"],
    ["en;q=0.4, zh-Hans;q=0.8", "zh-CN"],
    ["de, fr", "en"],
    ["*", "en"],
    ["zh;q=0, en", "en"],
    ["zh;q=abc, en;q=0.5", "en"],
  ])("%s -> %s", (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });
});

describe("resolveLocale", () => {
  it.each([
    [{ cookie: "zh-CN", profile: "en", acceptLanguage: "en" }, "zh-CN"],
    [{ cookie: "fr", profile: "zh-CN", acceptLanguage: "en" }, "zh-CN"],
    [{ cookie: null, profile: null, acceptLanguage: "zh-CN" }, "zh-CN"],
    [{ cookie: undefined, profile: "xx", acceptLanguage: undefined }, "en"],
    [{ profile: "en", acceptLanguage: "zh" }, "en"],
  ])("%j -> %s", (sources, expected) => {
    expect(resolveLocale(sources)).toBe(expected);
  });
});
