// Every mutating endpoint refuses anonymous callers (401) and viewers (403) on the server. The endpoints are
// found by scanning the source, not listed by hand, so a new route handler or server action cannot be
// forgotten: app/**/route.ts modules exporting POST/PUT/PATCH/DELETE, and every "use server" module's exports.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { cookieJar, nextCacheMock, nextHeadersMock } from "./support/next-request.ts";
import { openAppDatabase, type AppDatabase } from "./support/app-database.ts";
import { createApiToken, createSessionToken, createUser } from "./support/users.ts";

vi.mock("next/headers", () => nextHeadersMock);
vi.mock("next/cache", () => nextCacheMock);

const root = path.resolve(import.meta.dirname, "..");
const MUTATING_METHODS = ["POST", "PUT", "PATCH", "DELETE"] as const;

/** Server actions anyone may call, and why. Every other exported action must refuse. */
const PUBLIC_ACTIONS: Record<string, string> = {
  "lib/auth/actions.ts#signIn": "signing in is how an anonymous visitor becomes a user",
  "lib/auth/actions.ts#signOut": "ends the caller's own session, if any",
  "lib/i18n/actions.ts#changeLocale": "sets the caller's own interface language (a cookie, and their own profile when signed in)",
};

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : sourceFiles(relative);
    return /\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [relative] : [];
  });
}

const sources = ["app", "lib", "components"].flatMap(sourceFiles);
const routeFiles = sources.filter((file) => /(^|\/)route\.ts$/.test(file));
/** A module is a server-action module when its first statement is the "use server" directive. */
const isUseServerModule = (file: string) => /^(\s*\/\/[^\n]*\n|\s*\/\*[\s\S]*?\*\/)*\s*["']use server["']/.test(readFileSync(path.join(root, file), "utf8"));
const actionFiles = sources.filter(isUseServerModule);

/** Routes any signed-in user may call for their own things (a viewer is let through: 400 for the forged body, or 404). */
const SELF_SERVICE_ROUTES: Record<string, string> = {
  "app/api/watches/route.ts": "watching is each user's own list",
  "app/api/feeds/route.ts": "a user's own Atom feeds",
  "app/api/feeds/[id]/route.ts": "revoking one of the user's own feeds",
};

/** Server actions of the same kind (modules whose every export is self-service, except those named admin). */
const SELF_SERVICE_ACTIONS = ["lib/watch/actions.ts#watchAction", "lib/watch/actions.ts#unwatchAction", "lib/watch/actions.ts#markAllReadAction", "lib/watch/actions.ts#createFeedAction", "lib/watch/actions.ts#revokeFeedAction", "lib/watch/actions.ts#setDigestEmailAction"];

/** Routes that answer 404 to every caller and method: there is nothing behind them to write. */
const NOT_FOUND_ROUTES: Record<string, string> = {
  "app/api/[...path]/route.ts": "the JSON 404 for /api paths that no route handles",
};

/** "app/api/designations/[id]/state/route.ts" → { id: "1" } */
function paramsFor(file: string): Record<string, string> {
  return Object.fromEntries([...file.matchAll(/\[([^\]]+)\]/g)].map((match) => [match[1]!, "1"]));
}

let app: AppDatabase;
let viewerToken: string;
let viewerSession: string;
let analystSession: string;

beforeAll(async () => {
  app = await openAppDatabase("authz");
  const viewer = await createUser(app.prisma, "VIEWER");
  viewerToken = await createApiToken(app.prisma, viewer.id);
  viewerSession = await createSessionToken(app.prisma, viewer.id);
  analystSession = await createSessionToken(app.prisma, (await createUser(app.prisma, "ANALYST")).id);
});
afterAll(async () => app?.drop());

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

async function mutatingHandlers(): Promise<{ name: string; file: string; handler: Handler }[]> {
  const found = [];
  for (const file of routeFiles) {
    const loaded = (await import(/* @vite-ignore */ path.join(root, file))) as Record<string, unknown>;
    for (const method of MUTATING_METHODS) {
      if (typeof loaded[method] === "function") found.push({ name: `${method} ${file}`, file, handler: loaded[method] as Handler });
    }
  }
  return found;
}

async function serverActions(): Promise<{ name: string; action: (state: unknown, form: FormData) => Promise<unknown> }[]> {
  const found = [];
  for (const file of actionFiles) {
    const loaded = (await import(/* @vite-ignore */ path.join(root, file))) as Record<string, unknown>;
    for (const [exported, value] of Object.entries(loaded)) {
      if (typeof value === "function") found.push({ name: `${file}#${exported}`, action: value as (state: unknown, form: FormData) => Promise<unknown> });
    }
  }
  return found;
}

