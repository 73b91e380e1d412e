// The header's language switch: a form posting to the changeLocale server action, which sets the cookie (and
// the profile) and re-renders the same URL, so the view and the session stay. Works without JavaScript too.
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server-translations";
import { changeLocale } from "@/lib/i18n/actions";
import { LOCALE_NAMES, LOCALES } from "@/lib/i18n/config";
import { compiled } from "@/lib/i18n/use-compiled-translations";

export async function LocaleSwitch() {
  const [locale, translations] = await Promise.all([getLocale(), getTranslations("common.language")]);
  const t = compiled(translations, locale);
  return (
    <form action={changeLocale} className="flex items-center gap-1 text-sm" aria-label={t("label")} data-testid="locale-switch">
      {LOCALES.map((option) => (
        <button
          key={option}
          type="submit"
          name="locale"
          value={option}
          lang={option}
          aria-pressed={option === locale}
          title={t("switchTo", { name: LOCALE_NAMES[option] })}
          className={
            option === locale
              ? "rounded bg-slate-800 px-2 py-0.5 text-white"
              : "rounded px-2 py-0.5 text-slate-700 hover:bg-slate-100 hover:text-slate-950"
          }
        >
          {LOCALE_NAMES[option]}
        </button>
      ))}
    </form>
  );
}
