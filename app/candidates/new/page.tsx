import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { canEdit } from "@/lib/auth/roles";
import { createCandidateAction } from "@/lib/candidates/actions";
import { listCompanies } from "@/lib/companies/queries";
import { toDayKey } from "@/lib/domain/calendar-day";
import { chinaToday } from "@/lib/changes/effective-date";
import { ActionForm } from "@/components/workflow/action-form";
import { companyOptions } from "@/components/workflow/options";
import { candidateFields, formWords } from "@/components/workflow/record-forms";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("pages.titles"))("newCandidate") };
}

export default async function NewCandidatePage() {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in?next=/candidates/new");
  const t = await getTranslations("pages.newCandidate");
  if (!canEdit(user)) return <p className="text-sm text-slate-700">{t("notAllowed")}</p>;
  const today = toDayKey(chinaToday());
  const locale = await getLocale();
  const words = formWords(await getTranslations("workflow"), await getTranslations("forms.confidence"), locale);
  const wt = words.t;
  const context = { today, companies: companyOptions(await listCompanies(), locale) };
  return (
    <section className="max-w-xl space-y-3">
      <h1 className="text-xl font-semibold">{t("title")}</h1>
      <ActionForm
        action={createCandidateAction}
        today={today}
        submitLabel={wt("submit.addCandidate")}
        testId="create-candidate-form"
        fields={[
          ...candidateFields(words, {}, context),
          { kind: "url", name: "sourceUrl", label: wt("fields.sourceUrl"), hint: wt("fields.sourceUrlFromEvidence") },
          { kind: "select", name: "sourceConfidence", label: wt("fields.sourceConfidence"), options: words.confidenceOptions, empty: wt("fields.asEvidence") },
        ]}
      />
    </section>
  );
}
