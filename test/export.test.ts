// CSV exports on a seeded PostgreSQL database: the same rows and order as the JSON API for the same
// parameters (every page), batches crossed, labels and precision, parameter errors.
import { parse } from "csv-parse/sync";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildChronology } from "@/lib/candidates/chronology";
import type { ExportKind } from "@/lib/export/export-kind";
import { recordOf } from "@/lib/export/columns";
import { csvBytes } from "@/lib/export/csv-stream";
import type { EventFactRow } from "@/lib/export/kinds/events-query";
import { inBatches } from "@/lib/export/matching-candidates";
import { readInSnapshot, type SnapshotReader } from "@/lib/export/snapshot";
import { parseCandidateSearchParams } from "@/lib/search-params";
import { seedDatabase } from "@/prisma/seed/seed";
import { column, parseCsvResponse } from "./support/csv.ts";
import { openAppDatabase, type AppDatabase } from "./support/app-database.ts";

let app: AppDatabase;

beforeAll(async () => {
  app = await openAppDatabase("export");
  await seedDatabase(app.prisma);
});
afterAll(async () => app?.drop());

const base = "http://localhost/api";

async function exportRoute(kind: "candidates" | "events" | "designations" | "reimbursement", query: string): Promise<Response> {
  const routes = {
    candidates: () => import("@/app/api/export/candidates.csv/route"),
    events: () => import("@/app/api/export/events.csv/route"),
    designations: () => import("@/app/api/export/designations.csv/route"),
    reimbursement: () => import("@/app/api/export/reimbursement.csv/route"),
  };
  const { GET } = await routes[kind]();
  return GET(new Request(`${base}/export/${kind}.csv?${query}`));
}

/** Every candidate id the JSON API returns for the query, page after page. */
async function apiIds(query: string): Promise<number[]> {
  const { GET } = await import("@/app/api/candidates/route");
  const ids: number[] = [];
  for (let page = 1; ; page++) {
    const response = await GET(new Request(`${base}/candidates?${query}${query ? "&" : ""}perPage=10&page=${page}`));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data: { id: number }[]; total: number };
    ids.push(...body.data.map((row) => row.id));
    if (body.data.length < 10) {
      expect(ids).toHaveLength(body.total);
      return ids;
    }
  }
}

/** The export read directly, in tiny batches, to cross many batch boundaries. */
async function exportInBatches(kind: ExportKind, query: string, candidateBatchSize: number): Promise<string[][]> {
  const { prisma } = await import("@/lib/db");
  const { search } = parseCandidateSearchParams(new URLSearchParams(query));
  const context = { search, lang: "en" as const, asOf: new Date(), candidateBatchSize };
  const chunks: Uint8Array[] = [];
  for await (const chunk of readInSnapshot(prisma, (reader) => kind.csvChunks(reader, context))) chunks.push(chunk);
  return parse(Buffer.concat(chunks)) as string[][];
}

const VIEWS = [
  ["the default view", ""],
  ["a text search", "q=glutide"],
  ["a stage filter sorted by stage", "stage=APPROVED,LAUNCHED,NDA_UNDER_REVIEW&sort=-stage"],
  ["granted breakthrough designations", "designation=BREAKTHROUGH_THERAPY:GRANTED"],
  ["the Chinese-name sort (nulls last)", "sort=nameZh"],
  ["on an NRDL list now, by class then name descending", "onNrdl=true&sort=class,-name"],
  ["not on an NRDL list, recently updated first", "onNrdl=false&sort=-updated"],
  ["a class filter", "class=GLP1_RA,GIP_GLP1_RA"],
  ["a view that matches nothing", "q=no-such-candidate-anywhere"],
] as const;

