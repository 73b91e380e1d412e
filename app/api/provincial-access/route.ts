import { withRole } from "@/lib/auth/with-role";
import { readJsonBody } from "@/lib/http/json-body";
import { changeProvincialAccess } from "@/lib/provincial-access/mutations";
import { changeProvincialAccessSchema } from "@/lib/provincial-access/schemas";
import { actorFor, withoutVersion } from "@/lib/changes/actor";

export const dynamic = "force-dynamic";

/**
 * POST /api/provincial-access { listingId, province (GB/T 2260 code or name), to, expectedVersion (0 when the
 * province has no record yet), effectiveDate, reason, evidenceUrl | noEvidence: true, evidenceConfidence?,
 * notes? } (analyst or admin). Unknown fields are refused.
 */
export const POST = withRole("ANALYST", async (request, { user }) => {
  const input = await readJsonBody(request, changeProvincialAccessSchema);
  return Response.json(await changeProvincialAccess({ actor: actorFor(user, "api"), ...withoutVersion(input) }));
});
