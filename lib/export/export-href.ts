// The link of an export for a view's query string. Client-safe (no server imports): the export button uses it.
// Paging is dropped because an export holds every matching row; the language replaces any given one.
import type { Lang } from "@/lib/domain/vocabulary";
import type { ExportKindName } from "@/lib/export/export-kind";

const NOT_PART_OF_THE_VIEW = ["page", "perPage", "lang"];

export function exportHref(kind: ExportKindName, query: string, lang: Lang): string {
  const params = new URLSearchParams(query.startsWith("?") ? query.slice(1) : query);
  for (const name of NOT_PART_OF_THE_VIEW) params.delete(name);
  // Always named: without it the server would follow the interface language, not the reader's choice here.
  params.set("lang", lang);
  const search = params.toString();
  return `/api/export/${kind}.csv${search ? `?${search}` : ""}`;
}
