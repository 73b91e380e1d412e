// Gets a database ready for the app, as `npm start` and the container's migrate step both do: roles (when the
// DATABASE_URL user may create them), migrations as the owner role, privileges, seed when empty. Returns the
// URL the app should connect with. Run directly (`tsx scripts/db/prepare.ts [--seed]`) it prepares
// DATABASE_URL and exits.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { backfillDerivedColumns } from "./backfill.ts";
import { migrateDeploy } from "./engine.ts";
import { assertDatabaseReachable } from "./reachable.ts";
import { appPassword, APP_ROLE, appUrl, canManageRoles, OWNER_ROLE, ownerUrl, setupRoles } from "./roles.ts";
import { seedIfEmpty } from "./seed-if-empty.ts";

const root = path.resolve(import.meta.dirname, "..", "..");

export async function prepareDatabase({ databaseUrl, embedded, seed }: { databaseUrl: string; embedded: boolean; seed: boolean }): Promise<string> {
  await assertDatabaseReachable(databaseUrl);
  // PGlite serves one superuser session whatever user connects, so roles there would protect nothing.
  const roles = !embedded && process.env.DATABASE_ROLES !== "off" && (await canManageRoles(databaseUrl));
  const password = roles ? appPassword(path.join(root, ".data")) : "";
  if (roles) await setupRoles(databaseUrl, password);
  const { applied } = await migrateDeploy({ databaseUrl: roles ? ownerUrl(databaseUrl) : databaseUrl });
  console.log(applied.length ? `Applied migrations: ${applied.join(", ")}` : "Database schema is up to date.");
  const { pinyinSortKeys } = await backfillDerivedColumns(databaseUrl);
  if (pinyinSortKeys) console.log(`Filled the pinyin name order of ${pinyinSortKeys} candidate(s).`);
  if (roles) {
    await setupRoles(databaseUrl, password); // privileges on what the migrations added
    console.log(`Migrations ran as ${OWNER_ROLE}; the app connects as ${APP_ROLE} (cannot alter tables, nor change or delete audit rows).`);
  } else if (!embedded) {
    console.log("The DATABASE_URL user cannot create roles: the app connects as that user (README, Deploying).");
  }
  if (await seedIfEmpty({ databaseUrl, force: seed })) console.log("Seeded the database with the reference candidates.");
  return roles ? appUrl(databaseUrl, password) : databaseUrl;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    console.error("Set DATABASE_URL to the database to prepare (a user that may create roles, e.g. the postgres superuser).");
    process.exit(1);
  }
  prepareDatabase({ databaseUrl, embedded: false, seed: process.argv.includes("--seed") }).then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
