// Database refusals that are the caller's doing (a duplicate key, a dangling reference, a row that vanished)
// become AppErrors with a message a person can act on, instead of a 500.
import { Prisma } from "@/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { databaseInputError } from "@/lib/http/errors";
import { appError } from "@/lib/i18n/app-error";

export function toAppError(error: unknown): unknown {
  if (error instanceof AppError || !(error instanceof Prisma.PrismaClientKnownRequestError)) return error;
  const target = describeTarget(error.meta);
  switch (error.code) {
    case "P2002":
      return target ? appError("CONFLICT", "duplicate", { target }) : appError("CONFLICT", "duplicateValue");
    case "P2003":
      return target ? appError("UNPROCESSABLE", "referenceMissing", { target }) : appError("UNPROCESSABLE", "referenceMissingRecord");
    case "P2025":
      return appError("NOT_FOUND", "recordGone");
    case "P2020":
      return appError("BAD_REQUEST", "intOutOfRange");
    default:
      return databaseInputError(error) ?? error;
  }
}

/** Unique keys a person can run into, in words; others are named by their columns. */
const UNIQUE_KEY_WORDS: Record<string, string> = {
  "Candidate.slug": "slug",
  "Company.nameEn": "English name",
  "Application.acceptanceNumber": "acceptance number (受理号)",
  "ReimbursementListing.programId,list,listYear": "programme, list and list year",
  "User.email": "email address",
  "SavedView.name": "name",
};

type AdapterCause = { constraint?: { fields?: string[]; index?: string }; table?: string };

/**
 * The columns behind a refusal. Through the pg driver adapter a unique violation names only its index
 * (e.g. "Candidate_slug_key", Prisma's "<Table>_<columns>_key" naming), so the columns are read from it.
 */
function describeTarget(meta: Record<string, unknown> | undefined): string | undefined {
  const target = meta?.target ?? meta?.field_name;
  if (Array.isArray(target)) return target.join(", ");
  if (typeof target === "string") return target;
  const cause = (meta?.driverAdapterError as { cause?: AdapterCause } | undefined)?.cause;
  const table = cause?.table ?? (typeof meta?.modelName === "string" ? meta.modelName : undefined);
  let columns = cause?.constraint?.fields;
  const index = cause?.constraint?.index;
  if (!columns && index && table && index.startsWith(`${table}_`) && index.endsWith("_key")) {
    columns = index.slice(table.length + 1, -"_key".length).split("_");
  }
  if (!columns?.length) return typeof meta?.constraint === "string" ? meta.constraint : index;
  return UNIQUE_KEY_WORDS[`${table}.${columns.join(",")}`] ?? columns.join(", ");
}
