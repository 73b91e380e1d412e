import type { Metadata } from "next";
import Link from "next/link";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import { NuqsAdapter } from "nuqs/adapters/next/app";
import type { ReactNode } from "react";
import { UserMenu } from "@/components/auth/user-menu";
import { LocaleSwitch } from "@/components/i18n/locale-switch";
import { pickMessages } from "@/lib/i18n/client-messages";
import "./globals.css";

/** The header's sections, in order; labels from the `common.nav` catalogue. */
const NAV_LINKS = [
  { href: "/", key: "dashboard" },
  { href: "/timeline", key: "timeline" },
  { href: "/insights", key: "insights" },
  { href: "/activity", key: "activity" },
  { href: "/captures", key: "captures" },
] as const;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return {
    title: { default: t("appName"), template: `%s · ${t("appName")}` },
    description: t("appDescription"),
  };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, t, messages] = await Promise.all([getLocale(), getTranslations("common"), getMessages()]);
  return (
    <html lang={locale}>
      <body className="min-h-screen font-sans">
        {/* Only what client components read (lib/i18n/client-messages.ts); the server renders the rest. */}
        <NextIntlClientProvider messages={pickMessages(messages)}>
          <header className="border-b border-slate-200 bg-white">
            <nav aria-label={t("nav.main")} className="mx-auto flex max-w-screen-2xl items-center gap-6 px-4 py-3">
              <Link href="/" className="font-semibold text-slate-900">
                {t("appName")} <span className="font-normal text-slate-500">· {t("appTagline")}</span>
              </Link>
              {NAV_LINKS.map(({ href, key }) => (
                <Link key={href} href={href} className="text-sm text-slate-700 hover:text-slate-950">
                  {t(`nav.${key}`)}
                </Link>
              ))}
              <div className="ml-auto flex items-center gap-4">
                <UserMenu />
                <LocaleSwitch />
              </div>
            </nav>
          </header>
          <main className="mx-auto max-w-screen-2xl px-4 py-6">
            <NuqsAdapter>{children}</NuqsAdapter>
          </main>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
