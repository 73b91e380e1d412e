// Least privilege in PostgreSQL. Two roles: the owner (owns the schema, runs the migrations, never logs in)
// and the app (logs in, owns nothing). The app may read and write the catalogue but only INSERT into
// AuditEvent: it cannot UPDATE, DELETE or TRUNCATE it, alter a table, disable a trigger or set
// session_replication_role (superuser-only), so a compromised app cannot rewrite the audit trail.
// setupRoles is idempotent and runs on every `npm start` against PostgreSQL (as the DATABASE_URL user, who
// must be able to create roles), after the migrations.
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";

export const OWNER_ROLE = process.env.DATABASE_OWNER_ROLE ?? "pathway_owner";
export const APP_ROLE = process.env.DATABASE_APP_ROLE ?? "pathway_app";

/** The admin URL, connecting as the owner role: migrations create objects the owner then owns. */
export function ownerUrl(adminUrl: string): string {
  const url = new URL(adminUrl);
  url.searchParams.set("options", `-c role=${OWNER_ROLE}`);
  return url.toString();
}

/** The URL the app connects with: the same server and database, as the app role. */
export function appUrl(adminUrl: string, password: string): string {
  const url = new URL(adminUrl);
  url.username = APP_ROLE;
  url.password = password;
  url.searchParams.delete("options");
  return url.toString();
}

/**
 * The app role's password: APP_DATABASE_PASSWORD, else one generated on first start and kept (mode 0600)
 * in `.data/`, so every process on this machine, and every restart, uses the same one.
 */
export function appPassword(dataDir: string): string {
  if (process.env.APP_DATABASE_PASSWORD) return process.env.APP_DATABASE_PASSWORD;
  const file = path.join(dataDir, "app-role-password");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir, { recursive: true });
  const password = randomBytes(24).toString("base64url");
  writeFileSync(file, `${password}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return password;
}

/** Whether the DATABASE_URL user may create and grant roles (a superuser, or a role with CREATEROLE). */
export async function canManageRoles(adminUrl: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ able: boolean }>("SELECT rolsuper OR rolcreaterole AS able FROM pg_roles WHERE rolname = current_user");
    return rows[0]?.able === true;
  } finally {
    await client.end();
  }
}

const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

async function ensureRole(client: pg.Client, role: string, attributes: string): Promise<void> {
  const { rowCount } = await client.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [role]);
  if (rowCount) return;
  try {
    await client.query(`CREATE ROLE ${quoteIdent(role)} ${attributes}`);
  } catch (error) {
    // Another process (a second app server starting) created it first.
    if ((error as { code?: string }).code !== "42710") throw error;
  }
}

/** Creates the roles (once), then gives the owner every object of the schema and the app its privileges. */
export async function setupRoles(adminUrl: string, password: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const owner = quoteIdent(OWNER_ROLE);
    const app = quoteIdent(APP_ROLE);
    await ensureRole(client, OWNER_ROLE, "NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS");
    await ensureRole(client, APP_ROLE, "LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS NOINHERIT");
    await client.query(`ALTER ROLE ${app} WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS NOINHERIT PASSWORD ${pg.escapeLiteral(password)}`);
    // The admin may act as the owner (for migrations) without being it.
    await client.query(`GRANT ${owner} TO CURRENT_USER`).catch(() => {});
    await client.query("BEGIN");
    // One database per install, but other helpers' databases share the server: serialize role setup here.
    await client.query("SELECT pg_advisory_xact_lock(hashtext('pathway-tracker roles'))");
    const database = quoteIdent((await client.query<{ name: string }>("SELECT current_database() AS name")).rows[0]!.name);
    await client.query(`ALTER SCHEMA public OWNER TO ${owner}`);
    const { rows: objects } = await client.query<{ kind: string; name: string }>(
      `SELECT CASE c.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' ELSE 'TABLE' END AS kind, c.relname AS name
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'S') AND pg_get_userbyid(c.relowner) <> $1
         AND NOT (c.relkind = 'S' AND EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('a', 'i')))`,
      [OWNER_ROLE],
    );
    for (const { kind, name } of objects) await client.query(`ALTER ${kind} public.${quoteIdent(name)} OWNER TO ${owner}`);
    const { rows: functions } = await client.query<{ signature: string }>(
      `SELECT p.oid::regprocedure::text AS signature FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
       WHERE n.nspname = 'public' AND pg_get_userbyid(p.proowner) <> $1 AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')`,
      [OWNER_ROLE],
    );
    for (const { signature } of functions) await client.query(`ALTER FUNCTION ${signature} OWNER TO ${owner}`);
    const { rows: types } = await client.query<{ name: string }>(
      `SELECT t.typname AS name FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
       WHERE n.nspname = 'public' AND t.typtype = 'e' AND pg_get_userbyid(t.typowner) <> $1`,
      [OWNER_ROLE],
    );
    for (const { name } of types) await client.query(`ALTER TYPE public.${quoteIdent(name)} OWNER TO ${owner}`);

    await client.query(`GRANT CONNECT ON DATABASE ${database} TO ${app}`);
    // pg_trgm and its kind are trusted extensions: a later migration creating one needs CREATE here.
    await client.query(`GRANT CREATE ON DATABASE ${database} TO ${owner}`);
    await client.query(`REVOKE CREATE ON SCHEMA public FROM PUBLIC`);
    await client.query(`GRANT USAGE ON SCHEMA public TO ${app}`);
    await client.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${app}`);
    await client.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${app}`);
    // Before the first migration neither table exists yet; the run after the migrations restricts them.
    for (const [table, privileges] of [["_prisma_migrations", "INSERT, UPDATE, DELETE"], ["AuditEvent", "UPDATE, DELETE"]] as const) {
      const { rows } = await client.query<{ found: string | null }>("SELECT to_regclass($1)::text AS found", [`public."${table}"`]);
      if (rows[0]?.found) await client.query(`REVOKE ${privileges} ON public.${quoteIdent(table)} FROM ${app}`);
    }
    await client.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${app}`);
    // The watch job queue (pg-boss) lives in its own schema, made by the watch migration: the app enqueues
    // inside its write transactions and the in-process worker fetches and completes jobs there.
    const { rows: queueSchema } = await client.query<{ found: string | null }>("SELECT to_regnamespace('pgboss')::text AS found");
    if (queueSchema[0]?.found) {
      await client.query(`GRANT USAGE ON SCHEMA pgboss TO ${app}`);
      await client.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA pgboss TO ${app}`);
      await client.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA pgboss TO ${app}`);
      await client.query(`GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA pgboss TO ${app}`);
    }
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}
