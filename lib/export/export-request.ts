// Reads an export URL: the dashboard's parameters through the one schema (lib/search-params), plus `lang`.
// `page` and `perPage` are accepted (a dashboard URL pasted as is) but ignored: an export holds every row.
import type { Lang } from "@/lib/domain/vocabulary";
import { appError } from "@/lib/i18n/app-error";
import { paramProblems } from "@/lib/i18n/error-messages";
import { parseCandidateSearchParams, type CandidateSearch, type SearchParamError } from "@/lib/search-params";

export const EXPORT_LANGS = ["en", "zh"] as const satisfies readonly Lang[];

/** `fallbackLang`: the language when the URL names none (the caller's interface language). */
export function parseExportRequest(params: URLSearchParams, fallbackLang: Lang = "en"): { search: CandidateSearch; lang: Lang } {
  const { search, errors } = parseCandidateSearchParams(params, { allowExtra: ["lang"] });
  const langValues = params.getAll("lang");
  const problems: SearchParamError[] = [...errors];
  if (langValues.length > 1) problems.push({ param: "lang", message: "given more than once" });
  const lang = langValues[0] ?? fallbackLang;
  if (!(EXPORT_LANGS as readonly string[]).includes(lang)) {
    problems.push({ param: "lang", message: `"${lang}" is not a language; allowed: ${EXPORT_LANGS.join(", ")}` });
  }
  if (problems.length > 0) {
    throw appError("BAD_REQUEST", "invalidParameters", { problems: paramProblems(problems) }, {
      errors: problems,
    });
  }
  return { search, lang: lang as Lang };
}

/** "2026-11-24T0930Z": minute precision, UTC, no characters that file systems refuse. */
export function formatAsOf(asOf: Date): string {
  const iso = asOf.toISOString();
  return `${iso.slice(0, 10)}T${iso.slice(11, 13)}${iso.slice(14, 16)}Z`;
}

export function exportFileName(kind: string, asOf: Date): string {
  return `pathway-${kind}-${formatAsOf(asOf)}.csv`;
}
