// The interface languages and how a request picks one. Pure: used by the server (request config, API errors),
// by client components (the switch) and by tests.
import type { Lang } from "@/lib/domain/vocabulary";

export const LOCALES = ["en", "zh-CN"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/** Remembers the header switch's choice; read before the profile and Accept-Language. */
export const LOCALE_COOKIE = "pt_locale";
const LOCALE_COOKIE_MAX_AGE_SECONDS = 60 * 60 * 24 * 365;

/** The cookie's attributes: a year, the whole site, readable by the page (it is a preference, not a secret). */
export function localeCookieOptions({ https }: { https: boolean }) {
  return { path: "/", sameSite: "lax" as const, maxAge: LOCALE_COOKIE_MAX_AGE_SECONDS, secure: https };
}

/** Each locale's own name, as the switch shows it (never translated). */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", "zh-CN": "中文" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** The data vocabulary's language (lib/domain/vocabulary.ts labels, export `lang=`) for an interface locale. */
export function dataLangOf(locale: Locale): Lang {
  return locale === "zh-CN" ? "zh" : "en";
}

/** The interface locale for a data language (an export's `lang=`). */
export function localeOfLang(lang: Lang): Locale {
  return lang === "zh" ? "zh-CN" : "en";
}

/** The locale a single language tag asks for, or undefined: any Chinese tag reads zh-CN, any English tag en. */
function localeOfTag(tag: string): Locale | undefined {
  const primary = tag.trim().toLowerCase().split("-")[0];
  if (primary === "zh") return "zh-CN";
  if (primary === "en") return "en";
  return undefined;
}

/**
 * The best locale for an Accept-Language header ("zh-CN,zh;q=0.9,en;q=0.8"): tags by descending q (ties keep
 * their order), the first one we offer wins; none, or a missing header, gives the default.
 */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  if (!acceptLanguage) return DEFAULT_LOCALE;
  const ranked = acceptLanguage
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.split(";");
      const q = params.map((param) => /^\s*q=(.*?)\s*$/.exec(param)?.[1]).find((value) => value !== undefined);
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.tag !== "" && Number.isFinite(entry.q) && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranked) {
    const locale = localeOfTag(tag);
    if (locale) return locale;
  }
  return DEFAULT_LOCALE;
}

/** The order of precedence: the switch's cookie, then the signed-in user's profile, then Accept-Language. */
export function resolveLocale(sources: { cookie?: string | null; profile?: string | null; acceptLanguage?: string | null }): Locale {
  if (isLocale(sources.cookie)) return sources.cookie;
  if (isLocale(sources.profile)) return sources.profile;
  return negotiateLocale(sources.acceptLanguage);
}
