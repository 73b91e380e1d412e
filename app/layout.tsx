import type { Metadata } from "next";
import { getLocale, getMessages, getTimeZone } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server-translations";
import { NuqsAdapter } from "nuqs/adapters/next/app";
import type { ReactNode } from "react";
import { ClientMessagesProvider } from "@/components/i18n/client-messages-provider";
import { SiteHeader } from "@/components/layout/site-header";
import { pickMessagesText } from "@/lib/i18n/client-messages";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return {
    title: { default: t("appName"), template: `%s · ${t("appName")}` },
    description: t("appDescription"),
  };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, timeZone, messages] = await Promise.all([getLocale(), getTimeZone(), getMessages()]);
  return (
    <html lang={locale}>
      <body className="min-h-screen font-sans">
        {/* Only what client components read (lib/i18n/client-messages.ts); the server renders the rest. */}
        <ClientMessagesProvider locale={locale} timeZone={timeZone} messages={pickMessagesText(messages)}>
          <SiteHeader />
          <main className="mx-auto max-w-screen-2xl px-4 py-6">
            <NuqsAdapter>{children}</NuqsAdapter>
          </main>
        </ClientMessagesProvider>
      </body>
    </html>
  );
}
