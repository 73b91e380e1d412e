// `npm run db:migrate | db:migrate:create -- <name> | db:status`, plus `diff`: Prisma Migrate on
// DATABASE_URL through the wasm schema engine (scripts/db/engine.ts). Exit codes: 0 ok, 1 failure;
// `status` also exits 1 when migrations are pending, failed, edited or missing locally.
import path from "node:path";
import { redactDatabaseUrl } from "../../lib/env.ts";
import {
  createMigration,
  diffMigrationsToSchema,
  migrateDeploy,
  migrateStatus,
  SchemaEngineError,
} from "./engine.ts";
import { assertDatabaseReachable, DatabaseUnreachableError } from "./reachable.ts";
import { backfillDerivedColumns } from "./backfill.ts";

const USAGE = "Usage: tsx scripts/db/migrate.ts deploy | status | create <name> [--empty] | diff";

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const allowEmpty = rest.includes("--empty"); // create: a migration for hand-written SQL
  const args = rest.filter((arg) => arg !== "--empty");
  if (!command || !["deploy", "status", "create", "diff"].includes(command)) {
    console.error(USAGE);
    return 1;
  }
  if (command === "create" && !args[0]) {
    console.error("Give the migration a name: npm run db:migrate:create -- <name>");
    return 1;
  }

  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    console.error(
      "DATABASE_URL is not set. Point it at the PostgreSQL database to migrate, e.g.\n" +
        "  DATABASE_URL=postgresql://postgres@127.0.0.1:5432/pathway npm run db:migrate\n" +
        "(`npm start` without DATABASE_URL migrates its embedded database by itself.)",
    );
    return 1;
  }
  console.log(`Database: ${redactDatabaseUrl(databaseUrl)}`);
  // The engine's own connection errors are multi-line; this gives one line naming the database.
  await assertDatabaseReachable(databaseUrl);

  switch (command) {
    case "deploy": {
      const { applied } = await migrateDeploy({ databaseUrl });
      console.log(
        applied.length
          ? `Applied ${applied.length} migration(s):\n${applied.map((name) => `  ${name}`).join("\n")}`
          : "No pending migrations to apply.",
      );
      const { pinyinSortKeys } = await backfillDerivedColumns(databaseUrl);
      if (pinyinSortKeys) console.log(`Filled the pinyin name order of ${pinyinSortKeys} candidate(s).`);
      return 0;
    }
    case "status": {
      const status = await migrateStatus({ databaseUrl });
      const sections: [string, string[]][] = [
        ["Applied", status.applied],
        ["Pending (run `npm run db:migrate`)", status.pending],
        ["Failed (resolve before deploying again: https://pris.ly/d/migrate-resolve)", status.failed],
        ["Edited after being applied", status.edited],
        ["Applied in the database but missing from prisma/migrations", status.missingLocally],
      ];
      for (const [title, names] of sections) {
        if (names.length) console.log(`${title}:\n${names.map((name) => `  ${name}`).join("\n")}`);
      }
      const problems =
        status.pending.length + status.failed.length + status.edited.length + status.missingLocally.length;
      console.log(
        problems ? "The database is not up to date with prisma/migrations." : "Database schema is up to date.",
      );
      return problems ? 1 : 0;
    }
    case "create": {
      const { created, path: file, applied } = await createMigration(args[0]!, { databaseUrl, allowEmpty });
      if (applied.length) console.log(`Applied the pending migration(s) first: ${applied.join(", ")}`);
      console.log(
        created && file
          ? `Created ${path.relative(process.cwd(), file)}\nReview it, then apply it with \`npm run db:migrate\`.`
          : "No changes: prisma/schema.prisma already matches prisma/migrations (--empty creates one anyway).",
      );
      return 0;
    }
    case "diff": {
      console.log(await diffMigrationsToSchema({ databaseUrl }));
      return 0;
    }
  }
  return 1;
}

main(process.argv.slice(2)).then(
  (code) => {
    // No process.exit(): engine.ts closes every pool and unrefs the engine's timer, so node exits
    // by itself once the output is flushed.
    process.exitCode = code;
  },
  (error: unknown) => {
    // Known failures carry a message meant for a person; a stack trace would only bury it.
    if (error instanceof DatabaseUnreachableError || error instanceof SchemaEngineError) {
      console.error(error.message.trimEnd());
    } else {
      console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    }
    process.exitCode = 1;
  },
);
