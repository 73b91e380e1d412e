"use client";

// The layout's messages for client components, received as JSON text (lib/i18n/client-messages.ts,
// `pickMessagesText`, says why).
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
