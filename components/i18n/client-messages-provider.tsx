"use client";

// The layout's messages for client components, received as JSON text (lib/i18n/client-messages.ts,
// `pickMessagesText`, says why). Only the locale, time zone and messages reach the client: next-intl's
// server provider would also pass the request configuration's `formats` and `now`, which
// lib/i18n/request.ts does not set; pass them here if it ever does.
import { NextIntlClientProvider } from "next-intl";
import { useMemo, type ReactNode } from "react";
import { parseMessagesText } from "@/lib/i18n/messages-text";
import type { Locale } from "@/lib/i18n/config";

type Props = { locale: Locale; timeZone: string; messages: string; children: ReactNode };

export function ClientMessagesProvider({ locale, timeZone, messages, children }: Props) {
  const parsed = useMemo(() => parseMessagesText(messages), [messages]);
  return (
    <NextIntlClientProvider locale={locale} timeZone={timeZone} messages={parsed}>
      {children}
    </NextIntlClientProvider>
  );
}
