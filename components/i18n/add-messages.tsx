"use client";

// A page's own messages added to the layout's in the browser. A nested NextIntlClientProvider replaces its
// parent's messages, so a server-side provider would have to send the shared namespaces again with every
// page's own; this one receives only what the page adds (as JSON text, like the layout's: see
// `pickMessagesText` in lib/i18n/client-messages.ts) and merges it with what the layout sent.
import { NextIntlClientProvider, useLocale, useMessages, useTimeZone } from "next-intl";
import { useMemo, type ReactNode } from "react";
import { mergeMessages } from "@/lib/i18n/client-messages";
import { parseMessagesText } from "@/lib/i18n/messages-text";

export function AddMessages({ messages, children }: { messages: string; children: ReactNode }) {
  const inherited = useMessages();
  const locale = useLocale();
  const timeZone = useTimeZone();
  const merged = useMemo(() => mergeMessages(inherited, parseMessagesText(messages)), [inherited, messages]);
  return (
    <NextIntlClientProvider locale={locale} timeZone={timeZone} messages={merged}>
      {children}
    </NextIntlClientProvider>
  );
}
