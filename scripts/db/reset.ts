// `npm run db:reset`: start over. With DATABASE_URL: drop the public schema, migrate, seed.
// Without: delete the embedded database under .data/, which the next `npm start` recreates and seeds.
import { rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { migrateDeploy } from "./engine.ts";
import { seedIfEmpty } from "./seed-if-empty.ts";
import { redactDatabaseUrl } from "../../lib/env.ts";

async function main() {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    const dataDir = path.resolve(import.meta.dirname, "..", "..", ".data", "pglite");
    rmSync(dataDir, { recursive: true, force: true });
    console.log(`Removed the embedded database ${dataDir}; \`npm start\` creates and seeds a new one.`);
    return;
  }
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;");
  } finally {
    await client.end();
  }
  await migrateDeploy({ databaseUrl });
  await seedIfEmpty({ databaseUrl, force: true });
  console.log(`Reset ${redactDatabaseUrl(databaseUrl)}: migrated and seeded.`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
