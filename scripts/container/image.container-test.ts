// The container image, built and run (issue #18): the Dockerfile's `tools` stage prepares a fresh database
// (migrations as the owner role, the app role, the seed), the `runtime` stage serves it as an unprivileged
// user, reports healthy through its HEALTHCHECK (/api/ready), serves the seeded dashboard, and stops cleanly
// on SIGTERM. Run by `npm test` as the "container" suite when a Docker daemon answers
// (vitest.container.config.ts); where no registry is reachable the base image is a stand-in built from
// Debian's mirror and this machine's Node.js (base-image.sh).
import { execFile, execFileSync } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findFreePort } from "../db/embedded-postgres.ts";
import { createTestDatabase, type TestDatabase } from "../../test/db.ts";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "..", "..");
const suffix = `${process.pid}`;
const runtimeImage = `pathway-tracker:test-${suffix}`;
const toolsImage = `pathway-tracker-tools:test-${suffix}`;
const container = `pathway-tracker-test-${suffix}`;
// Roles are cluster-wide: names of this run's own, so nothing else on the server is touched.
const roles = { DATABASE_OWNER_ROLE: `pt_owner_${suffix}`, DATABASE_APP_ROLE: `pt_app_${suffix}` };
const appPassword = `app-${suffix}-secret`;

let database: TestDatabase;
let port = 0;
const buildLog: string[] = [];

const docker = async (args: string[], timeout = 60_000) => (await run("docker", args, { cwd: root, timeout, maxBuffer: 64 * 1024 * 1024 })).stdout.trim();

/** The official base image when this machine has it or can pull it, else the stand-in. */
async function baseImage(): Promise<string> {
  const official = process.env.CONTAINER_BASE_IMAGE ?? "node:20-bookworm-slim";
  try {
    await docker(["image", "inspect", official]);
    return official;
  } catch {
    try {
      await docker(["pull", official], 120_000);
      return official;
    } catch {
      return (await run(path.join(root, "scripts/container/base-image.sh"), [], { cwd: root, timeout: 600_000 })).stdout.trim();
    }
  }
}

async function build(target: string, tag: string, base: string): Promise<void> {
  // The legacy builder: BuildKit would fetch its Dockerfile frontend from the registry.
  const { stdout, stderr } = await run(
    "docker",
    ["build", "--network", "host", "--build-arg", `NODE_IMAGE=${base}`, "--target", target, "-t", tag, "."],
    { cwd: root, timeout: 900_000, maxBuffer: 256 * 1024 * 1024, env: { ...process.env, DOCKER_BUILDKIT: "0" } },
  );
  buildLog.push(stdout.slice(-2000), stderr.slice(-2000));
}

/** The container's HEALTHCHECK verdict so far (Docker runs the probe; the test polls this). */
async function healthStatus(): Promise<string> {
  return docker(["inspect", "--format", "{{.State.Health.Status}}", container]);
}

beforeAll(async () => {
  const base = await baseImage();
  await build("runtime", runtimeImage, base);
  await build("tools", toolsImage, base);
  database = await createTestDatabase({ prefix: "container" });
  port = await findFreePort();
}, 1_800_000);

afterAll(async () => {
  await docker(["rm", "--force", container]).catch(() => undefined);
  await docker(["image", "rm", "--force", runtimeImage, toolsImage]).catch(() => undefined);
  await database?.drop();
  for (const role of Object.values(roles)) {
    execFileSync("psql", ["-h", "127.0.0.1", "-U", "postgres", "-d", "postgres", "-qc", `DROP ROLE IF EXISTS "${role}"`], { stdio: "ignore" });
  }
}, 120_000);

describe("the container image", () => {
  it("prepares an empty database with the tools stage: migrations, the app role, the seed", async () => {
    const output = await docker(
      ["run", "--rm", "--network", "host", "-e", `DATABASE_URL=${database.databaseUrl}`, "-e", `APP_DATABASE_PASSWORD=${appPassword}`,
        "-e", `DATABASE_OWNER_ROLE=${roles.DATABASE_OWNER_ROLE}`, "-e", `DATABASE_APP_ROLE=${roles.DATABASE_APP_ROLE}`, toolsImage],
      300_000,
    );
    expect(output).toMatch(/Seeded the database/);
  }, 300_000);

  it("serves the seeded dashboard as an unprivileged user and reports healthy through /api/ready", async () => {
    const appUrl = new URL(database.databaseUrl);
    appUrl.username = roles.DATABASE_APP_ROLE;
    appUrl.password = appPassword;
    await docker(["run", "--detach", "--name", container, "--network", "host", "-e", `PORT=${port}`, "-e", `DATABASE_URL=${appUrl}`, runtimeImage]);
    await expect.poll(healthStatus, { timeout: 90_000, interval: 1_000 }).toBe("healthy");
    expect(await docker(["exec", container, "id", "-u"])).not.toBe("0");

    const ready = await fetch(`http://127.0.0.1:${port}/api/ready`);
    expect(ready.status).toBe(200);
    const dashboard = await fetch(`http://127.0.0.1:${port}/?q=tirzepatide`, { headers: { "accept-language": "zh-CN" } });
    expect(dashboard.status).toBe(200);
    const html = await dashboard.text();
    expect(html).toContain('lang="zh-CN"');
    expect(html).toContain("替尔泊肽");
    const api = (await (await fetch(`http://127.0.0.1:${port}/api/candidates?q=tirzepatide`)).json()) as { total: number };
    expect(api.total).toBeGreaterThan(0);
  }, 180_000);

  // Next's own handler exits with 143 once the requests in flight have ended; 137 would mean Docker had to
  // SIGKILL it after the grace period.
  it("stops on SIGTERM through the graceful handler, before Docker's grace period ends", async () => {
    await docker(["stop", "--time", "30", container], 60_000);
    expect(await docker(["inspect", "--format", "{{.State.ExitCode}} {{.State.OOMKilled}}", container])).toBe("143 false");
  }, 90_000);
});
