// Smoke test of the container image's server without Docker (the container suite, scripts/container/, runs the
// image itself where a daemon answers): the same standalone build the Dockerfile copies, laid out as the
// runtime stage lays it out (static files and migrations beside server.js), started the same way
// (`node server.js`, as an unprivileged user when the tests run as root), probed as its healthcheck probes.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, rmSync, statSync, symlinkSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { findFreePort } from "../scripts/db/embedded-postgres.ts";

const root = path.resolve(import.meta.dirname, "..");
const standalone = path.join(root, ".next", "standalone");
let server: ChildProcess | undefined;
let baseUrl = "";
const output: string[] = [];

test.beforeAll(async () => {
  test.skip(!existsSync(path.join(standalone, "server.js")), "no standalone build (build with NEXT_OUTPUT=standalone, as npm test does)");
  test.setTimeout(90_000);
  // The Dockerfile's COPY lines: .next/static and prisma/migrations beside server.js.
  mkdirSync(path.join(standalone, ".next"), { recursive: true });
  mkdirSync(path.join(standalone, "prisma"), { recursive: true });
  const links: [string, string][] = [
    [path.join(standalone, ".next", "static"), path.join(root, ".next", "static")],
    [path.join(standalone, "prisma", "migrations"), path.join(root, "prisma", "migrations")],
  ];
  for (const [link, target] of links) {
    rmSync(link, { recursive: true, force: true });
    symlinkSync(target, link);
  }
  const port = await findFreePort();
  baseUrl = `http://127.0.0.1:${port}`;
  // As the image runs it, unprivileged: possible only where an unprivileged user can reach the build (a clone in
  // a mode-700 temporary folder cannot be entered by `nobody`; then it runs as the current user).
  const asNobody = process.getuid?.() === 0 && reachableByOthers(standalone) ? { uid: 65534, gid: 65534 } : {};
  server = spawn(process.execPath, ["server.js"], {
    cwd: standalone,
    env: { PATH: process.env.PATH, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", PORT: String(port), HOSTNAME: "127.0.0.1", DATABASE_URL: process.env.DATABASE_URL },
    stdio: ["ignore", "pipe", "inherit"],
    ...asNobody,
  });
  server.stdout!.on("data", (chunk: Buffer) => output.push(chunk.toString("utf8")));
  const deadline = Date.now() + 60_000;
  for (;;) {
    const ready = await fetch(`${baseUrl}/api/ready`).then((response) => response.ok, () => false);
    if (ready) break;
    if (Date.now() > deadline) throw new Error("the standalone server did not become ready within 60 s");
  }
});

/** Whether every folder from the root down to `dir` lets other users through (the x bit for others). */
function reachableByOthers(dir: string): boolean {
  const parts = path.resolve(dir).split(path.sep).filter(Boolean);
  return parts.every((_, index) => (statSync(path.sep + parts.slice(0, index + 1).join(path.sep)).mode & 0o001) !== 0);
}

test.afterAll(async () => {
  if (!server || server.exitCode !== null) return;
  const exited = new Promise((resolve) => server!.once("exit", resolve));
  server.kill("SIGTERM");
  await exited;
});

test("the standalone server is ready, serves the dashboard with its assets, and logs JSON", async ({ page }) => {
  const ready = await fetch(`${baseUrl}/api/ready`);
  expect(await ready.json()).toEqual({ ok: true });
  expect(ready.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  await page.goto(baseUrl);
  await expect(page.getByRole("table")).toBeVisible();
  const missing = await fetch(`${baseUrl}/api/no-such-thing`);
  expect(missing.status).toBe(404);
  const requestId = missing.headers.get("x-request-id");
  expect(await missing.json()).toMatchObject({ code: "NOT_FOUND", requestId });
  // One JSON request line per request, with the same id.
  await expect.poll(() => output.join("").split("\n").some((line) => line.includes(`"requestId":"${requestId}"`) && line.includes('"status":404'))).toBe(true);
});
