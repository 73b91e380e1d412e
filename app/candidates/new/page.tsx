import type { Metadata } from "next";
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server-translations";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { canEdit } from "@/lib/auth/roles";
import { createCandidateAction } from "@/lib/candidates/actions";
import { listCompanies } from "@/lib/companies/queries";
import { toDayKey } from "@/lib/domain/calendar-day";
import { chinaToday } from "@/lib/today";
import { ActionForm } from "@/components/workflow/action-form";
import { companyOptions } from "@/components/workflow/options";
import { candidateFields, formWords } from "@/components/workflow/record-forms";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("pages.titles"))("newCandidate") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** A capture's "new candidate needed" row links here with the name and company it printed. */
function prefillFrom(params: Record<string, string | string[] | undefined>, companies: { id: number; nameZh: string | null }[]) {
  const one = (value: string | string[] | undefined) => (typeof value === "string" ? value.trim().slice(0, 200) : "");
  const company = one(params.company);
  const originator = company ? companies.find((candidate) => candidate.nameZh === company) : undefined;
  return { nameZh: one(params.nameZh) || null, originatorId: originator?.id ?? null };
}

export default async function NewCandidatePage({ searchParams }: Props) {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in?next=/candidates/new");
  const t = await getTranslations("pages.newCandidate");
  if (!canEdit(user)) return <p className="text-sm text-slate-700">{t("notAllowed")}</p>;
  const today = toDayKey(chinaToday());
  const locale = await getLocale();
  const words = formWords(await getTranslations("workflow"), await getTranslations("forms.confidence"), locale);
  const wt = words.t;
  const companies = await listCompanies();
  const context = { today, companies: companyOptions(companies, locale) };
  const prefill = prefillFrom(await searchParams, companies);
  return (
    <section className="max-w-xl space-y-3">
      <h1 className="text-xl font-semibold">{t("title")}</h1>
      <ActionForm
        action={createCandidateAction}
        today={today}
        submitLabel={wt("submit.addCandidate")}
        testId="create-candidate-form"
        fields={[
          ...candidateFields(words, prefill, context),
          { kind: "url", name: "sourceUrl", label: wt("fields.sourceUrl"), hint: wt("fields.sourceUrlFromEvidence") },
          { kind: "select", name: "sourceConfidence", label: wt("fields.sourceConfidence"), options: words.confidenceOptions, empty: wt("fields.asEvidence") },
        ]}
      />
    </section>
  );
}
