// One change as /changes and the digest show it: when, who, through which channel, each field before → after,
// the reason and the evidence. English keeps the feed's own lines; another language labels the fields and
// values from the audit trail's vocabulary, and marks the data (names, reasons, actors) with its language.
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { langOfMixedText } from "@/components/ui/bilingual-name";
import type { AuditJson } from "@/lib/audit/record";
import { fieldLabel, formatAuditValue } from "@/lib/changes/audit-format";
import type { ChangeBody } from "@/lib/watch/change-body";
import { describeFieldChanges } from "@/lib/watch/change-body";

function Data({ text }: { text: string }) {
  return <span lang={langOfMixedText(text)}>{text}</span>;
}

function Lines({ change }: { change: ChangeBody }) {
  const locale = useLocale();
  const action = useTranslations("watch.actions");
  if (locale === "en") return describeFieldChanges(change).map((line, index) => <li key={index}>{line}</li>);
  return change.fields.map((row, index) => (
    <li key={index}>
      <Data text={row.entity} />
      {row.field ? (
        <>
          {" · "}
          {fieldLabel(row.field, "zh")}：<Data text={formatAuditValue(row.entityType, row.field, row.before as AuditJson, "zh")} /> →{" "}
          <Data text={formatAuditValue(row.entityType, row.field, row.after as AuditJson, "zh")} />
        </>
      ) : (
        <>：{action(row.action as "CREATE")}</>
      )}
    </li>
  ));
}

export function ChangeCard({ change, unread }: { change: ChangeBody; unread?: boolean }) {
  const t = useTranslations("watch.card");
  const kind = useTranslations("watch.cardKinds");
  const channel = useTranslations("history");
  const locale = useLocale();
  return (
    <li className={`space-y-1 rounded border px-3 py-2 text-sm ${unread ? "border-blue-300 bg-blue-50" : "border-slate-200 bg-white"}`} data-testid="change-item">
      <div className="flex flex-wrap items-baseline gap-2 text-slate-600">
        <time dateTime={change.at}>{t("utc", { time: change.at.slice(0, 16).replace("T", " ") })}</time>
        <span>
          · <Data text={change.actor} />
        </span>
        <span className="rounded bg-slate-100 px-1 text-xs">{locale === "en" ? change.channel : channel("channel", { channel: change.channel })}</span>
        {change.kinds.map((value) => (
          <span key={value} className="rounded bg-indigo-50 px-1 text-xs text-indigo-800">
            {kind.has(value) ? kind(value as "stage") : value}
          </span>
        ))}
        {unread ? <span className="text-xs font-semibold text-blue-700">{t("new")}</span> : null}
      </div>
      <ul className="list-disc pl-5 text-slate-900">
        <Lines change={change} />
      </ul>
      <p className="text-slate-700">
        <span className="text-slate-500">{t("reason")}</span> <Data text={change.reason} />
        {change.effectiveDate ? <span className="text-slate-500">{t("effective", { date: change.effectiveDate })}</span> : null}
      </p>
      <p className="text-slate-700">
        <span className="text-slate-500">{t("evidence")}</span>{" "}
        {change.evidenceRecord?.kind === "capture" ? (
          <>
            <Link href={`/captures/${change.evidenceRecord.id}`} className="text-blue-700 hover:underline">
              {t("fromCapture", { id: change.evidenceRecord.id })}
            </Link>
            {change.evidenceUrl ? " · " : null}
          </>
        ) : null}
        {change.evidenceUrl ? (
          <a href={change.evidenceUrl} className="break-all text-blue-700 hover:underline" rel="noreferrer noopener" target="_blank">
            {change.evidenceUrl}
          </a>
        ) : change.evidenceRecord ? null : (
          t("noEvidence")
        )}
      </p>
    </li>
  );
}
