import { withRole } from "@/lib/auth";
import { prisma } from "@/lib/db";
import { idFromParams } from "@/lib/http/json-body";
import { findCapture } from "@/lib/captures/store";

export const dynamic = "force-dynamic";

/** GET /api/captures/:id → the capture (without its raw bytes) and its proposals. */
export const GET = withRole<{ id: string }>("ANALYST", async (_request, { params }) => Response.json(await findCapture(prisma, idFromParams(params.id))));
