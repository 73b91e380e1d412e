// Two `next start` processes on one database behind nginx (round robin): the app keeps no state that matters
// in a process. A write through process A shows in process B's counts, rows and activity within a second (B's
// facet and page caches follow PostgreSQL's NOTIFY), and ten failed sign-ins spread over both lock the account.
import { hash } from "@node-rs/argon2";
import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import { nginxAvailable, startCluster, type Cluster } from "../scripts/cluster.ts";
import { DEMO_USERS } from "./fixtures/auth";

const databaseUrl = process.env.DATABASE_URL!;
let cluster: Cluster;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  // CI installs nginx (.ci/run); a developer machine without it skips, saying why.
  if (!nginxAvailable()) {
    if (process.env.CI) throw new Error("nginx is not installed (apt-get install -y nginx)");
    test.skip(true, "nginx is not installed (apt-get install -y nginx)");
  }
  test.setTimeout(180_000);
  cluster = await startCluster({ processes: 2, env: { DATABASE_URL: databaseUrl } });
});
test.afterAll(async () => cluster?.stop());

/** Polls `read` until `done` holds, failing after `withinMs`: a deadline, not a sleep. */
async function within<T>(withinMs: number, read: () => Promise<T>, done: (value: T) => boolean): Promise<{ value: T; ms: number }> {
  const started = Date.now();
  for (;;) {
    const value = await read();
    if (done(value)) return { value, ms: Date.now() - started };
    if (Date.now() - started > withinMs) throw new Error(`not seen within ${withinMs} ms: ${JSON.stringify(value).slice(0, 300)}`);
  }
}

/** Signs in on `base` (nginx by default, or one process directly); answers the upstream nginx named, if any. */
async function signInAt(page: Page, email: string, password: string, base = cluster.baseUrl): Promise<string> {
  await page.goto(`${base}/sign-in`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  const answer = page.waitForResponse((response) => response.request().method() === "POST" && response.url().startsWith(base));
  await page.getByRole("button", { name: "Sign in" }).click();
  return (await answer).headers()["x-upstream"] ?? base;
}

type CandidatesPage = { total: number; data: { nameEn: string }[]; facets: Record<string, { value: string; count: number }[]> };

test("nginx spreads requests over both processes", async ({ request }) => {
  const seen = new Set<string>();
  for (let i = 0; i < 6; i++) seen.add((await request.get(`${cluster.baseUrl}/api/health`)).headers()["x-upstream"]!);
  expect(seen.size).toBe(2);
});

test("a write through A shows in B's counts, rows and activity within a second", async ({ page }) => {
  const [a, b] = cluster.upstreams as [string, string];
  await signInAt(page, DEMO_USERS.analyst.email, DEMO_USERS.analyst.password);
  await expect(page.getByTestId("user-menu")).toContainText("Analyst");

  const glp1 = (body: CandidatesPage) => body.facets.class?.find((option) => option.value === "GLP1_RA")?.count ?? 0;
  const readB = async (query = "") => (await (await page.request.get(`${b}/api/candidates${query}`)).json()) as CandidatesPage;
  const newestFirst = () => readB("?sort=-updated");
  const before = await readB();
  await readB(); // twice: B now answers from its cached counts, which A's write must invalidate
  await newestFirst();
  // and from its cached page rows (X-Page-Rows: a production server keeps them until a write is notified)
  expect((await page.request.get(`${b}/api/candidates?sort=-updated`)).headers()["x-page-rows"]).toBe("cache");

  const name = `Two-process probe ${Date.now()}`;
  const reason = `written through process A at ${new Date().toISOString()}`;
  const created = await page.request.post(`${a}/api/candidates`, {
    data: { nameEn: name, modality: "SYNTHETIC_PEPTIDE", mechanismClass: "GLP1_RA", reason, noEvidence: true, effectiveDate: "2025-01-06" },
  });
  expect(created.status()).toBe(201);
  expect(created.headers()["x-request-id"]).toBeTruthy();

  const counts = await within(1_000, readB, (body) => body.total === before.total + 1 && glp1(body) === glp1(before) + 1);
  const rows = await within(1_000, newestFirst, (body) => body.data[0]?.nameEn === name);
  const found = await within(1_000, async () => (await (await page.request.get(`${b}/api/candidates?q=${encodeURIComponent(name)}`)).json()) as CandidatesPage, (body) => body.total === 1);
  const activity = await within(1_000, async () => (await page.request.get(`${b}/activity`)).text(), (html) => html.includes(reason));
  console.log(`B saw the new counts after ${counts.ms} ms, the row after ${rows.ms} ms, the search after ${found.ms} ms, the activity after ${activity.ms} ms`);
});

test("ten failed sign-ins spread over both processes lock the account", async ({ page }) => {
  const email = `lockout-${Date.now()}@example.com`;
  const password = "the-right-password-1";
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(`INSERT INTO "User" (email, name, "passwordHash", role, "updatedAt") VALUES ($1, 'Lockout probe', $2, 'VIEWER', now())`, [email, await hash(password)]);
  } finally {
    await client.end();
  }
  // Each attempt is a page load and a POST; nginx's round robin would send every POST to the same process, so
  // the attempts alternate between the processes directly, and the last one goes through nginx.
  const upstreams = new Set<string>();
  for (let i = 0; i < 10; i++) {
    upstreams.add(await signInAt(page, email, `wrong-password-${i}`, cluster.upstreams[i % 2]));
    await expect(page.getByTestId("sign-in-form")).toContainText("do not match");
  }
  expect(upstreams.size).toBe(2);
  await signInAt(page, email, password);
  await expect(page.getByTestId("sign-in-form")).toContainText("Too many failed attempts");
});
