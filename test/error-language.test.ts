// Refusals a person reads answer in their language: the same requests through the real route handlers, once
// with Accept-Language: zh-CN and once in English. The `code` is the stable field and never changes; the
// English `error` stays the text the API has always sent. A capture's warnings and its proposals' messages,
// stored as codes, are said in the language of whoever reads them.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { openAppDatabase, type AppDatabase } from "./support/app-database.ts";
import { nextCacheMock, nextHeadersMock } from "./support/next-request.ts";
import { createSessionToken, createUser } from "./support/users.ts";
import { HEADERS, pasteOf, SAMPLE_ROWS, TITLES } from "./support/capture-sources.ts";
import { createPipeline } from "./support/fixtures.ts";

vi.mock("next/headers", () => nextHeadersMock);
vi.mock("next/cache", () => nextCacheMock);

let app: AppDatabase;
let analystSession: string;
let adminSession: string;
let webhookId: number;
let listingId: number;

beforeAll(async () => {
  app = await openAppDatabase("error_language");
  analystSession = await createSessionToken(app.prisma, (await createUser(app.prisma, "ANALYST", "lang-analyst@test.local")).id);
  adminSession = await createSessionToken(app.prisma, (await createUser(app.prisma, "ADMIN", "lang-admin@test.local")).id);
  const registered = await callRoute({ route: "webhooks", method: "POST", session: adminSession, json: { url: "https://hooks.example/pt", secret: "s".repeat(16) } }, "en");
  webhookId = ((await registered.json()) as { id: number }).id;
  ({ listingId } = await createPipeline(app.prisma, "Refusaglutide"));
});
afterAll(async () => app?.drop());

type Call = {
  route: "import" | "captures" | "webhooks" | "webhook" | "provincial-import" | "listing-state";
  method: "POST" | "PATCH";
  session: string;
  form?: Record<string, Blob | string>;
  json?: unknown;
};

async function callRoute(call: Call, language: "en" | "zh-CN"): Promise<Response> {
  const { SESSION_COOKIE } = await import("@/lib/auth/session-cookie");
  const headers: Record<string, string> = { cookie: `${SESSION_COOKIE}=${call.session}`, "accept-language": language === "en" ? "en-GB,en;q=0.9" : "zh-CN,zh;q=0.9" };
  let body: BodyInit | undefined;
  if (call.form) {
    const form = new FormData();
    for (const [name, value] of Object.entries(call.form)) form.set(name, value);
    body = form;
  } else {
    headers["content-type"] = "application/json";
    body = JSON.stringify(call.json);
  }
  const url = {
    import: "/api/import/designations?dryRun=1",
    captures: "/api/captures",
    webhooks: "/api/webhooks",
    webhook: `/api/webhooks/${webhookId}`,
    "provincial-import": "/api/provincial-access/import",
    "listing-state": `/api/reimbursements/${listingId}/state`,
  }[call.route];
  const request = new Request(`http://localhost:3000${url}`, { method: call.method, body, headers });
  switch (call.route) {
    case "import":
      return (await import("@/app/api/import/[kind]/route")).POST(request, { params: Promise.resolve({ kind: "designations" }) });
    case "captures":
      return (await import("@/app/api/captures/route")).POST(request, { params: Promise.resolve({}) });
    case "webhooks":
      return (await import("@/app/api/webhooks/route")).POST(request, { params: Promise.resolve({}) });
    case "webhook":
      return (await import("@/app/api/webhooks/[id]/route")).PATCH(request, { params: Promise.resolve({ id: String(webhookId) }) });
    case "provincial-import":
      return (await import("@/app/api/provincial-access/import/route")).POST(request, { params: Promise.resolve({}) });
    case "listing-state":
      return (await import("@/app/api/reimbursements/[id]/state/route")).POST(request, { params: Promise.resolve({ id: String(listingId) }) });
  }
}

const file = (bytes: string | Uint8Array, name: string) => new File([typeof bytes === "string" ? bytes : (bytes as Uint8Array<ArrayBuffer>)], name);

