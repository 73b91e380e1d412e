// The stored name order of the Chinese interface (Candidate.pinyinSortKey): a user who sorts by name in
// zh-CN reads the names in pinyin order, as lib/i18n/names.ts compareNames does in memory
// (Intl.Collator "zh-CN-u-co-pinyin": Chinese names first, in pinyin, then names with no Chinese form).
// SQL cannot transliterate, so the key is computed with pinyin-pro at write time (refreshCandidateDerived)
// and, for rows written before the column existed, by backfillPinyinSortKeys after the migration.
// The key holds only [0-9a-z], so byte order and any PostgreSQL collation agree on it.
// No `server-only` import: the seed and the migrate script (run by tsx, outside Next) use it too.
import { pinyin } from "pinyin-pro";
import type { PrismaClient } from "@/generated/prisma/client";

const KEEP = /[^0-9a-z]/g;

/**
 * "0" + the pinyin of the Chinese name (司美格鲁肽 → "0simeigelutai"; Latin parts kept: "GLP-1" → "glp1"), or
 * "1" + the English name's letters and digits when there is no Chinese name (so those come after, as in the collator).
 */
export function pinyinSortKey({ nameEn, nameZh }: { nameEn: string; nameZh?: string | null }): string {
  const chinese = nameZh?.trim();
  if (!chinese) return `1${nameEn.toLowerCase().replace(KEEP, "")}`;
  const syllables = pinyin(chinese, { toneType: "none", type: "array", nonZh: "consecutive", v: true });
  return `0${syllables.join("").toLowerCase().replace(KEEP, "")}`;
}

/**
 * Fills the key of rows that do not have one yet (the migration adds the column empty for Chinese names).
 * Idempotent and cheap once done: it reads only rows whose key is "". Answers how many it filled.
 */
export async function backfillPinyinSortKeys(db: Pick<PrismaClient, "$queryRaw" | "$executeRaw">): Promise<number> {
  const rows = await db.$queryRaw<{ id: number; nameEn: string; nameZh: string | null }[]>`
    SELECT id, "nameEn", "nameZh" FROM "Candidate" WHERE "pinyinSortKey" = '' ORDER BY id`;
  if (rows.length === 0) return 0;
  // One statement, raw: a derived key is not an edit, so updatedAt (the "updated" sort) stays as it is.
  const ids = rows.map((row) => row.id);
  const keys = rows.map(pinyinSortKey);
  await db.$executeRaw`
    UPDATE "Candidate" c SET "pinyinSortKey" = k.key
    FROM unnest(CAST(${ids} AS integer[]), CAST(${keys} AS text[])) AS k(id, key)
    WHERE c.id = k.id`;
  return rows.length;
}
