// /digest?day=YYYY-MM-DD: one UTC day's changes to what I watch (default: yesterday), the same summary the e-mail has.
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server-translations";
import { BilingualName } from "@/components/ui/bilingual-name";
import { dataLangOf, type Locale } from "@/lib/i18n/config";
import { ChangeCard } from "@/components/watch/change-card";
import { getCurrentUser } from "@/lib/auth/current-user";
import { buildDigest } from "@/lib/watch/digest";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("watch.digest"))("title") };
}

type Props = { searchParams: Promise<{ day?: string | string[] }> };

const shift = (day: string, days: number) => new Date(new Date(`${day}T00:00:00Z`).getTime() + days * 86_400_000).toISOString().slice(0, 10);

export default async function DigestPage({ searchParams }: Props) {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in");
  const { day: raw } = await searchParams;
  const yesterday = shift(new Date().toISOString().slice(0, 10), -1);
  const asked = typeof raw === "string" && /^\d{4}-\d{2}-\d{2}$/.test(raw) && !Number.isNaN(Date.parse(`${raw}T00:00:00Z`)) ? raw : yesterday;
  const [t, locale] = await Promise.all([getTranslations("watch.digest"), getLocale() as Promise<Locale>]);
  const digest = await buildDigest(user.id, asked, dataLangOf(locale));
  return (
    <section className="max-w-4xl space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-xl font-semibold">{t("heading", { day: digest.day })}</h1>
        <nav className="flex gap-3 text-sm">
          <Link href={`/digest?day=${shift(digest.day, -1)}`} className="text-blue-700 hover:underline">
            ← {shift(digest.day, -1)}
          </Link>
          <Link href={`/digest?day=${shift(digest.day, 1)}`} className="text-blue-700 hover:underline">
            {shift(digest.day, 1)} →
          </Link>
        </nav>
      </div>
      <p className="text-sm text-slate-600" data-testid="digest-summary">
        {t("summary", { changes: digest.changes.length, candidates: digest.groups.length })}
      </p>
      {digest.groups.map((group) => (
        <section key={group.candidate.id} className="space-y-2">
          <h2 className="font-semibold">
            <Link href={`/candidates/${group.candidate.id}`} className="text-blue-800 hover:underline">
              <BilingualName en={group.candidate.name} zh={group.candidate.nameZh} locale={locale} withOther />
            </Link>
          </h2>
          <ul className="space-y-2">
            {group.changes.map((change) => (
              <ChangeCard key={change.id} change={change} />
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
