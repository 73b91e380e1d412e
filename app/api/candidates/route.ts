import { withRole } from "@/lib/auth/with-role";
import { createCandidate } from "@/lib/candidates/mutations";
import { findCandidatesWithFacets } from "@/lib/candidates/queries";
import { createCandidateSchema } from "@/lib/candidates/schemas";
import { appError } from "@/lib/i18n/app-error";
import { paramProblems } from "@/lib/i18n/error-messages";
import { errorResponse } from "@/lib/http/errors";
import { readJsonBody } from "@/lib/http/json-body";
import { parseCandidateSearchParams } from "@/lib/search-params";
import { actorFor } from "@/lib/changes/actor";

export const dynamic = "force-dynamic";

/**
 * GET /api/candidates?<dashboard parameters> → { data, total, page, perPage, facets }, the same rows and
 * counts as the dashboard. A bad parameter is a 400 naming it and what it allows; reading needs no sign-in.
 * The X-Facet-Counts header says where the counts came from (cache, index or sql) and X-Page-Rows where the
 * rows did (cache or sql), for operators, the benchmark and the two-process test.
 */
export async function GET(request: Request) {
  try {
    const { search, errors } = parseCandidateSearchParams(new URL(request.url).searchParams);
    if (errors.length > 0) {
      throw appError("BAD_REQUEST", "invalidParameters", { problems: paramProblems(errors) }, { errors });
    }
    const { page, facetSource, pageSource } = await findCandidatesWithFacets(search);
    return Response.json(page, { headers: { "X-Facet-Counts": facetSource, "X-Page-Rows": pageSource } });
  } catch (error) {
    return errorResponse(error, request);
  }
}

/** POST /api/candidates → 201 { id, version, changeId, summary, warnings } (analyst or admin). */
export const POST = withRole("ANALYST", async (request, { user }) => {
  const input = await readJsonBody(request, createCandidateSchema);
  return Response.json(await createCandidate({ actor: actorFor(user, "api"), input }), { status: 201 });
});
