// SIGTERM on a real `next start`: the request in flight is answered in full (drain), while a running export
// is cut, so its client sees an aborted download and never a file that looks complete; then the process exits.
// The export has to be still running when the signal arrives, so the server gets its own database with the
// benchmark's 50,000 candidates: a CSV of some 20 MB, far more than the sockets buffer while the client waits.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import http from "node:http";
import net from "node:net";
import path from "node:path";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { generateDataset } from "../scripts/bench/dataset.ts";
import { findFreePort } from "../scripts/db/embedded-postgres.ts";
import { migrateDeploy } from "../scripts/db/engine.ts";

const root = path.resolve(import.meta.dirname, "..");
const serverUrl = new URL(process.env.DATABASE_URL!);
const databaseName = `pt_shutdown_${randomBytes(4).toString("hex")}`;
const databaseUrl = Object.assign(new URL(serverUrl), { pathname: `/${databaseName}` }).toString();
let server: ChildProcess | undefined;
let port = 0;

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl.toString() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

test.beforeAll(async () => {
  test.setTimeout(240_000);
  await admin((client) => client.query(`CREATE DATABASE ${databaseName}`));
  await migrateDeploy({ databaseUrl });
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 4 });
  try {
    await generateDataset({ databaseUrl, pool });
  } finally {
    await pool.end();
  }
  port = await findFreePort();
  server = spawn(path.join(root, "node_modules", ".bin", "next"), ["start", "-p", String(port)], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: "1", WATCH_WORKER: "off", DRAIN_TIMEOUT_MS: "30000" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const deadline = Date.now() + 90_000;
  for (;;) {
    const ready = await fetch(`http://127.0.0.1:${port}/api/ready`).then((response) => response.ok, () => false);
    if (ready) break;
    if (Date.now() > deadline) throw new Error("next start did not become ready within 90 s");
  }
});

test.afterAll(async () => {
  if (server && server.exitCode === null && server.signalCode === null) {
    const exited = new Promise((resolve) => server!.once("exit", resolve));
    server.kill("SIGKILL");
    await exited;
  }
  await admin((client) => client.query(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`));
});

/** GET `path`, resolving with the response once its first bytes are in; the body is left unread (paused). */
function startDownload(pathname: string): Promise<http.IncomingMessage> {
  return new Promise((resolve, reject) => {
    const request = http.get({ host: "127.0.0.1", port, path: pathname }, (response) => {
      response.once("readable", () => resolve(response));
    });
    request.on("error", reject);
  });
}

/** Reads the rest of a response: how many bytes came, and whether it ended properly (its last chunk arrived). */
function finish(response: http.IncomingMessage): Promise<{ bytes: number; complete: boolean }> {
  return new Promise((resolve) => {
    let bytes = 0;
    response.on("data", (chunk: Buffer) => (bytes += chunk.length));
    response.on("error", () => {}); // "aborted": the outcome is read from `complete` below
    response.on("close", () => resolve({ bytes, complete: response.complete }));
    response.resume();
  });
}

/**
 * A POST sent with `Expect: 100-continue`: resolves once the server has taken the request (its "100 Continue"
 * proves the handler runs), with a function that sends the body and answers the raw response.
 */
function requestInFlight(pathname: string, body: string): Promise<{ send: () => Promise<string> }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1");
    let received = "";
    let sent = false;
    const ended = new Promise<string>((done) => socket.on("close", () => done(received)));
    socket.on("error", reject);
    socket.on("data", (chunk: Buffer) => {
      received += chunk.toString("utf8");
      if (!sent && received.includes("100 Continue")) {
        sent = true;
        resolve({
          send: async () => {
            socket.end(body);
            return ended;
          },
        });
      }
    });
    socket.write(
      `POST ${pathname} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n`,
    );
  });
}

test("SIGTERM answers the request in flight, cuts the running export, and the process exits", async () => {
  test.setTimeout(120_000);
  const download = await startDownload("/api/export/candidates.csv");
  expect(download.statusCode).toBe(200);
  const inFlight = await requestInFlight("/api/candidates", JSON.stringify({ nameEn: "Drainaglutide" }));
  const exited = new Promise<number | null>((resolve) => server!.once("exit", (code) => resolve(code)));

  server!.kill("SIGTERM");
  const answer = await inFlight.send();
  const cut = await finish(download);

  // Drained: the request taken before the signal got its whole answer (refused unsigned, as any would be).
  expect(answer).toMatch(/^HTTP\/1\.1 100 Continue\r\n\r\nHTTP\/1\.1 401 /);
  expect(answer).toContain('"code":"UNAUTHORIZED"');
  // Cut: some of the file came, but not its end, so no client mistakes it for the whole export.
  expect(cut.bytes).toBeGreaterThan(0);
  expect(cut.complete).toBe(false);
  await exited;
  // Gone: nothing listens on the port any more.
  await expect(fetch(`http://127.0.0.1:${port}/api/health`)).rejects.toThrow();
});
