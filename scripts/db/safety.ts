// `npm run db:backup -- <file>`, `npm run db:restore -- <file>`, `npm run db:move -- <DATABASE_URL>`.
// With DATABASE_URL set they work on that PostgreSQL (pg_dump / pg_restore custom format); without it on the
// embedded database in .data/pglite (PGlite's own dump), which must not be open in `npm start` meanwhile.
import path from "node:path";
import { redactDatabaseUrl } from "../../lib/env.ts";
import { backupEmbedded, backupPostgres, moveDatabase, restoreEmbedded, restorePostgres } from "./data-safety.ts";
import { openEmbeddedPostgres } from "./embedded-postgres.ts";

const root = path.resolve(import.meta.dirname, "..", "..");
const embeddedDir = path.join(root, ".data", "pglite");

async function main([command, argument]: string[]): Promise<number> {
  const databaseUrl = process.env.DATABASE_URL;
  if (!argument) {
    console.error(command === "move" ? "Usage: npm run db:move -- <DATABASE_URL of an empty PostgreSQL database>" : `Usage: npm run db:${command} -- <file>`);
    return 1;
  }
  const where = databaseUrl ? redactDatabaseUrl(databaseUrl) : `the embedded database in ${path.relative(process.cwd(), embeddedDir)}/`;
  switch (command) {
    case "backup":
      await (databaseUrl ? backupPostgres(databaseUrl, argument) : backupEmbedded(embeddedDir, argument));
      console.log(`Backed up ${where} to ${argument}.`);
      return 0;
    case "restore":
      await (databaseUrl ? restorePostgres(databaseUrl, argument) : restoreEmbedded(embeddedDir, argument));
      console.log(`Restored ${argument} into ${where}.`);
      return 0;
    case "move": {
      if (databaseUrl) {
        console.error("db:move copies the embedded database; unset DATABASE_URL and give the target as the argument.");
        return 1;
      }
      const embedded = await openEmbeddedPostgres({ dataDir: embeddedDir });
      try {
        const checks = await moveDatabase(embedded.databaseUrl, argument, (check) => console.log(`  ${check.table}: ${check.rows} rows, checksum ${check.checksum.slice(0, 12)} ✓`));
        const rows = checks.reduce((sum, check) => sum + check.rows, 0);
        console.log(`Moved ${rows} rows in ${checks.length} tables to ${redactDatabaseUrl(argument)}; every count and checksum matches.`);
        console.log(`Start on it with DATABASE_URL=${redactDatabaseUrl(argument)} npm start`);
      } finally {
        await embedded.close();
      }
      return 0;
    }
    default:
      console.error("Usage: tsx scripts/db/safety.ts backup <file> | restore <file> | move <DATABASE_URL>");
      return 1;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
