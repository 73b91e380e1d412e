// Input of the saved-view endpoints, validated on the server whatever the client sent.
import { z } from "zod";

export const VIEW_NAME_MAX = 80;
export const VIEW_QUERY_MAX = 4_000;

const viewName = z
  .string({ error: "name must be text" })
  .trim()
  .min(1, "name must not be empty")
  .max(VIEW_NAME_MAX, `name must be at most ${VIEW_NAME_MAX} characters`)
  .refine((name) => !/\p{Cc}/u.test(name), "name must not contain control characters");

/** The dashboard's query string, with or without the leading "?"; checked by normalizeViewQuery. */
const viewQuery = z.string({ error: "query must be text" }).max(VIEW_QUERY_MAX, `query must be at most ${VIEW_QUERY_MAX} characters`);

const version = z.number({ error: "version must be a number" }).int("version must be a whole number").positive("version must be positive");

export const createSavedViewSchema = z.object({ name: viewName, query: viewQuery }).strict();

export const updateSavedViewSchema = z
  .object({ name: viewName.optional(), query: viewQuery.optional(), version })
  .strict()
  .refine((input) => input.name !== undefined || input.query !== undefined, "give a new name or query (or both)");

export const savedViewIdSchema = z.coerce
  .number({ error: "the view id must be a number" })
  .int("the view id must be a whole number")
  .positive("the view id must be positive")
  .max(2_147_483_647, "no such view");

export type CreateSavedViewInput = z.infer<typeof createSavedViewSchema>;
export type UpdateSavedViewInput = z.infer<typeof updateSavedViewSchema>;
