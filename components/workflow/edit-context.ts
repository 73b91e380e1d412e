// Whether the visitor may change records on the candidate page, and what the forms then need. Viewers and
// anonymous visitors get null (no actions are drawn); the server refuses their writes anyway.
import "server-only";
import { getLocale } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { canEdit } from "@/lib/auth/roles";
import { listCompanies } from "@/lib/companies/queries";
import { toDayKey } from "@/lib/domain/calendar-day";
import { chinaToday } from "@/lib/today";
import { companyOptions } from "@/components/workflow/options";
import type { EditContext } from "@/components/workflow/record-actions";

export async function loadEditContext(): Promise<EditContext | null> {
  if (!canEdit(await getCurrentUser())) return null;
  const companies = companyOptions(await listCompanies(), await getLocale());
  return { today: toDayKey(chinaToday()), companies };
}