const REFUSALS: { name: string; call: () => Call; status: number; code: string; en: RegExp | string; zh: RegExp | string }[] = [
  {
    name: "an import whose header row is not the import's",
    call: () => ({ route: "import", method: "POST", session: analystSession, form: { file: file("foo,bar\n1,2\n", "designations.csv") } }),
    status: 400,
    code: "BAD_REQUEST",
    en: /^The header row does not match this import: unknown columns "foo", "bar"; missing required columns .+\. Known columns: .+\.$/,
    zh: /^表头与此导入不符：2 个未知列：“foo”、“bar”；缺少 \d+ 个必填列：“[^”]+”（[^）]+）.*。可识别的列：.+。$/,
  },
  {
    name: "an import that is not valid CSV (the parser's own words are English)",
    call: () => ({ route: "import", method: "POST", session: analystSession, form: { file: file('Programme ID,Designation type,State\r\n1,"Breakthrough therapy,Granted\r\n', "designations.csv") } }),
    status: 400,
    code: "BAD_REQUEST",
    en: "The file is not valid CSV: a quoted cell is never closed (the file ends at line 3 inside it). Check the quotes around that line.",
    zh: "文件不是有效的 CSV：有一个带引号的单元格没有闭合（直到文件结尾第 3 行仍未闭合）。请检查该行附近的引号。",
  },
  {
    name: "an import whose row has more cells than the header",
    call: () => ({ route: "import", method: "POST", session: analystSession, form: { file: file("Programme ID,Designation type,State\r\n1,Breakthrough therapy,Granted,extra\r\n", "designations.csv") } }),
    status: 400,
    code: "BAD_REQUEST",
    en: "The file is not valid CSV: line 2 has a different number of cells than the header. Check the quotes around that line.",
    zh: "文件不是有效的 CSV：第 2 行的单元格数与表头不同。请检查该行附近的引号。",
  },
  {
    name: "a provincial bulk entry applied without its preview",
    call: () => ({ route: "provincial-import", method: "POST", session: analystSession, json: { text: "Province,Drug,State,Date\nHunan,Tirzepatide,PLATFORM_LISTED,2026-04\n", reason: "Notice" } }),
    status: 400,
    code: "BAD_REQUEST",
    en: "Preview the rows first (dryRun=1) and send its previewToken with the apply.",
    zh: "请先预览这些行（dryRun=1），并在应用时附上预览返回的 previewToken。",
  },
  {
    name: "a provincial bulk entry applied without a reason",
    call: () => ({ route: "provincial-import", method: "POST", session: analystSession, json: { text: "Province,Drug,State,Date\nHunan,Tirzepatide,PLATFORM_LISTED,2026-04\n", previewToken: "x" } }),
    status: 400,
    code: "BAD_REQUEST",
    en: "Give a reason for the import; it is recorded with every change.",
    zh: "请填写导入理由，它会随每项变更一起记录。",
  },
  {
    name: "a capture upload that is binary",
    call: () => ({ route: "captures", method: "POST", session: analystSession, form: { file: file(new Uint8Array(256).map((_, index) => index), "list.bin") } }),
    status: 400,
    code: "BAD_REQUEST",
    en: "The file is not a table: it looks binary. Upload the saved page (.html), the Excel file (.xlsx) or a .csv, or paste the table.",
    zh: "该文件不是表格，看起来是二进制文件。请上传保存的网页（.html）、Excel 文件（.xlsx）或 .csv，或直接粘贴表格。",
  },
  {
    name: "a capture with nothing in it",
    call: () => ({ route: "captures", method: "POST", session: analystSession, json: { text: "  \n " } }),
    status: 400,
    code: "BAD_REQUEST",
    en: "The pasted text is empty: copy the list's table (header row included) and paste it.",
    zh: "粘贴的内容为空：请复制列表中的表格（含表头）后再粘贴。",
  },
  {
    name: "a listing moved back to a state it has passed (the states said in the reader's words)",
    call: () => ({
      route: "listing-state",
      method: "POST",
      session: analystSession,
      json: { to: "APPLIED", effectiveDate: "2025-09", expectedVersion: 1, reason: "Recheck", noEvidence: true },
    }),
    status: 422,
    code: "UNPROCESSABLE",
    en: /^A listing cannot go from "Passed expert review" to "Applied"\. Allowed next: .+\. \(rule TRANSITION_NOT_ALLOWED\)$/,
    zh: /^不能从「通过专家评审」变更为「已申报」。可选的下一状态：谈判成功、谈判失败.*。（规则 TRANSITION_NOT_ALLOWED）$/,
  },
  {
    name: "a webhook registered with a URL that is not https",
    call: () => ({ route: "webhooks", method: "POST", session: adminSession, json: { url: "ftp://hooks.example/pt", secret: "s".repeat(16) } }),
    status: 400,
    code: "BAD_REQUEST",
    en: "url: must be https://, or http://127.0.0.1 (or localhost) for local use",
    zh: "请求内容有误：url：请使用 https://，本机使用可用 http://127.0.0.1。",
  },
  {
    name: "a webhook changed at a version it no longer has (409)",
    call: () => ({ route: "webhook", method: "PATCH", session: adminSession, json: { version: 7, active: false } }),
    status: 409,
    code: "CONFLICT",
    en: /^Webhook \d+ was changed since version 7 \(now version 1\); reload it and try again\.$/,
    zh: /^Webhook \d+ 在版本 7 之后已被修改（当前为版本 1），请重新加载后再试。$/,
  },
];

