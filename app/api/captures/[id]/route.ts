import { withRole } from "@/lib/auth";
import { prisma } from "@/lib/db";
import { idFromParams } from "@/lib/http/json-body";
import { findCapture } from "@/lib/captures/store";
import { withWarningTexts } from "@/lib/captures/warnings";
import { localeOfRequest } from "@/lib/i18n/error-messages";

export const dynamic = "force-dynamic";

/** GET /api/captures/:id → the capture (without its raw bytes, its warnings in the caller's language) and its proposals. */
export const GET = withRole<{ id: string }>("ANALYST", async (request, { params }) =>
  Response.json(withWarningTexts(await findCapture(prisma, idFromParams(params.id)), localeOfRequest(request))),
);
