import { withRole } from "@/lib/auth/with-role";
import { createDesignation } from "@/lib/designations/mutations";
import { createDesignationSchema } from "@/lib/designations/schemas";
import { readJsonBody } from "@/lib/http/json-body";
import { actorFor } from "@/lib/changes/actor";

export const dynamic = "force-dynamic";

/** POST /api/designations { programId, type, applicationId?, reason, evidence, effectiveDate } → 201 (analyst or admin). */
export const POST = withRole("ANALYST", async (request, { user }) => {
  const input = await readJsonBody(request, createDesignationSchema);
  return Response.json(await createDesignation({ actor: actorFor(user, "api"), input }), { status: 201 });
});