describe("candidates.csv", () => {
  it.each(VIEWS)("holds exactly the API's rows, in its order, for %s", async (_, query) => {
    const expected = await apiIds(query);
    const response = await exportRoute("candidates", query);
    expect(response.status).toBe(200);
    const csv = await parseCsvResponse(response);
    expect(column(csv, "Candidate ID").map(Number)).toEqual(expected);
  });

  it("ignores page and perPage: every matching row, not the visible page", async () => {
    const all = await apiIds("");
    const csv = await parseCsvResponse(await exportRoute("candidates", "page=2&perPage=10"));
    expect(csv.rows).toHaveLength(all.length);
    expect(all.length).toBeGreaterThan(10);
  });

  it("writes the visible columns in the view's order with English or Chinese headers", async () => {
    const english = await parseCsvResponse(await exportRoute("candidates", "cols=stage,name,designations"));
    expect(english.header).toEqual(["Stage", "Candidate", "Designations", "Source URL", "Source confidence", "Illustrative (not sourced)", "Candidate ID"]);
    const chinese = await parseCsvResponse(await exportRoute("candidates", "cols=stage,name,designations&lang=zh&q=tirzepatide"));
    expect(chinese.header.slice(0, 3)).toEqual(["研发阶段", "药物名称", "加快上市程序"]);
    expect(chinese.rows[0]?.[0]).toMatch(/[\u4e00-\u9fff]/);
  });

  it("uses labels, not codes, and starts with a BOM; the file name carries the as-of time", async () => {
    const response = await exportRoute("candidates", "q=semaglutide");
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="pathway-candidates-\d{4}-\d{2}-\d{2}T\d{4}Z\.csv"$/);
    const csv = await parseCsvResponse(response);
    expect(csv.hadBom).toBe(true);
    expect(csv.text).not.toMatch(/GLP1_RA|BREAKTHROUGH_THERAPY|NRDL_NEGOTIATED/);
    expect(column(csv, "Class")).toContain("GLP-1 receptor agonist");
  });

  it.each(VIEWS)("crosses batch boundaries without losing or repeating a row, for %s", async (_, query) => {
    const { candidatesExport } = await import("@/lib/export/kinds/candidates");
    const small = await exportInBatches(candidatesExport, query, 4);
    const whole = await exportInBatches(candidatesExport, query, 1_000);
    expect(small.map((record) => Number(record.at(-1)))).toEqual(await apiIds(query));
    expect(small).toEqual(whole);
  });

  it("has Chinese-name gaps to sort past (the nulls-last case is exercised)", async () => {
    expect(await app.prisma.candidate.count({ where: { nameZh: null } })).toBeGreaterThan(0);
  });
});

