// `npm run bench`: builds its own database with a synthetic dataset, serves it with `next start`,
// runs every section (or those named: `npm run bench -- dashboard`), prints one table.
// Sections live beside this file, one per feature; each measures against the raw-SQL baseline it names.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../../generated/prisma/client.ts";
import { createTestDatabase } from "../../test/db.ts";
import { printTable, startNextServer, type BenchRow, type BenchSection } from "./harness.ts";
import { dashboardBench } from "./dashboard.ts";
import { generateDataset } from "./dataset.ts";
import { timelineBench } from "./timeline.ts";
import { workflowSection } from "./workflow.ts";

const sections: BenchSection[] = [dashboardBench, timelineBench, workflowSection];

async function main() {
  const wanted = process.argv.slice(2);
  const selected = wanted.length ? sections.filter((section) => wanted.includes(section.name)) : sections;
  const database = await createTestDatabase({ prefix: "bench" });
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.databaseUrl }) });
  const pool = new pg.Pool({ connectionString: database.databaseUrl, max: 4 });
  let server: Awaited<ReturnType<typeof startNextServer>> | undefined;
  try {
    const summary = await generateDataset({ databaseUrl: database.databaseUrl, pool });
    console.log(`Dataset: ${JSON.stringify(summary)}`);
    server = await startNextServer(database.databaseUrl);
    const rows: BenchRow[] = [];
    for (const section of selected) {
      console.log(`Running ${section.name}…`);
      rows.push(...(await section.run({ databaseUrl: database.databaseUrl, prisma, pool, baseUrl: server.baseUrl })));
    }
    printTable(rows);
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