describe("refusals answer in the caller's language with the same code", () => {
  it.each(REFUSALS)("$name", async ({ call, status, code, en, zh }) => {
    for (const [language, expected] of [["en", en], ["zh-CN", zh]] as const) {
      const response = await callRoute(call(), language);
      const body = (await response.json()) as { error: string; code: string };
      expect(response.status, language).toBe(status);
      expect(body.code, language).toBe(code);
      expect(response.headers.get("content-language")).toBe(language);
      if (typeof expected === "string") expect(body.error).toBe(expected);
      else expect(body.error).toMatch(expected);
    }
  });
});

describe("a stale edit's 409 lists what changed since in the caller's language", () => {
  async function advance(applicationId: number, expectedVersion: number, language: "en" | "zh-CN") {
    const { SESSION_COOKIE } = await import("@/lib/auth/session-cookie");
    const { POST } = await import("@/app/api/applications/[id]/status/route");
    const request = new Request(`http://localhost:3000/api/applications/${applicationId}/status`, {
      method: "POST",
      headers: { cookie: `${SESSION_COOKIE}=${analystSession}`, "accept-language": language === "en" ? "en-GB,en;q=0.9" : "zh-CN,zh;q=0.9", "content-type": "application/json" },
      body: JSON.stringify({ to: "SUPPLEMENT_REQUESTED", effectiveDate: "2025-02-01", expectedVersion, reason: "CDE notice", noEvidence: true }),
    });
    const response = await POST(request, { params: Promise.resolve({ id: String(applicationId) }) });
    return { status: response.status, body: (await response.json()) as { error: string; code: string; details: { changes: { field: string }[] } } };
  }

  it("names the record, the fields and their values in the caller's language; code and details stay", async () => {
    const { applicationId } = await createPipeline(app.prisma);
    expect((await advance(applicationId, 1, "en")).status).toBe(200);
    const english = await advance(applicationId, 1, "en");
    const chinese = await advance(applicationId, 1, "zh-CN");
    for (const answer of [english, chinese]) {
      expect(answer.status).toBe(409);
      expect(answer.body.code).toBe("CONFLICT");
    }
    expect(chinese.body.details).toEqual(english.body.details);
    expect(english.body.details.changes.map((change) => change.field)).toContain("status");
    expect(english.body.error).toMatch(
      /^This application was changed by someone else after you loaded it \(you loaded version 1; it is now version 2\)\. Your change was not saved\.\nChanged since then:\n(• .+ \(lang-analyst@test\.local, \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC\)\n)+Review the current values and submit again if your change still applies\.$/,
    );
    expect(english.body.error).toContain("• Status: Under review → Supplementary information requested (lang-analyst@test.local, ");
    expect(chinese.body.error).toMatch(
      /^此注册申请在你加载后已被他人修改（你加载的是版本 1，现在是版本 2）。你的变更未保存。\n此后的变更：\n(• .+（lang-analyst@test\.local，\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC）\n)+请查看当前值，如你的变更仍适用，请重新提交。$/,
    );
    expect(chinese.body.error).toMatch(/• 状态：[^\n]+ → [^\n]+（/);
    // Every word but the actor's e-mail and "UTC" is Chinese: field names and values as History says them.
    expect(chinese.body.error.replaceAll("lang-analyst@test.local", "").replaceAll("UTC", "")).not.toMatch(/[A-Za-z]/);
  });
});

