// Sorting by name in the Chinese interface reads in pinyin (issue #12), on PostgreSQL: three Chinese names
// whose code-point order (司 U+53F8 < 替 U+66FF < 贝 U+8D1D) and English order differ from their pinyin
// order (bei < si < ti), plus one name with no Chinese form, which comes after them as in the collator.
// The rows are written before the migration that adds Candidate.pinyinSortKey, so the test also covers the
// migration's own fill (English-only names) and the backfill (Chinese names), then a write through the
// write path (refreshCandidateDerived).
import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { refreshCandidateDerived } from "@/lib/candidates/derived";
import { backfillPinyinSortKeys, pinyinSortKey } from "@/lib/candidates/name-sort";
import { buildCandidatePageSql } from "@/lib/candidates/page-sql";
import { compareNames } from "@/lib/i18n/names";
import { migrateDeploy } from "../scripts/db/engine.ts";
import { createTestDatabase, createTestPrisma, type TestDatabase } from "./db.ts";
import { searchFrom } from "./support/search.ts";

const MIGRATION = "20261206123000_candidate_pinyin_sort_key";
const migrationsDir = path.join(process.cwd(), "prisma", "migrations");

const NAMES = [
  { slug: "alpha", nameEn: "Alpha", nameZh: "司美格鲁肽" },
  { slug: "beta", nameEn: "Beta", nameZh: "替尔泊肽" },
  { slug: "gamma", nameEn: "Gamma", nameZh: "贝那鲁肽" },
  { slug: "delta", nameEn: "Delta", nameZh: null },
];

let database: TestDatabase;
let prisma: PrismaClient;
let before: string;

beforeAll(async () => {
  database = await createTestDatabase({ prefix: "pinyin_sort", migrate: false });
  // The migrations before the one under test, then rows as a database of that time holds them.
  before = mkdtempSync(path.join(tmpdir(), "pt-migrations-"));
  cpSync(migrationsDir, before, { recursive: true });
  for (const name of readdirSync(before).filter((entry) => /^\d{14}_/.test(entry) && entry >= MIGRATION)) rmSync(path.join(before, name), { recursive: true });
  await migrateDeploy({ databaseUrl: database.databaseUrl, migrationsDir: before });
  prisma = createTestPrisma(database.databaseUrl);
  for (const name of NAMES) {
    await prisma.$executeRaw`INSERT INTO "Candidate" (slug, "nameEn", "nameZh", "codeNames", "brandNamesEn", "brandNamesZh", modality, "mechanismClass", targets, "updatedAt")
      VALUES (${name.slug}, ${name.nameEn}, ${name.nameZh}, '{}', '{}', '{}', 'SYNTHETIC_PEPTIDE', 'GLP1_RA', '{}', now())`;
  }
}, 300_000);

afterAll(async () => {
  rmSync(before, { recursive: true, force: true });
  await database?.drop();
});

async function keys(): Promise<Record<string, string>> {
  const rows = await prisma.$queryRaw<{ slug: string; pinyinSortKey: string }[]>`SELECT slug, "pinyinSortKey" FROM "Candidate" ORDER BY slug`;
  return Object.fromEntries(rows.map((row) => [row.slug, row.pinyinSortKey]));
}

async function pageOrder(query: string, nameOrder: "en" | "pinyin"): Promise<string[]> {
  const rows = await prisma.$queryRaw<{ nameEn: string }[]>(buildCandidatePageSql(searchFrom(query), { nameOrder }));
  return rows.map((row) => row.nameEn);
}

describe("the pinyin name order", () => {
  it("the migration fills names with no Chinese form and the backfill the Chinese ones", async () => {
    expect(readdirSync(migrationsDir)).toContain(MIGRATION);
    await migrateDeploy({ databaseUrl: database.databaseUrl });
    expect(await keys()).toEqual({ alpha: "", beta: "", delta: "1delta", gamma: "" });

    expect(await backfillPinyinSortKeys(prisma)).toBe(3);
    expect(await keys()).toEqual({ alpha: "0simeigelutai", beta: "0tierbotai", delta: "1delta", gamma: "0beinalutai" });
    expect(await backfillPinyinSortKeys(prisma)).toBe(0);
    // The SQL fill and the TypeScript key agree on names with no Chinese form.
    expect(pinyinSortKey({ nameEn: "Delta", nameZh: null })).toBe("1delta");
  });

  it("sorting by name in zh-CN orders by pinyin, as the in-memory collator does; English keeps the English order", async () => {
    const pinyin = ["Gamma", "Alpha", "Beta", "Delta"];
    expect(await pageOrder("sort=name", "pinyin")).toEqual(pinyin);
    expect(await pageOrder("sort=-name", "pinyin")).toEqual([...pinyin].reverse());
    expect([...NAMES].sort(compareNames("zh-CN")).map((name) => name.nameEn)).toEqual(pinyin);
    // Code-point order of the Chinese names differs, so the key is what orders them.
    expect([...NAMES].filter((name) => name.nameZh).sort((a, b) => (a.nameZh! < b.nameZh! ? -1 : 1)).map((name) => name.nameEn)).toEqual(["Alpha", "Beta", "Gamma"]);
    expect(await pageOrder("sort=name", "en")).toEqual(["Alpha", "Beta", "Delta", "Gamma"]);
  });

  it("the write path keeps the key current, and an index serves it", async () => {
    const delta = await prisma.candidate.findUniqueOrThrow({ where: { slug: "delta" }, select: { id: true } });
    await prisma.candidate.update({ where: { id: delta.id }, data: { nameZh: "阿格鲁肽" } });
    await prisma.$transaction((tx) => refreshCandidateDerived(tx, delta.id));
    expect((await keys()).delta).toBe("0agelutai");
    expect(await pageOrder("sort=name", "pinyin")).toEqual(["Delta", "Gamma", "Alpha", "Beta"]);
    const [index] = await prisma.$queryRaw<{ indexdef: string }[]>`SELECT indexdef FROM pg_indexes WHERE indexname = 'Candidate_pinyinSortKey_nameEn_id_idx'`;
    expect(index?.indexdef).toContain(`("pinyinSortKey", "nameEn", id)`);
  });
});
