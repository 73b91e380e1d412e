"use server";
// User administration forms: administrators only. The token of issueApiTokenAction travels back once in the
// action's answer (details.token) and is never stored.
import { refresh } from "next/cache";
import type { z } from "zod";
import { actionLocale, actionWithRole, type FormAction } from "@/lib/auth/guarded-action";
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
import { labelOf } from "@/lib/domain/vocabulary";
import { dataLangOf } from "@/lib/i18n/config";
import { usersTranslator } from "@/lib/i18n/server-translators";

function adminAction<S extends z.ZodType>(schema: S, run: (args: { actor: Actor; input: z.output<S> }) => Promise<AdminResult>): FormAction {
  return actionWithRole("ADMIN", schema, async ({ user, input }) => {
    const result = await run({ actor: actorFor(user, "ui"), input });
    refresh();
    return { message: await summaryIn(result), details: result.token ? { token: result.token } : undefined };
  });
}

/** The summary in the form's language; English keeps the mutation's own text. */
async function summaryIn(result: AdminResult): Promise<string> {
  const locale = await actionLocale();
  if (locale === "en" || !result.said) return result.summary;
  const t = usersTranslator(locale);
  const { role, ...values } = result.said.values;
  return t(`summary.${result.said.key as "created"}`, { ...values, role: role ? labelOf("Role", role, dataLangOf(locale)) : "" } as never);
}

export const createUserAction = adminAction(createUserSchema, createUser);
export const changeUserRoleAction = adminAction(changeUserRoleSchema, changeUserRole);
export const setUserDisabledAction = adminAction(setUserDisabledSchema, setUserDisabled);
export const setUserPasswordAction = adminAction(setUserPasswordSchema, setUserPassword);
export const issueApiTokenAction = adminAction(issueApiTokenSchema, issueApiToken);
export const revokeApiTokenAction = adminAction(revokeApiTokenSchema, revokeApiToken);
