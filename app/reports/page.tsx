import type { Metadata } from "next";
import Link from "next/link";
import { ExportButton } from "@/components/reports/export-button";
import { countMatchingCandidates } from "@/lib/candidates/selection";
import { prisma } from "@/lib/db";
import { EXPORT_KINDS } from "@/lib/export/export-kind";
import { parseCandidateSearchParams, serializeCandidateSearch } from "@/lib/search-params";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Reports" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const DESCRIPTIONS: Record<(typeof EXPORT_KINDS)[number], string> = {
  candidates: "One row per candidate: the dashboard's visible columns in its order, then source, confidence and the illustrative flag.",
  events: "Every dated fact of these candidates (stage events, application status changes, designation and reimbursement steps), with date precision, source and confidence.",
  designations: "Every expedited-programme record of these candidates. Edit and re-import it on the Import page.",
  reimbursement: "Every reimbursement listing of these candidates. Edit and re-import it on the Import page.",
};

/** The exports of the view given in the URL (the dashboard's parameters), with the count of matching candidates. */
export default async function ReportsPage({ searchParams }: Props) {
  const { search, errors } = parseCandidateSearchParams(await searchParams, { allowExtra: ["lang"] });
  const query = serializeCandidateSearch({ ...search, page: 1 });
  const matching = await countMatchingCandidates(prisma, search);
  return (
    <section className="max-w-3xl space-y-4">
      <h1 className="text-xl font-semibold">Reports</h1>
      <p className="text-sm text-slate-700">
        <span data-testid="report-count">{matching}</span> candidates match{" "}
        <Link href={`/${query ? `?${query}` : ""}`} className="text-blue-700 underline">
          this dashboard view
        </Link>
        . Each export holds every matching row, not one page, in the view&apos;s order, as UTF-8 CSV that Excel opens directly.
      </p>
      {errors.length > 0 ? (
        <div role="status" className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          Some parameters were ignored; the exports would refuse them:
          <ul className="list-disc pl-5">
            {errors.map((error) => (
              <li key={error.param}>
                <code>{error.param}</code>: {error.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <ul className="space-y-3">
        {EXPORT_KINDS.map((kind) => (
          <li key={kind} className="rounded-md border border-slate-200 bg-white p-3">
            <ExportButton kind={kind} query={query} />
            <p className="mt-1 text-sm text-slate-600">{DESCRIPTIONS[kind]}</p>
          </li>
        ))}
      </ul>
      <p className="text-sm">
        <Link href="/import" className="text-blue-700 underline">
          Import designations or reimbursement listings
        </Link>
      </p>
    </section>
  );
}
