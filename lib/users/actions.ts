"use server";
// User administration forms: administrators only. The token of issueApiTokenAction travels back once in the
// action's answer (details.token) and is never stored.
import { refresh } from "next/cache";
import type { z } from "zod";
import { actionWithRole, type FormAction } from "@/lib/auth/guarded-action";
import { changeUserRole, createUser, issueApiToken, revokeApiToken, setUserDisabled, setUserPassword, type AdminResult } from "@/lib/users/mutations";
import {
  changeUserRoleSchema,
  createUserSchema,
  issueApiTokenSchema,
  revokeApiTokenSchema,
  setUserDisabledSchema,
  setUserPasswordSchema,
} from "@/lib/users/schemas";
import { actorFor, type Actor } from "@/lib/changes/actor";

function adminAction<S extends z.ZodType>(schema: S, run: (args: { actor: Actor; input: z.output<S> }) => Promise<AdminResult>): FormAction {
  return actionWithRole("ADMIN", schema, async ({ user, input }) => {
    const result = await run({ actor: actorFor(user, "ui"), input });
    refresh();
    return { message: result.summary, details: result.token ? { token: result.token } : undefined };
  });
}

export const createUserAction = adminAction(createUserSchema, createUser);
export const changeUserRoleAction = adminAction(changeUserRoleSchema, changeUserRole);
export const setUserDisabledAction = adminAction(setUserDisabledSchema, setUserDisabled);
export const setUserPasswordAction = adminAction(setUserPasswordSchema, setUserPassword);
export const issueApiTokenAction = adminAction(issueApiTokenSchema, issueApiToken);
export const revokeApiTokenAction = adminAction(revokeApiTokenSchema, revokeApiToken);
