// The two steps of an import. Preview: decode, read and plan the file against the database, write nothing.
// Apply: plan it again inside one serializable transaction; if the plan differs from the preview's (its
// token), answer 409; if any row has an error, write nothing; else write every row, each with its audit
// entries carrying the import's reason, and commit them together.
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { diffForAudit, snapshotForAudit, type AuditChange } from "@/lib/audit/record";
import { commitChange } from "@/lib/changes/commit-change";
import { afterCommit } from "@/lib/changes/transaction";
import type { VersionedTable } from "@/lib/changes/write-step";
import { DESIGNATION_TABLE } from "@/lib/designations/mutations";
import { appError } from "@/lib/i18n/app-error";
import { decodeUpload, type UploadEncoding } from "@/lib/import/decode-upload";
import { DESIGNATION_IMPORT_COLUMNS, planDesignationImport } from "@/lib/import/designations-import";
import type { Columns } from "@/lib/import/field-specs";
import { summarizePlan, type ImportPlan, type PlannedRow, type RowWrite } from "@/lib/import/import-plan";
import { readCsvRows, type CsvRow, type ImportColumnSpec } from "@/lib/import/read-csv";
import { planReimbursementImport, REIMBURSEMENT_IMPORT_COLUMNS } from "@/lib/import/reimbursement-import";
import { REIMBURSEMENT_TABLE } from "@/lib/reimbursements/mutations";

type ImportKindSpec = {
  columns: ImportColumnSpec[];
  /** The table's versioned write, shared with the form's mutation. */
  table: VersionedTable<Columns>;
  plan: (reader: Prisma.TransactionClient, rows: readonly CsvRow[]) => Promise<PlannedRow[]>;
  create: (tx: Prisma.TransactionClient, data: Record<string, unknown>) => Promise<{ id: number } & Record<string, unknown>>;
};

export const IMPORT_KINDS = {
  designations: {
    columns: DESIGNATION_IMPORT_COLUMNS,
    table: DESIGNATION_TABLE,
    plan: planDesignationImport,
    create: (tx, data) => tx.designation.create({ data: data as Prisma.DesignationUncheckedCreateInput }),
  },
  reimbursement: {
    columns: REIMBURSEMENT_IMPORT_COLUMNS,
    table: REIMBURSEMENT_TABLE,
    plan: planReimbursementImport,
    create: (tx, data) => tx.reimbursementListing.create({ data: data as Prisma.ReimbursementListingUncheckedCreateInput }),
  },
} as const satisfies Record<string, ImportKindSpec>;

export type ImportKindName = keyof typeof IMPORT_KINDS;
export const IMPORT_KIND_NAMES = Object.keys(IMPORT_KINDS) as ImportKindName[];

export type ImportPreview = { kind: ImportKindName; encoding: UploadEncoding; columns: string[]; plan: ImportPlan };
export type ImportActor = { id?: number; label: string };

function readFile(kind: ImportKindName, bytes: Uint8Array) {
  const { text, encoding } = decodeUpload(bytes);
  const { columns, rows } = readCsvRows(text, IMPORT_KINDS[kind].columns);
  return { encoding, columns, rows };
}

export async function previewImport(prisma: PrismaClient, kind: ImportKindName, bytes: Uint8Array): Promise<ImportPreview> {
  const { encoding, columns, rows } = readFile(kind, bytes);
  const planned = await IMPORT_KINDS[kind].plan(prisma, rows);
  return { kind, encoding, columns, plan: summarizePlan(planned) };
}

const NOT_AUDITED = new Set(["createdAt", "updatedAt", "version"]);

function auditChanges(entityType: string, id: number, write: RowWrite, created?: Record<string, unknown>): AuditChange[] {
  if (write.kind === "create") {
    const fields = Object.keys(created ?? {}).filter((field) => !NOT_AUDITED.has(field));
    return [{ entityType, entityId: id, action: "CREATE", after: snapshotForAudit(created ?? {}, fields) }];
  }
  return diffForAudit(write.before, write.data, Object.keys(write.data)).map((change) => ({
    entityType,
    entityId: id,
    action: change.field === "state" ? "TRANSITION" : "UPDATE",
    field: change.field,
    before: change.before,
    after: change.after,
  }));
}

/** The candidate of each programme the writes touch, read once for the whole file. */
async function candidatesOfProgrammes(tx: Prisma.TransactionClient, planned: readonly PlannedRow[]): Promise<Map<number, number>> {
  const programIds = new Set<number>();
  for (const { write } of planned) {
    if (write) programIds.add((write.kind === "create" ? write.data.programId : write.before.programId) as number);
  }
  const programs = await tx.program.findMany({ where: { id: { in: [...programIds] } }, select: { id: true, candidateId: true } });
  return new Map(programs.map((program) => [program.id, program.candidateId]));
}

/** Serialization failures and duplicate keys from concurrent writers mean "changed since the preview". */
function conflictFrom(error: unknown): unknown {
  if (error instanceof Prisma.PrismaClientKnownRequestError && (error.code === "P2034" || error.code === "P2002")) {
    return appError("CONFLICT", "importConflictDuringApply");
  }
  return error;
}

export async function applyImport(
  prisma: PrismaClient,
  kind: ImportKindName,
  bytes: Uint8Array,
  { reason, actor, previewToken }: { reason: string; actor: ImportActor; previewToken: string },
): Promise<{ kind: ImportKindName; counts: ImportPlan["counts"] }> {
  if (!reason.trim()) throw appError("BAD_REQUEST", "importReasonRequired");
  const spec: ImportKindSpec = IMPORT_KINDS[kind];
  const { rows } = readFile(kind, bytes);
  try {
    return await prisma.$transaction(
      async (tx) => {
        const planned = await spec.plan(tx, rows);
        const plan = summarizePlan(planned);
        if (plan.token !== previewToken) {
          throw appError("CONFLICT", "importChangedSincePreview", undefined, { plan });
        }
        if (plan.counts.error > 0) {
          throw appError("UNPROCESSABLE", "importRowErrors", { count: String(plan.counts.error) }, { plan });
        }
        const candidateOf = await candidatesOfProgrammes(tx, planned);
        for (const row of planned) {
          if (!row.write) continue;
          let id: number;
          let created: Record<string, unknown> | undefined;
          if (row.write.kind === "create") {
            created = await spec.create(tx, row.write.data);
            id = created.id as number;
          } else {
            id = row.write.id;
            if ((await spec.table.updateAtVersion(tx, id, row.write.version, row.write.data)) === 0) {
              throw appError("CONFLICT", "importRowChanged", { row: String(row.row), key: row.key });
            }
          }
          const programId = (row.write.kind === "create" ? row.write.data.programId : row.write.before.programId) as number;
          await commitChange(tx, {
            actor,
            channel: "import",
            reason,
            candidateId: candidateOf.get(programId) ?? null,
            subject: { entityType: spec.table.entityType, entityId: id, version: row.write.kind === "create" ? 1 : row.write.version + 1 },
            summary: `Import row ${row.row} (${row.key}): ${row.outcome === "create" ? "created" : `${row.changes.length} field(s) changed`}.`,
            changes: auditChanges(spec.table.entityType, id, row.write, created),
          });
        }
        return { kind, counts: plan.counts };
      },
      { isolationLevel: Prisma.TransactionIsolationLevel.Serializable, timeout: 120_000, maxWait: 10_000 },
    ).then(afterCommit);
  } catch (error) {
    throw conflictFrom(error);
  }
}
