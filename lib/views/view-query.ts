// A saved view's query is the dashboard's own URL query, checked by the one parameter schema and stored
// in its canonical form (defaults left out, stable order), so equal views have equal strings and the
// dashboard can tell which saved view it is showing.
import { AppError } from "@/lib/errors";
import { parseCandidateSearchParams, serializeCandidateSearch } from "@/lib/search-params";

/**
 * The canonical form of a dashboard query for saving. The page number is dropped: a view opens on its
 * first page. Throws a 400 naming each invalid parameter.
 */
export function normalizeViewQuery(query: string): string {
  const { search, errors } = parseCandidateSearchParams(new URLSearchParams(query.trim().replace(/^\?/, "")));
  if (errors.length > 0) {
    throw new AppError("BAD_REQUEST", `query: ${errors.map((error) => `${error.param}: ${error.message}`).join("; ")}`, { errors });
  }
  return serializeCandidateSearch({ ...search, page: 1 });
}