describe("capture warnings are said in the reader's language", () => {
  const languages = { en: "en-GB,en;q=0.9", "zh-CN": "zh-CN,zh;q=0.9" } as const;
  const headersFor = async (language: keyof typeof languages) => {
    const { SESSION_COOKIE } = await import("@/lib/auth/session-cookie");
    return { cookie: `${SESSION_COOKIE}=${analystSession}`, "accept-language": languages[language] };
  };
  const captureText = pasteOf({ title: TITLES["acceptance-directory"], header: HEADERS["acceptance-directory"], rows: SAMPLE_ROWS["acceptance-directory"], total: 128 });

  async function capture(language: keyof typeof languages) {
    const { POST } = await import("@/app/api/captures/route");
    const request = new Request("http://localhost:3000/api/captures", {
      method: "POST",
      headers: { ...(await headersFor(language)), "content-type": "application/json" },
      body: JSON.stringify({ text: captureText }),
    });
    const response = await POST(request, { params: Promise.resolve({}) });
    expect(response.status, language).toBeLessThan(300);
    return (await response.json()) as { id: number; warnings: string[]; existing: boolean };
  }

  async function detail(id: number, language: keyof typeof languages) {
    const { GET } = await import("@/app/api/captures/[id]/route");
    const response = await GET(new Request(`http://localhost:3000/api/captures/${id}`, { headers: await headersFor(language) }), { params: Promise.resolve({ id: String(id) }) });
    expect(response.status).toBe(200);
    return ((await response.json()) as { warnings: string[] }).warnings;
  }

  it("stores a code and answers each caller in their language, on upload and when read back", async () => {
    const english = await capture("en");
    expect(english.warnings).toEqual([expect.stringMatching(/^The page says 共 128 条 but 2 rows were captured: the capture is truncated/)]);
    const stored = await app.prisma.capture.findUniqueOrThrow({ where: { id: english.id }, select: { warnings: true } });
    expect(stored.warnings.map((text) => JSON.parse(text) as unknown)).toEqual([{ code: "truncated", footerTotal: 128, rows: 2 }]);

    // The same bytes again find the stored capture: its warning is said anew, in Chinese this time.
    const chinese = await capture("zh-CN");
    expect(chinese).toMatchObject({ id: english.id, existing: true });
    expect(chinese.warnings).toEqual([expect.stringMatching(/^页面显示共 128 条，但只采集到 2 行/)]);
    expect(await detail(english.id, "zh-CN")).toEqual(chinese.warnings);
    expect(await detail(english.id, "en")).toEqual(english.warnings);
  });

  it("shows the English sentence of a capture stored before warnings had codes as it is", async () => {
    const { id } = await capture("en");
    const sentence = "Skipped 2 repeated header rows (one per page copied).";
    await app.prisma.capture.update({ where: { id }, data: { warnings: [sentence] } });
    expect(await detail(id, "zh-CN")).toEqual([sentence]);
  });
});

