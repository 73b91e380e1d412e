import { describe, expect, it } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { toAppError } from "@/lib/http/prisma-errors";

/** A unique violation as the pg driver adapter reports it: only the index name and the table. */
const adapterUnique = (table: string, index: string) =>
  new Prisma.PrismaClientKnownRequestError("Unique constraint failed", {
    code: "P2002",
    clientVersion: "7",
    meta: { modelName: table, driverAdapterError: { cause: { kind: "UniqueConstraintViolation", constraint: { index }, table } } },
  });

describe("toAppError names the field of a unique violation", () => {
  it.each([
    ["Application", "Application_acceptanceNumber_key", "A record with this acceptance number (受理号) already exists."],
    ["Candidate", "Candidate_slug_key", "A record with this slug already exists."],
    ["ReimbursementListing", "ReimbursementListing_programId_list_listYear_key", "A record with this programme, list and list year already exists."],
    ["User", "User_email_key", "A record with this email address already exists."],
    ["Thing", "Thing_colour_size_key", "A record with this colour, size already exists."],
    ["Thing", "some_custom_index", "A record with this some_custom_index already exists."],
  ])("%s %s", (table, index, message) => {
    const error = toAppError(adapterUnique(table, index));
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status).toBe(409);
    expect((error as AppError).message).toBe(message);
  });

  it("uses Prisma's own target when it gives one", () => {
    const error = new Prisma.PrismaClientKnownRequestError("x", { code: "P2002", clientVersion: "7", meta: { target: ["email"] } });
    expect((toAppError(error) as AppError).message).toBe("A record with this email already exists.");
  });
});