describe("the scan finds the endpoints", () => {
  it("sees the known mutating routes and server-action modules", async () => {
    const names = (await mutatingHandlers()).map((handler) => handler.name);
    expect(names).toEqual(expect.arrayContaining(["POST app/api/applications/[id]/status/route.ts", "POST app/api/designations/[id]/state/route.ts", "POST app/api/candidates/route.ts"]));
    expect(actionFiles).toEqual(expect.arrayContaining(["lib/auth/actions.ts", "lib/designations/actions.ts", "lib/users/actions.ts"]));
  });

  it("finds no inline server action (a 'use server' inside a function would escape this test)", () => {
    const inline = sources.filter((file) => !actionFiles.includes(file) && /["']use server["']/.test(readFileSync(path.join(root, file), "utf8")));
    expect(inline).toEqual([]);
  });

  it("lists only public actions that exist", async () => {
    const names = (await serverActions()).map((action) => action.name);
    for (const name of Object.keys(PUBLIC_ACTIONS)) expect(names).toContain(name);
  });
});

describe("mutating route handlers", () => {
  it("refuse anonymous callers with 401, and viewers (token or cookie) with 403, writing nothing", async () => {
    const handlers = await mutatingHandlers();
    expect(handlers.length).toBeGreaterThan(10);
    const auditBefore = await app.prisma.auditEvent.count();
    const results: string[] = [];
    for (const { name, file, handler } of handlers) {
      const call = async (headers: Record<string, string>) => {
        const request = new Request(`http://localhost:3000/${file}`, {
          method: name.split(" ")[0],
          headers: { host: "localhost:3000", "content-type": "application/json", ...headers },
          body: JSON.stringify({ reason: "forged", noEvidence: true, effectiveDate: "2024-01-01", expectedVersion: 1 }),
        });
        const response = await handler(request, { params: Promise.resolve(paramsFor(file)) });
        return `${response.status} ${((await response.json()) as { code?: string }).code}`;
      };
      results.push(`${name}: ${await call({})} | ${await call({ authorization: `Bearer ${viewerToken}` })} | ${await call({ cookie: `pt_session=${viewerSession}` })}`);
    }
    const selfService = (result: string) => result.replace(/\| (400 BAD_REQUEST|404 NOT_FOUND) /g, "| let through ").replace(/\| (400 BAD_REQUEST|404 NOT_FOUND)$/, "| let through");
    expect(results.map((result) => (Object.keys(SELF_SERVICE_ROUTES).some((file) => result.includes(` ${file}:`)) ? selfService(result) : result))).toEqual(
      handlers.map(({ name, file }) =>
        file in NOT_FOUND_ROUTES
          ? `${name}: 404 NOT_FOUND | 404 NOT_FOUND | 404 NOT_FOUND`
          : file in SELF_SERVICE_ROUTES
            ? `${name}: 401 UNAUTHORIZED | let through | let through`
            : `${name}: 401 UNAUTHORIZED | 403 FORBIDDEN | 403 FORBIDDEN`,
      ),
    );
    expect(await app.prisma.auditEvent.count()).toBe(auditBefore);
  });
});

describe("server actions", () => {
  it("refuse anonymous callers (UNAUTHORIZED) and viewers (FORBIDDEN) through the guard, writing nothing", async () => {
    const actions = (await serverActions()).filter(({ name }) => !(name in PUBLIC_ACTIONS));
    expect(actions.length).toBeGreaterThan(10);
    const auditBefore = await app.prisma.auditEvent.count();
    const results: string[] = [];
    for (const { name, action } of actions) {
      const form = new FormData();
      form.set("reason", "forged");
      form.set("noEvidence", "on");
      form.set("effectiveDate", "2024-01-01");
      cookieJar.signInWith(undefined);
      const anonymous = (await action({ status: "idle" }, form)) as { code?: string };
      cookieJar.signInWith(viewerSession);
      const viewer = (await action({ status: "idle" }, form)) as { code?: string };
      results.push(`${name}: ${anonymous.code} | ${viewer.code}`);
    }
    expect(results).toEqual(actions.map(({ name }) => (SELF_SERVICE_ACTIONS.includes(name) ? `${name}: UNAUTHORIZED | ${results.find((result) => result.startsWith(`${name}:`))?.split(" | ")[1]}` : `${name}: UNAUTHORIZED | FORBIDDEN`)));
    for (const name of SELF_SERVICE_ACTIONS) expect(results.find((result) => result.startsWith(`${name}:`))).not.toMatch(/FORBIDDEN$/);
    expect(await app.prisma.auditEvent.count()).toBe(auditBefore);
  });
});

describe("administration actions", () => {
  it("refuse analysts too (FORBIDDEN): only administrators manage users and tokens", async () => {
    const actions = (await serverActions()).filter(({ name }) => name.startsWith("lib/users/"));
    expect(actions.length).toBeGreaterThanOrEqual(6);
    cookieJar.signInWith(analystSession);
    for (const { name, action } of actions) {
      const state = (await action({ status: "idle" }, new FormData())) as { code?: string };
      expect(`${name}: ${state.code}`).toBe(`${name}: FORBIDDEN`);
    }
  });
});
