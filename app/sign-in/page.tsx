import type { Metadata } from "next";
import { getTranslations } from "@/lib/i18n/server-translations";
import Link from "next/link";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getCurrentUser } from "@/lib/auth/current-user";
import { safeRedirectPath } from "@/lib/auth/sign-in";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("pages.titles"))("signIn") };
}

type Props = { searchParams: Promise<{ next?: string | string[] }> };

export default async function SignInPage({ searchParams }: Props) {
  const { next } = await searchParams;
  const destination = safeRedirectPath(typeof next === "string" ? next : undefined);
  const [user, t] = await Promise.all([getCurrentUser(), getTranslations("pages.signIn")]);
  return (
    <section className="mx-auto max-w-sm space-y-4">
      <h1 className="text-xl font-semibold">{t("title")}</h1>
      {user ? (
        <p className="text-sm text-slate-700">
          {t("signedInAs", { email: user.email })} <Link href={destination} className="text-blue-700 underline">{t("continue")}</Link>
        </p>
      ) : (
        <>
          <p className="text-sm text-slate-600">
            {t("intro")}
          </p>
          <SignInForm next={destination} />
        </>
      )}
    </section>
  );
}