describe("events.csv", () => {
  it("holds every dated fact of the view's candidates, with precision kept", async () => {
    const query = "q=tirzepatide";
    const ids = await apiIds(query);
    const { getCandidateDetail } = await import("@/lib/candidates/queries");
    const expected: string[] = [];
    for (const id of ids) {
      const detail = await getCandidateDetail(id);
      for (const entry of buildChronology(detail!)) expected.push(`${id}|${entry.date.toISOString().slice(0, 10)}|${entry.precision}`);
    }
    const csv = await parseCsvResponse(await exportRoute("events", query));
    const candidateIds = column(csv, "Candidate ID");
    const dates = column(csv, "Date");
    const precisions = column(csv, "Date precision");
    const events = column(csv, "Event");
    const exported = csv.rows
      .map((_, index) => ({ id: candidateIds[index]!, date: dates[index]!, precision: precisions[index]!, event: events[index]! }))
      // The timeline does not draw these two kinds of dated fact; the export keeps them.
      .filter((row) => row.event !== "Agreement period starts" && row.event !== "Confirmatory study deadline")
      .map((row) => {
        const precision = { Day: "DAY", Month: "MONTH", Year: "YEAR" }[row.precision]!;
        const day = precision === "YEAR" ? `${row.date}-01-01` : precision === "MONTH" ? `${row.date}-01` : row.date;
        return `${row.id}|${day}|${precision}`;
      });
    expect(exported.sort()).toEqual(expected.sort());
    expect(exported.length).toBeGreaterThan(5);
  });

  it("writes month- and year-level dates at their precision", async () => {
    const csv = await parseCsvResponse(await exportRoute("events", ""));
    const dates = column(csv, "Date");
    const precisions = column(csv, "Date precision");
    precisions.forEach((precision, index) => {
      const pattern = { Day: /^\d{4}-\d{2}-\d{2}$/, Month: /^\d{4}-\d{2}$/, Year: /^\d{4}$/ }[precision];
      expect(dates[index]).toMatch(pattern!);
    });
    expect(new Set(precisions)).toEqual(new Set(["Day", "Month", "Year"]));
  });

  it("orders rows by the view's candidates, then by date", async () => {
    const ids = await apiIds("sort=-name");
    const csv = await parseCsvResponse(await exportRoute("events", "sort=-name"));
    const order = [...new Set(column(csv, "Candidate ID").map(Number))];
    expect(order).toEqual(ids.filter((id) => order.includes(id)));
  });

  it("crosses batch boundaries", async () => {
    const { eventsExport } = await import("@/lib/export/kinds/events");
    expect(await exportInBatches(eventsExport, "", 2)).toEqual(await exportInBatches(eventsExport, "", 1_000));
  });

  it("reads the same facts in parallel batches as through one cursor", async () => {
    const { prisma } = await import("@/lib/db");
    const { readEventCsvInParallel, readEventsThroughCursor } = await import("@/lib/export/kinds/events-reader");
    const { EVENT_COLUMNS } = await import("@/lib/export/kinds/events");
    const { openSnapshotPeers } = await import("@/lib/export/snapshot-peers");
    const ids = await apiIds("sort=-stage");
    const toRecord = (row: EventFactRow) => recordOf(row, EVENT_COLUMNS, "zh");
    const read = async (produce: (reader: SnapshotReader) => AsyncIterable<Uint8Array>) => {
      const chunks: Uint8Array[] = [];
      for await (const chunk of readInSnapshot(prisma, produce)) chunks.push(chunk);
      return Buffer.concat(chunks).toString("utf8");
    };
    const throughCursor = await read(async function* (reader) {
      for await (const rows of readEventsThroughCursor(reader, ids, 7)) yield* csvBytes(rows.map(toRecord));
    });
    const inParallel = await read(async function* (reader) {
      const peers = await openSnapshotPeers(reader, 2);
      // On a real server the peers open; on embedded PGlite they never do (one backend session).
      expect(peers === null).toBe(process.env.TEST_DB_MODE === "pglite");
      if (!peers) {
        for await (const rows of readEventsThroughCursor(reader, ids, 1_000)) yield* csvBytes(rows.map(toRecord));
        return;
      }
      try {
        for await (const batch of readEventCsvInParallel(peers.clients, inBatches(ids, 3), toRecord)) yield* batch;
      } finally {
        await peers.release();
      }
    });
    expect(throughCursor.split("\r\n").length).toBeGreaterThan(20);
    expect(inParallel).toBe(throughCursor);
  });

  it("fails the export when a row cannot be written, and leaves its connection ready for the next statement", async () => {
    const { forEachRow } = await import("@/lib/export/kinds/events-reader");
    const client = new pg.Client({ connectionString: app.database.databaseUrl });
    await client.connect();
    try {
      const seen: number[] = [];
      const failing = forEachRow<{ n: number }>(client, "SELECT n FROM generate_series(1, 5) AS n", [], (row) => {
        seen.push(row.n);
        if (row.n === 2) throw new Error("cannot write row 2");
      });
      await expect(failing).rejects.toThrow("cannot write row 2");
      // Rows after the failure are not handed on, and the statement ran to its end.
      expect(seen).toEqual([1, 2]);
      expect((await client.query<{ one: number }>("SELECT 1 AS one")).rows).toEqual([{ one: 1 }]);
    } finally {
      await client.end();
    }
  });

  // Embedded PGlite serves every connection from one session: no peers, and no second writer can commit
  // while the export's transaction is open. The two tests below check that instead.
  const embedded = process.env.TEST_DB_MODE === "pglite";

  it("opens peers on the export's snapshot: a commit after the export began is invisible to them", async () => {
    const { prisma } = await import("@/lib/db");
    const { openSnapshotPeers } = await import("@/lib/export/snapshot-peers");
    if (embedded) {
      for await (const peers of readInSnapshot(prisma, async function* (reader) {
        yield await openSnapshotPeers(reader, 2);
      })) expect(peers).toBeNull();
      return;
    }
    const note = `committed before the peers opened ${Date.now()}`;
    const program = await app.prisma.program.findFirstOrThrow({ orderBy: { id: "asc" } });
    const seen: number[] = [];
    for await (const count of readInSnapshot(prisma, async function* (reader) {
      await reader.candidate.count(); // the export's snapshot is taken here
      await app.prisma.stageEvent.create({
        data: { programId: program.id, stage: "PHASE_1", eventDate: new Date("2025-05-05T00:00:00Z"), eventPrecision: "DAY", note, illustrative: true },
      });
      const peers = await openSnapshotPeers(reader, 2);
      expect(peers).not.toBeNull();
      try {
        for (const client of peers!.clients) {
          const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "StageEvent" WHERE note = $1`, [note]);
          yield rows[0]!.n;
        }
      } finally {
        await peers?.release();
      }
    })) seen.push(count);
    expect(seen).toEqual([0, 0]);
    expect(await app.prisma.stageEvent.count({ where: { note } })).toBe(1);
    await app.prisma.stageEvent.deleteMany({ where: { note } });
  });

  it("reads alone instead of queueing when other exports hold every peer connection", async () => {
    const { prisma } = await import("@/lib/db");
    const { openSnapshotPeers } = await import("@/lib/export/snapshot-peers");
    const opened: string[] = [];
    for await (const outcome of readInSnapshot(prisma, async function* (reader) {
      const held = [];
      try {
        // Four exports' worth of peers (two each) fill the shared pool of eight.
        for (let i = 0; i < 5; i++) {
          const peers = await openSnapshotPeers(reader, 2);
          if (peers) held.push(peers);
          yield peers ? "peers" : "alone";
        }
      } finally {
        for (const peers of held) await peers.release();
      }
    })) opened.push(outcome);
    expect(opened).toEqual(embedded ? ["alone", "alone", "alone", "alone", "alone"] : ["peers", "peers", "peers", "peers", "alone"]);
  });

  it("does not see a fact committed while the export is being read", async () => {
    const { eventsExport } = await import("@/lib/export/kinds/events");
    const { prisma } = await import("@/lib/db");
    const { search } = parseCandidateSearchParams(new URLSearchParams("sort=-name"));
    const ids = await apiIds("sort=-name");
    const lastProgram = await app.prisma.program.findFirstOrThrow({ where: { candidateId: ids[ids.length - 1]! }, orderBy: { id: "asc" } });
    const note = `committed mid-export ${Date.now()}`;
    const records: string[][] = [];
    // On PGlite the writer would wait for the export's transaction: write only after it (see above).
    let written = embedded;
    const chunks = readInSnapshot(prisma, (reader) => eventsExport.csvChunks(reader, { search, lang: "en", asOf: new Date(), candidateBatchSize: 2 }));
    for await (const chunk of chunks) {
      records.push(...(parse(Buffer.from(chunk)) as string[][]));
      if (!written) {
        // The first batch is out; another writer now adds a fact to the view's last candidate.
        await app.prisma.stageEvent.create({
          data: { programId: lastProgram.id, stage: "PHASE_1", eventDate: new Date("2025-05-05T00:00:00Z"), eventPrecision: "DAY", note, illustrative: true },
        });
        written = true;
      }
    }
    expect(written).toBe(true);
    expect(records.some((record) => record.includes(note))).toBe(false);
    if (embedded) {
      await app.prisma.stageEvent.create({
        data: { programId: lastProgram.id, stage: "PHASE_1", eventDate: new Date("2025-05-05T00:00:00Z"), eventPrecision: "DAY", note, illustrative: true },
      });
    }
    // The next export sees it.
    expect((await exportInBatches(eventsExport, "sort=-name", 1_000)).some((record) => record.includes(note))).toBe(true);
    await app.prisma.stageEvent.deleteMany({ where: { note } });
  });
});

describe("designations.csv and reimbursement.csv", () => {
  it("export every designation of the matching candidates, with the import keys", async () => {
    const ids = await apiIds("designation=PRIORITY_REVIEW");
    const csv = await parseCsvResponse(await exportRoute("designations", "designation=PRIORITY_REVIEW"));
    const designations = await app.prisma.designation.findMany({ where: { program: { candidateId: { in: ids } } } });
    expect(column(csv, "Designation ID").map(Number).sort((a, b) => a - b)).toEqual(designations.map((d) => d.id).sort((a, b) => a - b));
    expect(csv.header.slice(0, 4)).toEqual(["Programme ID", "Designation ID", "Designation type", "Version"]);
  });

  it("export listings with payment standards to the fen and the list as a label", async () => {
    const csv = await parseCsvResponse(await exportRoute("reimbursement", ""));
    expect(csv.rows.length).toBe(await app.prisma.reimbursementListing.count());
    expect(column(csv, "List")).toContain("NRDL negotiated");
    for (const amount of column(csv, "Payment standard (CNY)")) expect(amount).toMatch(/^(\d+\.\d{2})?$/);
  });
});

describe("parameter errors", () => {
  it.each([
    ["an unknown stage", "stage=PHASE_9", "stage"],
    ["an unknown language", "lang=fr", "lang"],
    ["an unknown parameter", "colour=red", "colour"],
    ["a bad sort column", "sort=price", "sort"],
  ])("answer 400 naming the parameter for %s", async (_, query, param) => {
    const response = await exportRoute("candidates", query);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: string; details: { errors: { param: string }[] } };
    expect(body.details.errors.map((error) => error.param)).toContain(param);
    expect(body.error).toContain(param);
  });
});
