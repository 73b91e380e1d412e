// next-intl's request configuration (wired in next.config.ts): which locale this request renders in, and its
// messages. No locale in the URL: the cookie set by the header's switch, then the signed-in user's profile,
// then Accept-Language (lib/i18n/config.ts), so shared dashboard links stay the same in every language.
import { getRequestConfig } from "next-intl/server";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { getCurrentUser } from "@/lib/auth/current-user";
import { isLocale, LOCALE_COOKIE, resolveLocale, type Locale } from "@/lib/i18n/config";
import { loadMessages } from "@/lib/i18n/messages";

/** The locale of the current request, once per request. */
export const getRequestLocale = cache(async (): Promise<Locale> => {
  const cookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(cookie)) return cookie;
  return resolveLocale({ profile: await profileLocale(), acceptLanguage: (await headers()).get("accept-language") });
});

/**
 * Only asked when the cookie is missing (another browser, cleared cookies, a user who never chose): the switch
 * sets both. Read with the session (getCurrentUser), which the header needs anyway, rather than by a query of
 * its own: that query ran before the layout could render, on every such signed-in request.
 */
async function profileLocale(): Promise<string | null> {
  return (await getCurrentUser())?.locale ?? null;
}

// Server components translate through lib/i18n/server-translations.ts, which builds its translators from the
// locale, messages and time zone set here only: a `formats`, `onError` or `getMessageFallback` added here must
// be passed on there too.
export default getRequestConfig(async ({ locale: requested }) => {
  const locale = isLocale(requested) ? requested : await getRequestLocale();
  return {
    locale,
    messages: await loadMessages(locale),
    // Stored dates are UTC calendar days (lib/domain/calendar-day.ts); formatting them in UTC keeps the day.
    timeZone: "UTC",
  };
});
