import type { Metadata } from "next";
import Link from "next/link";
import { ImportForm } from "@/components/reports/import-form";
import { getCurrentUser } from "@/lib/auth/current-user";
import { canEdit } from "@/lib/auth/roles";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Import" };

export default async function ImportPage() {
  const user = await getCurrentUser();
  return (
    <section className="max-w-5xl space-y-4">
      <h1 className="text-xl font-semibold">Import</h1>
      <p className="text-sm text-slate-700">
        Update designations or reimbursement listings from a CSV file: the{" "}
        <Link href="/reports" className="text-blue-700 underline">
          designations or reimbursement export
        </Link>
        , edited in Excel. Every row is checked with the same rules as the edit forms; the preview shows what would change, and
        applying saves all rows together or none.
      </p>
      {canEdit(user) ? (
        <ImportForm />
      ) : (
        <p className="rounded border border-slate-300 bg-white px-3 py-2 text-sm" data-testid="import-sign-in">
          Importing changes the record:{" "}
          <Link href="/sign-in?next=/import" className="text-blue-700 underline">
            sign in as an analyst
          </Link>{" "}
          to continue.
        </p>
      )}
    </section>
  );
}
