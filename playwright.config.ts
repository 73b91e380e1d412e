// Playwright runs against `next start` on a database prepared by scripts/test.ts (fresh, migrated,
// seeded). Run it through `npm test` or `npm run test:e2e`, which set DATABASE_URL and E2E_PORT.
import { defineConfig } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
const databaseUrl = process.env.DATABASE_URL ?? "";

if (!databaseUrl) throw new Error("DATABASE_URL is not set: run the e2e suite with `npm run test:e2e`.");
// Tests write to the database: refuse anything but a local one (dub's assert-local-database habit).
if (!/@(127\.0\.0\.1|localhost)(:\d+)?\//.test(databaseUrl)) {
  throw new Error("Refusing to run end-to-end tests against a non-local DATABASE_URL.");
}

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  // Ceilings, not waits: a 2-core CI machine building and serving at once can take several seconds a step.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [["list"], ["json", { outputFile: "test-results/e2e-results.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: "chromium",
    headless: true,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  webServer: {
    command: `node_modules/.bin/next start -p ${port}`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: { DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: "1" },
  },
});
