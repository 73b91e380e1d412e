// A list of recorded changes (the candidate page's History section and /activity): when, who, through which channel, why, on what
// evidence, effective when, and each field's before → after.
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { dataLangOf } from "@/lib/i18n/config";
import { formatDateTimeIn, formatPartialDateIn } from "@/lib/i18n/format";
import { describedEntity, type ChangeGroup, type EntityDescription } from "@/lib/audit/queries";
import { entityLabel, fieldLabel, formatAuditValue } from "@/lib/changes/audit-format";
import type { AuditJson } from "@/lib/audit/record";
import type { Lang } from "@/lib/domain/vocabulary";
import { SourceLink } from "@/components/ui/source-link";
import { langOfMixedText, langOfText } from "@/components/ui/bilingual-name";

/** The capture a change was applied from, as its audit rows cite it (evidenceKind "capture"). */
function FromCapture({ id }: { id: number }) {
  const t = useTranslations("captures.history");
  return <>{t("fromCapture", { id })}</>;
}

function captureIdOf(group: ChangeGroup): number | null {
  return group.evidenceRecord?.kind === "capture" ? Number(group.evidenceRecord.id) : null;
}

export function ChangeList({
  groups,
  descriptions,
  showCandidate = false,
  testId = "change-list",
}: {
  groups: ChangeGroup[];
  descriptions: Map<string, EntityDescription>;
  /** Link each entity to its candidate (the site-wide log); the candidate's own History does not need it. */
  showCandidate?: boolean;
  testId?: string;
}) {
  const t = useTranslations("history");
  const locale = useLocale();
  const lang = dataLangOf(locale);
  if (groups.length === 0) return <p className="text-sm text-slate-600">{t("none")}</p>;
  return (
    <ol className="divide-y divide-slate-100 rounded-md border border-slate-200 bg-white" data-testid={testId}>
      {groups.map((group) => (
        <li key={group.changeId} className="space-y-1 px-3 py-2 text-sm" data-testid="change">
          <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1 text-slate-600">
            <time dateTime={group.at.toISOString()} className="font-mono text-xs">
              {formatDateTimeIn(locale, group.at)}
            </time>
            <span className="font-medium text-slate-800" data-testid="change-actor" lang={langOfText(group.actorLabel)}>
              {group.actorLabel}
            </span>
            <span className="rounded bg-slate-100 px-1.5 text-xs">{t("channel", { channel: group.channel })}</span>
            {group.effectiveDate ? (
              <span className="text-xs">
                {t("effective", { date: formatPartialDateIn(locale, group.effectiveDate, group.effectivePrecision ?? "DAY") })}
              </span>
            ) : null}
            <span className="text-xs">{group.evidenceUrl ? <SourceLink url={group.evidenceUrl} /> : captureIdOf(group) ? null : t("noEvidence")}</span>
            {captureIdOf(group) ? (
              <Link href={`/captures/${captureIdOf(group)}`} className="text-xs text-blue-700 underline" data-testid="change-capture">
                <FromCapture id={captureIdOf(group)!} />
              </Link>
            ) : null}
          </div>
          <p className="text-slate-800" data-testid="change-reason" lang={langOfMixedText(group.reason)}>
            {group.reason}
          </p>
          <ul className="space-y-1">
            {entitiesOf(group).map(({ key, rows }) => {
              const first = rows[0]!;
              const entity = describedEntity(descriptions, first);
              return (
                <li key={key} className="pl-3">
                  <span className="text-xs uppercase tracking-wide text-slate-500">{entityLabel(first.entityType, lang)}</span>{" "}
                  <span className="font-medium" lang={entity.labelIsData ? "en" : undefined}>{entity.label}</span>
                  {entity.context ? (
                    <span className="font-medium">
                      {" · "}
                      <span lang="en">{entity.context}</span>
                    </span>
                  ) : null}
                  {showCandidate && entity.candidateId ? (
                    <>
                      {" "}
                      <Link href={`/candidates/${entity.candidateId}`} className="text-blue-700 hover:underline">
                        <span lang="en">{entity.candidateName}</span>
                      </Link>
                    </>
                  ) : null}
                  {first.entityVersion ? <span className="ml-1 text-xs text-slate-500">→ v{first.entityVersion}</span> : null}
                  <ul className="text-slate-700">
                    {rows.map((row) =>
                      row.field ? (
                        <li key={String(row.id)} data-testid="change-field">
                          <FieldChange entityType={row.entityType} field={row.field} before={row.before} after={row.after} lang={lang} />
                        </li>
                      ) : (
                        <li key={String(row.id)}>
                          <Snapshot action={row.action} entityType={row.entityType} snapshot={row.action === "DELETE" ? row.before : row.after} />
                        </li>
                      ),
                    )}
                  </ul>
                </li>
              );
            })}
          </ul>
        </li>
      ))}
    </ol>
  );
}

function entitiesOf(group: ChangeGroup) {
  const byEntity = new Map<string, ChangeGroup["rows"]>();
  for (const row of group.rows) {
    const key = `${row.entityType}:${row.entityId}`;
    byEntity.set(key, [...(byEntity.get(key) ?? []), row]);
  }
  return [...byEntity].map(([key, rows]) => ({ key, rows }));
}

function Snapshot({ action, entityType, snapshot }: { action: string; entityType: string; snapshot: unknown }) {
  const t = useTranslations("history");
  const lang = dataLangOf(useLocale());
  const fields = snapshot && typeof snapshot === "object" && !Array.isArray(snapshot) ? Object.entries(snapshot as Record<string, never>) : [];
  const filled = fields.filter(([, value]) => value !== null && !(Array.isArray(value) && (value as unknown[]).length === 0));
  return (
    <details>
      <summary className="cursor-pointer">{action === "DELETE" ? t("deleted") : t("created")}</summary>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 text-xs">
        {filled.map(([field, value]) => (
          <div key={field} className="contents">
            <dt className="text-slate-500">{fieldLabel(field, lang)}</dt>
            <dd>
              <DataValue text={formatAuditValue(entityType, field, value, lang)} />
            </dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

/** A value as the audit trail holds it: data, so marked with its own language. */
function DataValue({ text }: { text: string }) {
  return <span lang={langOfMixedText(text)}>{text}</span>;
}

/** "Field: before → after" (describeFieldChange's text), each value marked with its language. */
function FieldChange({ entityType, field, before, after, lang }: { entityType: string; field: string; before: unknown; after: unknown; lang: Lang }) {
  return (
    <>
      {fieldLabel(field, lang)}
      {lang === "zh" ? "：" : ": "}
      <DataValue text={formatAuditValue(entityType, field, before as AuditJson, lang)} /> →{" "}
      <DataValue text={formatAuditValue(entityType, field, after as AuditJson, lang)} />
    </>
  );
}
