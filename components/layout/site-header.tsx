// The site header. Below the lg breakpoint the sections, the account corner and the language switch fold
// into a "Menu" panel, so a phone never scrolls sideways to reach "New candidate". The toggle is a checkbox
// styled as a button (peer-checked shows the panel): it works without JavaScript, and each link exists once
// in the page, so tests and assistive technology find one of each.
import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server-translations";
import { UserMenu } from "@/components/auth/user-menu";
import { LocaleSwitch } from "@/components/i18n/locale-switch";

/** The header's sections, in order; labels from the `common.nav` catalogue. */
const NAV_LINKS = [
  { href: "/", key: "dashboard" },
  { href: "/timeline", key: "timeline" },
  { href: "/insights", key: "insights" },
  { href: "/activity", key: "activity" },
  { href: "/captures", key: "captures" },
] as const;

export async function SiteHeader() {
  const [t, tCompact] = await Promise.all([getTranslations("common"), getTranslations("compactLayout")]);
  return (
    <header className="relative border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-screen-2xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="min-w-0 font-semibold text-slate-900">
          {t("appName")} <span className="hidden font-normal text-slate-500 2xl:inline">· {t("appTagline")}</span>
        </Link>
        <input type="checkbox" id="site-menu-toggle" className="peer sr-only lg:hidden" aria-controls="site-menu" data-testid="site-menu-toggle" />
        <label
          htmlFor="site-menu-toggle"
          className="ml-auto cursor-pointer rounded border border-slate-300 px-3 py-1 text-sm text-slate-800 peer-checked:bg-slate-100 peer-focus-visible:ring-2 peer-focus-visible:ring-blue-600 lg:hidden"
        >
          <span aria-hidden="true">☰ </span>
          {tCompact("menu")}
        </label>
        <div
          id="site-menu"
          className="hidden w-full flex-col gap-3 border-t border-slate-100 pt-3 peer-checked:flex lg:flex lg:w-auto lg:flex-1 lg:flex-row lg:flex-wrap lg:items-center lg:gap-x-6 lg:border-0 lg:pt-0"
        >
          <nav aria-label={t("nav.main")} className="flex flex-col gap-2 lg:flex-row lg:flex-wrap lg:gap-x-5">
            {NAV_LINKS.map(({ href, key }) => (
              <Link key={href} href={href} className="text-sm text-slate-700 hover:text-slate-950">
                {t(`nav.${key}`)}
              </Link>
            ))}
          </nav>
          <div className="flex flex-wrap items-center gap-4 lg:ml-auto">
            <UserMenu />
            <LocaleSwitch />
          </div>
        </div>
      </div>
    </header>
  );
}
