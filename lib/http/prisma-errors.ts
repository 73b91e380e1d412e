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

function describeTarget(meta: Record<string, unknown> | undefined): string | undefined {
  const target = meta?.target ?? meta?.field_name ?? meta?.constraint;
  if (Array.isArray(target)) return target.join(", ");
  if (typeof target === "string") return target;
  const fields = (meta?.driverAdapterError as { cause?: { constraint?: { fields?: string[] } } } | undefined)?.cause?.constraint?.fields;
  return fields?.join(", ");
}
