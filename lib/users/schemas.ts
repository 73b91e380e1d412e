// Input of user administration (administrators only).
import { z } from "zod";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { roleSchema } from "@/lib/domain/vocabulary-schemas";
import { checkbox, recordId, requiredText } from "@/lib/changes/inputs";

const password = z
  .string({ error: "Enter a password." })
  .min(MIN_PASSWORD_LENGTH, `Passwords have at least ${MIN_PASSWORD_LENGTH} characters.`)
  .max(MAX_PASSWORD_LENGTH, `Passwords have at most ${MAX_PASSWORD_LENGTH} characters.`);

export const createUserSchema = z.object({
  email: z.email("Enter an email address.").max(254).transform((email) => email.trim().toLowerCase()),
  name: requiredText("Name", 200),
  role: roleSchema,
  password,
});

export const changeUserRoleSchema = z.object({ userId: recordId("userId"), role: roleSchema });
export const setUserDisabledSchema = z.object({ userId: recordId("userId"), disabled: checkbox });
export const setUserPasswordSchema = z.object({ userId: recordId("userId"), password });
export const issueApiTokenSchema = z.object({ userId: recordId("userId"), name: requiredText("Token name", 100) });
export const revokeApiTokenSchema = z.object({ tokenId: recordId("tokenId") });

export type CreateUserInput = z.output<typeof createUserSchema>;
