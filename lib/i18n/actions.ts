"use server";
// The header's language switch: remembers the choice in a cookie and, for a signed-in user, on the profile.
// The page is then re-rendered at the same URL, so filters, sort, page and the session stay as they were.
import { cookies, headers } from "next/headers";
import { getCurrentUser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/db";
import { isLocale, LOCALE_COOKIE, localeCookieOptions } from "@/lib/i18n/config";

export async function changeLocale(formData: FormData): Promise<void> {
  const locale = formData.get("locale");
  if (!isLocale(locale)) return; // a forged value changes nothing
  const https = (await headers()).get("x-forwarded-proto") === "https";
  (await cookies()).set(LOCALE_COOKIE, locale, localeCookieOptions({ https }));
  const user = await getCurrentUser();
  if (user) await prisma.user.update({ where: { id: user.id }, data: { locale } });
}
