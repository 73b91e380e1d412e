// Translators for server code that may run outside a Next request (server actions under test, the worker):
// the catalogues are imported statically, so no next-intl request configuration is needed.
import { createTranslator } from "next-intl";
import enCaptures from "@/messages/en/captures.json";
import enUsers from "@/messages/en/users.json";
import enWatch from "@/messages/en/watch.json";
import enWorkflow from "@/messages/en/workflow.json";
import zhCaptures from "@/messages/zh-CN/captures.json";
import zhUsers from "@/messages/zh-CN/users.json";
import zhWatch from "@/messages/zh-CN/watch.json";
import zhWorkflow from "@/messages/zh-CN/workflow.json";
import type { Locale } from "@/lib/i18n/config";

const catalogues = {
  en: { captures: enCaptures, users: enUsers, watch: enWatch, workflow: enWorkflow },
  "zh-CN": { captures: zhCaptures, users: zhUsers, watch: zhWatch, workflow: zhWorkflow },
} satisfies Record<Locale, unknown>;

const capturesIn = (locale: Locale) => createTranslator({ locale, messages: catalogues[locale], namespace: "captures" });
const capturesTranslators: Record<Locale, ReturnType<typeof capturesIn>> = { en: capturesIn("en"), "zh-CN": capturesIn("zh-CN") };

/** Made once per locale: a capture's review says thousands of proposals. */
export const capturesTranslator = (locale: Locale) => capturesTranslators[locale];
export const usersTranslator = (locale: Locale) => createTranslator({ locale, messages: catalogues[locale], namespace: "users" });
export const watchTranslator = (locale: Locale) => createTranslator({ locale, messages: catalogues[locale], namespace: "watch" });
export const workflowTranslator = (locale: Locale) => createTranslator({ locale, messages: catalogues[locale], namespace: "workflow" });
