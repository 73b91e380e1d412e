// `npm run bench`: builds its own database with a synthetic dataset, serves it with `next start`,
// runs every section (or those named: `npm run bench -- dashboard`), prints one table per section as it
// finishes and all of them at the end.
// Sections live beside this file, one per feature; each measures against the raw-SQL baseline it names.
// BENCH_DATABASE_URL=<url of an empty database> keeps the dataset there between runs: the first run
// generates it, later runs reuse it (handy when tuning one section; the default is a fresh database).
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../../generated/prisma/client.ts";
import { createTestDatabase } from "../../test/db.ts";
import { migrateDeploy } from "../db/engine.ts";
import { printTable, startNextServer, type BenchRow, type BenchSection } from "./harness.ts";
import { capturesBench } from "./captures.ts";
import { dashboardBench } from "./dashboard.ts";
import { generateDataset } from "./dataset.ts";
import { exportBench } from "./export.ts";
import { insightsBench, predictBench } from "./insights.ts";
import { timelineBench } from "./timeline.ts";
import { watchSection } from "./watch.ts";
import { workflowSection } from "./workflow.ts";

const sections: BenchSection[] = [dashboardBench, timelineBench, workflowSection, exportBench, capturesBench, watchSection, insightsBench, predictBench];

/** A fresh database (dropped afterwards), or the kept one named by BENCH_DATABASE_URL. */
async function openDatabase(): Promise<{ databaseUrl: string; reuse: boolean; drop: () => Promise<void> }> {
  const kept = process.env.BENCH_DATABASE_URL;
  if (!kept) {
    const database = await createTestDatabase({ prefix: "bench" });
    return { databaseUrl: database.databaseUrl, reuse: false, drop: () => database.drop() };
  }
  await migrateDeploy({ databaseUrl: kept });
  const client = new pg.Client({ connectionString: kept });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Candidate"`);
    return { databaseUrl: kept, reuse: (rows[0]?.n ?? 0) > 0, drop: async () => {} };
  } finally {
    await client.end();
  }
}

async function main() {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((name) => !sections.some((section) => section.name === name));
  if (unknown.length) throw new Error(`Unknown bench section ${unknown.join(", ")}; sections: ${sections.map((s) => s.name).join(", ")}`);
  const selected = wanted.length ? sections.filter((section) => wanted.includes(section.name)) : sections;
  const database = await openDatabase();
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.databaseUrl }) });
  const pool = new pg.Pool({ connectionString: database.databaseUrl, max: 4 });
  let server: Awaited<ReturnType<typeof startNextServer>> | undefined;
  try {
    if (database.reuse) console.log("Dataset: reusing the one in BENCH_DATABASE_URL");
    else console.log(`Dataset: ${JSON.stringify(await generateDataset({ databaseUrl: database.databaseUrl, pool }))}`);
    server = await startNextServer(database.databaseUrl);
    const rows: BenchRow[] = [];
    for (const section of selected) {
      console.log(`Running ${section.name}…`);
      const sectionRows = await section.run({ databaseUrl: database.databaseUrl, prisma, pool, baseUrl: server.baseUrl, serverPid: server.pid });
      printTable(sectionRows);
      rows.push(...sectionRows);
    }
    if (selected.length > 1) {
      console.log("\nAll sections:");
      printTable(rows);
    }
  } finally {
    await server?.stop();
    await pool.end();
    await prisma.$disconnect();
    await database.drop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
