// A saved view's query is the dashboard's own URL query, checked by the one parameter schema and stored
// in its canonical form (defaults left out, stable order), so equal views have equal strings and the
// dashboard can tell which saved view it is showing.
import { appError } from "@/lib/i18n/app-error";
import { paramProblems } from "@/lib/i18n/error-messages";
import { parseCandidateSearchParams, serializeCandidateSearch } from "@/lib/search-params";

/**
 * The canonical form of a dashboard query for saving. The page number is dropped: a view opens on its
 * first page. Throws a 400 naming each invalid parameter.
 */
export function normalizeViewQuery(query: string): string {
  const { search, errors } = parseCandidateSearchParams(new URLSearchParams(query.trim().replace(/^\?/, "")));
  if (errors.length > 0) {
    throw appError("BAD_REQUEST", "savedViewQueryInvalid", { problems: paramProblems(errors) }, { errors });
  }
  return serializeCandidateSearch({ ...search, page: 1 });
}
