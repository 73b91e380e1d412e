"use server";

// Server actions of the watch screens. Watching, feeds and digest settings are each user's own (any signed-in
// user); webhooks are for administrators.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { actionLocale, actionSignedIn, actionWithRole } from "@/lib/auth/guarded-action";
import { watchTranslator } from "@/lib/i18n/server-translators";
import { appError } from "@/lib/i18n/app-error";
import { createFeedToken, revokeFeedToken } from "@/lib/watch/feeds";
import { markAllRead } from "@/lib/watch/changes";
import { watchConfig } from "@/lib/watch/config";
import { setDigestEmail } from "@/lib/watch/digest";
import { unwatch, watch } from "@/lib/watch/watches";
import { CHANGE_KINDS } from "@/lib/watch/kinds";
import { createWebhook, deleteWebhook, sendTestEvent, updateWebhook } from "@/lib/watch/webhooks/admin";
import { checkEndpointUrl } from "@/lib/watch/webhooks/endpoint-url";

const id = z.coerce.number().int().positive().max(2_147_483_647);
const optionalId = z.union([z.literal("").transform(() => null), id]).optional().transform((value) => value ?? null);

const targetSchema = z
  .object({ candidateId: optionalId, viewId: optionalId, candidateIds: z.string().optional() })
  .transform((body) => ({
    candidateIds: body.candidateIds ? body.candidateIds.split(",").map(Number).filter((n) => Number.isInteger(n) && n > 0) : body.candidateId ? [body.candidateId] : [],
    viewId: body.viewId,
  }))
  .refine((body) => body.candidateIds.length > 0 || body.viewId !== null, { message: "Choose a candidate or a saved view to watch.", path: ["viewId"] })
  .refine((body) => body.candidateIds.length <= 200, { message: "At most 200 candidates at once.", path: ["candidateIds"] });

/** The watch screens' answers in the form's language. */
const said = async () => {
  const t = watchTranslator(await actionLocale());
  return (key: string, values?: Record<string, string | number>) => t(`messages.${key as "allRead"}`, values as never);
};

function refresh() {
  revalidatePath("/watching");
  revalidatePath("/changes");
}

export const watchAction = actionSignedIn(targetSchema, async ({ user, input }) => {
  for (const candidateId of input.candidateIds) await watch(user.id, { candidateId });
  if (input.viewId !== null) await watch(user.id, { viewId: input.viewId });
  refresh();
  const count = input.candidateIds.length + (input.viewId !== null ? 1 : 0);
  return { message: (await said())("watching", { count }) };
});

export const unwatchAction = actionSignedIn(targetSchema, async ({ user, input }) => {
  for (const candidateId of input.candidateIds) await unwatch(user.id, { candidateId });
  if (input.viewId !== null) await unwatch(user.id, { viewId: input.viewId });
  refresh();
  return { message: (await said())("unwatched") };
});

export const markAllReadAction = actionSignedIn(z.object({}), async ({ user }) => {
  await markAllRead(user.id);
  refresh();
  return { message: (await said())("allRead") };
});

export const createFeedAction = actionSignedIn(z.object({ viewId: optionalId }), async ({ user, input }) => {
  const feed = await createFeedToken(user.id, { viewId: input.viewId });
  refresh();
  // Shown once: only its SHA-256 is kept.
  return { message: (await said())("feedCreated"), details: { url: `${watchConfig().publicUrl}${feed.path}` } };
});

export const revokeFeedAction = actionSignedIn(z.object({ feedId: id }), async ({ user, input }) => {
  await revokeFeedToken(user.id, input.feedId);
  refresh();
  return { message: (await said())("feedRevoked") };
});

export const setDigestEmailAction = actionSignedIn(z.object({ digestEmail: z.string().optional() }), async ({ user, input }) => {
  await setDigestEmail(user.id, input.digestEmail === "on");
  refresh();
  return { message: (await said())(input.digestEmail === "on" ? "digestOn" : "digestOff") };
});

const webhookForm = z.object({
  url: z.string().trim().min(1, "Give the endpoint's URL.").refine((url) => checkEndpointUrl(url).ok, "Use https://, or http://127.0.0.1 for local use."),
  secret: z.string().min(16, "At least 16 characters.").max(200),
  viewId: optionalId,
  kinds: z.string().optional(),
});

const kindsFrom = (raw: string | undefined) => (raw ?? "").split(",").map((kind) => kind.trim()).filter((kind): kind is (typeof CHANGE_KINDS)[number] => (CHANGE_KINDS as readonly string[]).includes(kind));

export const createWebhookAction = actionWithRole("ADMIN", webhookForm, async ({ user, input }) => {
  const checked = checkEndpointUrl(input.url);
  if (!checked.ok) throw appError("BAD_REQUEST", checked.errorKey);
  await createWebhook({ url: checked.url, secret: input.secret, viewId: input.viewId, kinds: kindsFrom(input.kinds) }, { userId: user.id });
  revalidatePath("/admin/webhooks");
  return { message: (await said())("webhookRegistered") };
});

export const setWebhookActiveAction = actionWithRole("ADMIN", z.object({ webhookId: id, version: id, active: z.enum(["true", "false"]) }), async ({ input }) => {
  await updateWebhook(input.webhookId, { version: input.version, active: input.active === "true" });
  revalidatePath("/admin/webhooks");
  return { message: (await said())(input.active === "true" ? "webhookResumed" : "webhookPaused") };
});

export const deleteWebhookAction = actionWithRole("ADMIN", z.object({ webhookId: id }), async ({ input }) => {
  await deleteWebhook(input.webhookId);
  revalidatePath("/admin/webhooks");
  return { message: (await said())("webhookRemoved"), redirectTo: "/admin/webhooks" };
});

export const sendTestEventAction = actionWithRole("ADMIN", z.object({ webhookId: id }), async ({ input }) => {
  const { deliveryId } = await sendTestEvent(input.webhookId);
  revalidatePath(`/admin/webhooks/${input.webhookId}`);
  return { message: (await said())("testQueued", { id: String(deliveryId) }) };
});
