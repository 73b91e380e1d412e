// Database refusals that are the caller's doing (a duplicate key, a dangling reference, a row that vanished)
// become AppErrors with a message a person can act on, instead of a 500.
import { Prisma } from "@/generated/prisma/client";
import { AppError, databaseInputError } from "@/lib/http/errors";

export function toAppError(error: unknown): unknown {
  if (error instanceof AppError || !(error instanceof Prisma.PrismaClientKnownRequestError)) return error;
  const target = describeTarget(error.meta);
  switch (error.code) {
    case "P2002":
      return new AppError("CONFLICT", `A record with this ${target ?? "value"} already exists.`);
    case "P2003":
      return new AppError("UNPROCESSABLE", `The ${target ?? "referenced record"} does not exist.`);
    case "P2025":
      return new AppError("NOT_FOUND", "The record no longer exists.");
    case "P2020":
      return new AppError("BAD_REQUEST", "A value is out of range (ids and versions are whole numbers up to 2147483647).");
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
