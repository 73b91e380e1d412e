// The one wrapper for server actions (habit 7: a server action is a public endpoint). It resolves the user
// and the role, zod-parses the form, runs the handler, and always answers with an ActionState: field errors,
// or { error } with the AppError code, or success. The submitted values travel back so a refused form keeps
// what the analyst typed. A redirect the handler asks for happens outside the try, as Next requires.
// Route handlers have the same guard in with-role.ts; the sign-in and sign-out actions are in actions.ts.
import "server-only";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { getCurrentUser } from "@/lib/auth/current-user";
import { requireRole, type AuthUser, type RequiredRole } from "@/lib/auth/roles";
import type { ActionState } from "@/lib/auth/action-state";
import { getLocale } from "next-intl/server";
import { AppError } from "@/lib/errors";
import { appError } from "@/lib/i18n/app-error";
import { databaseUnavailableError } from "@/lib/http/errors";
import { log } from "@/lib/server/log";
import { currentRequestId } from "@/lib/server/request-context";
import { toAppError } from "@/lib/http/prisma-errors";
import { dataLangOf, type Locale } from "@/lib/i18n/config";
import type { ConflictDetails } from "@/lib/changes/conflicts";
import { fieldLabel } from "@/lib/changes/audit-format";
import { errorText, localizedMessage } from "@/lib/i18n/error-messages";
import { fieldErrorText } from "@/lib/i18n/field-errors";
import { refusalsOf, refusalText } from "@/lib/i18n/refusal-messages";

export type { ActionState };

export type ActionOutcome = { message?: string; redirectTo?: string; details?: unknown } | void;

type Handler<S extends z.ZodType> = (args: { user: AuthUser; input: z.output<S> }) => Promise<ActionOutcome>;
type PublicHandler<S extends z.ZodType> = (args: { user: AuthUser | null; input: z.output<S> }) => Promise<ActionOutcome>;
export type FormAction = (previous: ActionState, formData: FormData) => Promise<ActionState>;

/** A server action for users holding `role`; anonymous callers get UNAUTHORIZED, lower roles FORBIDDEN. */
export function actionWithRole<S extends z.ZodType>(role: RequiredRole, schema: S, handler: Handler<S>): FormAction {
  return buildAction(async () => requireRole(await getCurrentUser(), role), schema, handler);
}

/** A server action any signed-in user may call for their own things (watching, feeds); anonymous: UNAUTHORIZED. */
export function actionSignedIn<S extends z.ZodType>(schema: S, handler: Handler<S>): FormAction {
  return buildAction(async () => {
    const user = await getCurrentUser();
    if (!user) throw appError("UNAUTHORIZED", "signInFirst");
    return user;
  }, schema, handler);
}

/** A server action anyone may call (sign-in, sign-out). Every other action goes through actionWithRole. */
export function publicAction<S extends z.ZodType>(schema: S, handler: PublicHandler<S>): FormAction {
  return buildAction(getCurrentUser, schema, handler);
}

function buildAction<S extends z.ZodType, U extends AuthUser | null>(
  resolveUser: () => Promise<U>,
  schema: S,
  handler: (args: { user: U; input: z.output<S> }) => Promise<ActionOutcome>,
): FormAction {
  return async (_previous, formData) => {
    const values = echoableValues(formData);
    const submissionId = crypto.randomUUID();
    let redirectTo: string | undefined;
    let state: ActionState;
    try {
      const user = await resolveUser();
      const parsed = schema.safeParse(formFields(formData));
      if (!parsed.success) {
        return {
          status: "error",
          code: "INVALID",
          message: errorText("invalidFields", undefined, await actionLocale()),
          fieldErrors: fieldErrorsOf(parsed.error, await actionLocale()),
          values,
          submissionId,
        };
      }
      const outcome = await handler({ user, input: parsed.data });
      redirectTo = outcome?.redirectTo;
      state = { status: "success", message: outcome?.message, details: outcome?.details, submissionId };
    } catch (caught) {
      state = { ...errorState(caught, await actionLocale()), values, submissionId };
    }
    if (redirectTo) redirect(redirectTo);
    return state;
  };
}

export function errorState(caught: unknown, locale: Locale = "en"): ActionState {
  const error = databaseUnavailableError(caught) ?? toAppError(caught);
  if (error instanceof AppError) {
    const refusals = locale === "en" ? null : refusalsOf(error.details);
    const conflict = locale === "en" || error.code !== "CONFLICT" ? null : conflictText(error.details, locale);
    const message = refusals ? refusalText(refusals, locale) : (conflict ?? localizedMessage(error, locale));
    return { status: "error", code: error.code, message, details: error.details };
  }
  log().error({ requestId: currentRequestId(), err: error }, "unexpected error in a server action");
  return { status: "error", code: "INTERNAL", message: errorText("internalNothingSaved", undefined, locale) };
}

/** A stale edit's refusal (lib/changes/conflicts.ts details) in `locale`: the versions and the fields changed since. */
function conflictText(details: unknown, locale: Locale): string | null {
  const conflict = details as Partial<ConflictDetails> | undefined;
  if (typeof conflict?.expectedVersion !== "number" || typeof conflict.currentVersion !== "number") return null;
  const lang = dataLangOf(locale);
  const fields = [...new Set((conflict.changes ?? []).map((change) => fieldLabel(change.field, lang)))];
  const head = errorText("conflict", { expected: conflict.expectedVersion, current: conflict.currentVersion }, locale);
  return fields.length > 0 ? `${head}\n${errorText("conflictFields", { fields: fields.join(lang === "zh" ? "、" : ", ") }, locale)}` : head;
}

/** The interface language of the form's page (lib/i18n/request.ts); English where no request is in scope. */
export async function actionLocale(): Promise<Locale> {
  try {
    return await getLocale();
  } catch {
    return "en";
  }
}

/** Form fields as an object for zod: a repeated name (checkbox lists) becomes an array. Files are dropped. */
export function formFields(formData: FormData): Record<string, string | string[]> {
  const fields: Record<string, string | string[]> = {};
  for (const [name, value] of formData.entries()) {
    if (typeof value !== "string" || name.startsWith("$ACTION")) continue;
    const existing = fields[name];
    if (existing === undefined) fields[name] = value;
    else fields[name] = Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return fields;
}

function echoableValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of formData.entries()) {
    if (typeof value !== "string" || name.startsWith("$ACTION") || /password/i.test(name)) continue;
    values[name] = value;
  }
  return values;
}

function fieldErrorsOf(error: z.ZodError, locale: Locale): Record<string, string[]> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.map(String).join(".") : "_form";
    (fieldErrors[key] ??= []).push(fieldErrorText(issue, locale));
  }
  return fieldErrors;
}
