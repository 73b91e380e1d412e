import { withRole } from "@/lib/auth/with-role";
import { readJsonBody } from "@/lib/http/json-body";
import { createProgram } from "@/lib/programs/mutations";
import { createProgramSchema } from "@/lib/programs/schemas";
import { actorFor } from "@/lib/changes/actor";

export const dynamic = "force-dynamic";

/** POST /api/programs { candidateId, indicationEn, drugCategory, origin, ..., reason, evidence, effectiveDate } (analyst or admin). */
export const POST = withRole("ANALYST", async (request, { user }) => {
  const input = await readJsonBody(request, createProgramSchema);
  return Response.json(await createProgram({ actor: actorFor(user, "api"), input }), { status: 201 });
});
