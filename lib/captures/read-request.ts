// Reads POST /api/captures and the capture form: multipart with the file in "file", or JSON { text }, each
// with optional kind, sourceUrl and capturedAt. The body is capped before it is parsed (lib/http/capped-body).
import { z } from "zod";
import { parseMultipartBody, readCappedBody } from "@/lib/http/capped-body";
import { appError } from "@/lib/i18n/app-error";
import { issueList } from "@/lib/i18n/field-errors";
import { nullableUrl } from "@/lib/changes/inputs";
import { CAPTURE_KIND_NAMES } from "@/lib/captures/kinds";
import { MAX_CAPTURE_BYTES } from "@/lib/captures/read-source";
import type { NewCapture } from "@/lib/captures/store";

/** Room for multipart boundaries, JSON escaping of Chinese text and the small fields beside the capture. */
const BODY_OVERHEAD_BYTES = 256 * 1024;

const tooLarge = () => appError("PAYLOAD_TOO_LARGE", "captureBodyTooLarge", { mb: String(MAX_CAPTURE_BYTES / 1024 / 1024) });

const optionsSchema = z.object({
  kind: z
    .union([z.enum(CAPTURE_KIND_NAMES as [string, ...string[]]), z.literal(""), z.null()], { error: `kind must be one of ${CAPTURE_KIND_NAMES.join(", ")}, or empty to detect it.` })
    .optional()
    .transform((value) => value || null),
  sourceUrl: nullableUrl("sourceUrl").optional(),
  capturedAt: z
    .union([z.string(), z.null()])
    .optional()
    .transform((value, context) => {
      if (!value || value.trim() === "") return null;
      const text = value.trim();
      const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00+08:00` : text);
      if (Number.isNaN(date.getTime())) {
        context.addIssue({ code: "custom", message: "capturedAt must be a date (2024-06-25) or a date and time (2024-06-25T10:30:00+08:00)." });
        return z.NEVER;
      }
      return date;
    }),
});

function optionsFrom(values: Record<string, unknown>): Pick<NewCapture, "kind" | "sourceUrl" | "capturedAt"> {
  const parsed = optionsSchema.safeParse(values);
  if (!parsed.success) throw appError("BAD_REQUEST", "captureOptionsInvalid", { problems: issueList(parsed.error.issues) });
  return parsed.data;
}

export async function readCaptureRequest(request: Request): Promise<Omit<NewCapture, "uploader">> {
  const contentType = request.headers.get("content-type") ?? "";
  const body = await readCappedBody(request, MAX_CAPTURE_BYTES + BODY_OVERHEAD_BYTES, tooLarge);
  if (contentType.toLowerCase().startsWith("multipart/form-data")) {
    const form = await parseMultipartBody(body, contentType);
    const file = form.get("file");
    const text = form.get("text");
    const values = Object.fromEntries(["kind", "sourceUrl", "capturedAt"].map((key) => [key, typeof form.get(key) === "string" ? form.get(key) : undefined]));
    if (file instanceof Blob && file.size > 0) {
      if (file.size > MAX_CAPTURE_BYTES) throw tooLarge();
      return { source: { bytes: new Uint8Array(await file.arrayBuffer()), fileName: file instanceof File ? file.name : "capture" }, ...optionsFrom(values) };
    }
    if (typeof text === "string" && text.trim() !== "") return { source: { text }, ...optionsFrom(values) };
    throw appError("BAD_REQUEST", "captureNothingAttached");
  }
  if (contentType.toLowerCase().includes("json")) {
    let json: unknown;
    try {
      json = JSON.parse(body.toString("utf8"));
    } catch {
      throw appError("BAD_REQUEST", "bodyNotJson");
    }
    if (typeof json !== "object" || json === null || Array.isArray(json)) throw appError("BAD_REQUEST", "captureBodyNotObject");
    const { text, ...values } = json as Record<string, unknown>;
    if (typeof text !== "string") throw appError("BAD_REQUEST", "captureTextRequired");
    return { source: { text }, ...optionsFrom(values) };
  }
  throw appError("BAD_REQUEST", "captureWrongContentType");
}

export const applyRequestSchema = z.object({
  accept: z.union([z.literal("all-valid"), z.array(z.number().int().positive()).max(5_000)], { error: 'accept must be a list of proposal ids or "all-valid".' }),
  reject: z.array(z.number().int().positive()).max(5_000).optional(),
});

export const confirmMatchSchema = z.object({
  proposalId: z.number({ error: "proposalId must be the id of the proposal whose name you confirm." }).int().positive(),
  candidateId: z.number({ error: "candidateId must be the id of the candidate the name stands for." }).int().positive(),
});