describe("capture proposals are said in the reader's language", () => {
  const languages = { en: "en-GB,en;q=0.9", "zh-CN": "zh-CN,zh;q=0.9" } as const;
  type Language = keyof typeof languages;
  const headersFor = async (language: Language) => {
    const { SESSION_COOKIE } = await import("@/lib/auth/session-cookie");
    return { cookie: `${SESSION_COOKIE}=${analystSession}`, "accept-language": languages[language] };
  };
  type Proposal = { id: number; line: number; status: string; message: string; before: Record<string, unknown> | null; after: Record<string, unknown> | null };

  async function proposals(id: number, language: Language): Promise<Proposal[]> {
    const { GET } = await import("@/app/api/captures/[id]/route");
    const response = await GET(new Request(`http://localhost:3000/api/captures/${id}`, { headers: await headersFor(language) }), { params: Promise.resolve({ id: String(id) }) });
    expect(response.status).toBe(200);
    return ((await response.json()) as { proposals: Proposal[] }).proposals;
  }

  it("says each proposal's message and values in the caller's language, why one went stale on apply, and an old sentence as it is", async () => {
    const { applicationId } = await createPipeline(app.prisma, "Langaglutide");
    const { acceptanceNumber } = await app.prisma.application.findUniqueOrThrow({ where: { id: applicationId } });
    const rows = [
      ["1", acceptanceNumber, "示例肽注射液", "2025-01-02", "在审批", "", "", "", "", "", "", ""],
      ["2", "CXHL2690001", "未录入语言肽注射液", "2026-11-02", "排队待审评", "", "", "", "", "", "", ""],
    ];
    const { POST } = await import("@/app/api/captures/route");
    const created = await POST(
      new Request("http://localhost:3000/api/captures", {
        method: "POST",
        headers: { ...(await headersFor("zh-CN")), "content-type": "application/json" },
        body: JSON.stringify({ text: pasteOf({ title: TITLES["review-tasks"], header: HEADERS["review-tasks"], rows }) }),
      }),
      { params: Promise.resolve({}) },
    );
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: number };

    const english = await proposals(id, "en");
    const chinese = await proposals(id, "zh-CN");
    expect(english.map((proposal) => proposal.message)).toEqual([
      expect.stringMatching(new RegExp(`^${acceptanceNumber}: Under review → Under administrative approval \\(effective \\d{4}-\\d{2}-\\d{2}\\)\\.$`)),
      'No candidate is called "未录入语言肽注射液": add the candidate (prefilled below), then diff again.',
    ]);
    expect(chinese.map((proposal) => proposal.message)).toEqual([
      expect.stringMatching(new RegExp(`^${acceptanceNumber}：在审评 → 在审批（\\d{4}-\\d{2}-\\d{2} 生效）。$`)),
      "没有名为“未录入语言肽注射液”的候选药物：请新增该候选药物（已在下方预填），再重新比对。",
    ]);
    expect([english[0]!.before, english[0]!.after]).toEqual([{ status: "Under review" }, { status: "Under administrative approval" }]);
    expect([chinese[0]!.before, chinese[0]!.after]).toEqual([{ status: "在审评" }, { status: "在审批" }]);

    // Someone moves the application on after the diff: the apply finds the proposal stale, and says why in Chinese.
    await app.prisma.application.update({ where: { id: applicationId }, data: { version: { increment: 1 } } });
    const { POST: apply } = await import("@/app/api/captures/[id]/apply/route");
    const applied = await apply(
      new Request(`http://localhost:3000/api/captures/${id}/apply`, { method: "POST", headers: { ...(await headersFor("zh-CN")), "content-type": "application/json" }, body: JSON.stringify({ accept: [english[0]!.id] }) }),
      { params: Promise.resolve({ id: String(id) }) },
    );
    expect(applied.status).toBe(200);
    const result = (await applied.json()) as { applied: number[]; stale: { id: number; message: string }[] };
    expect(result.applied).toEqual([]);
    expect(result.stale).toEqual([{ id: english[0]!.id, message: expect.stringMatching(/^此注册申请在你加载后已被他人修改/) }]);

    const stale = (language: Language) => proposals(id, language).then((all) => all.find((proposal) => proposal.id === english[0]!.id)!);
    expect((await stale("zh-CN")).message).toMatch(/^已过期：此注册申请在你加载后已被他人修改/);
    expect((await stale("en")).message).toMatch(/^Stale: This application was changed by someone else after you loaded it/);

    // A proposal stored before messages had codes keeps its English sentence.
    const sentence = "CXHL2690001: as recorded.";
    await app.prisma.captureProposal.update({ where: { id: english[1]!.id }, data: { message: sentence } });
    expect((await proposals(id, "zh-CN")).find((proposal) => proposal.id === english[1]!.id)!.message).toBe(sentence);
  });
});
