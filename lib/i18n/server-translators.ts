// Translators for server code that may run outside a Next request (server actions under test, the worker):
// the catalogues are imported statically, so no next-intl request configuration is needed. Each is made
// once per locale and namespace (catalogueTranslator keeps it with its catalogue): a capture's review says
// thousands of proposals.
import enCaptures from "@/messages/en/captures.json";
import enUsers from "@/messages/en/users.json";
import enWatch from "@/messages/en/watch.json";
import enWorkflow from "@/messages/en/workflow.json";
import zhCaptures from "@/messages/zh-CN/captures.json";
import zhUsers from "@/messages/zh-CN/users.json";
import zhWatch from "@/messages/zh-CN/watch.json";
import zhWorkflow from "@/messages/zh-CN/workflow.json";
import type { Locale } from "@/lib/i18n/config";
import { catalogueTranslator } from "@/lib/i18n/server-translations";

const catalogues = {
  en: { captures: enCaptures, users: enUsers, watch: enWatch, workflow: enWorkflow },
  "zh-CN": { captures: zhCaptures, users: zhUsers, watch: zhWatch, workflow: zhWorkflow },
} satisfies Record<Locale, unknown>;

/** The time zone lib/i18n/request.ts gives every request (these catalogues format no dates today). */
const TIME_ZONE = "UTC";

export const capturesTranslator = (locale: Locale) => catalogueTranslator(catalogues[locale], locale, TIME_ZONE, "captures");
export const usersTranslator = (locale: Locale) => catalogueTranslator(catalogues[locale], locale, TIME_ZONE, "users");
export const watchTranslator = (locale: Locale) => catalogueTranslator(catalogues[locale], locale, TIME_ZONE, "watch");
export const workflowTranslator = (locale: Locale) => catalogueTranslator(catalogues[locale], locale, TIME_ZONE, "workflow");
