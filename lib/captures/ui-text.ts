// The capture screens' text, from messages/<locale>/captures.json. next-intl is not on main yet, so this stands
// in for useTranslations("captures") / getTranslations("captures") with the same call shape (`t("review.accept")`,
// `t("review.heading", { id })`): moving to next-intl replaces this import and nothing else. English until then,
// like every other screen.
import en from "@/messages/en/captures.json";
import zh from "@/messages/zh-CN/captures.json";

export type CaptureText = (key: string, values?: Record<string, string | number>) => string;

const CATALOGUES = { en, "zh-CN": zh } as const;

function lookUp(catalogue: unknown, key: string): string {
  const value = key.split(".").reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined), catalogue);
  return typeof value === "string" ? value : key;
}

export function captureText(namespace = "", locale: keyof typeof CATALOGUES = "en"): CaptureText {
  const catalogue = CATALOGUES[locale];
  return (key, values = {}) =>
    lookUp(catalogue, namespace ? `${namespace}.${key}` : key).replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
