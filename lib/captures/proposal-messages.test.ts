// A capture proposal's message is kept as a code with its values and said in the reader's language: English as
// the review page always said it, Chinese (enum values by their Chinese labels) in the zh-CN interface, and the
// English sentence of a proposal stored before the codes as it is.
import { describe, expect, it } from "vitest";
import {
  decodeProposalMessage,
  decodeSuggestionWhy,
  encodeProposalMessage,
  proposalForReview,
  proposalMessageText,
  suggestionWhyText,
  withProposalTexts,
  type ProposalMessage,
} from "@/lib/captures/proposal-messages";
import { changedFields, changeValuesIn } from "@/lib/captures/proposal-fields";

const n = "CXHL2600999";
const candidate = "蓝山格鲁肽 (PT-GLP-101)";

/** Every code at least once (a new code is a type error here until it has a row), said in both languages. */
const CASES: { [Code in ProposalMessage["code"]]: [Extract<ProposalMessage, { code: Code }>, string, string][] } = {
  newApplication: [
    [
      { code: "newApplication", acceptanceNumber: n, type: "IND", candidate, how: "withoutDoseForm", programme: { label: "肥胖症", of: 1 } },
      `New application ${n} (Clinical trial application (IND)) for ${candidate} (matched by name without dose form) on programme "肥胖症".`,
      `为${candidate}新增申请 ${n}（临床试验申请；匹配依据：去掉剂型后的名称），项目“肥胖症”。`,
    ],
    [
      { code: "newApplication", acceptanceNumber: n, type: "NDA", candidate, how: "confirmed", programme: { label: "肥胖症", of: 2 } },
      `New application ${n} (Marketing application (NDA/BLA)) for ${candidate} (matched by the analyst's confirmation) on programme "肥胖症" (the first of 2; change it on the candidate page if it is another).`,
      `为${candidate}新增申请 ${n}（上市许可申请；匹配依据：分析员的确认），项目“肥胖症”（共 2 个项目，取第一个；如不是这个，请在候选药物页面更改）。`,
    ],
  ],
  noProgrammeForApplication: [
    [
      { code: "noProgrammeForApplication", acceptanceNumber: n, candidate },
      `${candidate} has no programme to record ${n} on: add the programme first.`,
      `${candidate}没有可记录 ${n} 的研发项目：请先添加项目。`,
    ],
  ],
  ambiguousName: [
    [
      { code: "ambiguousName", name: "格鲁肽", candidates: ["甲格鲁肽", "乙格鲁肽"], acceptanceNumber: null },
      `"格鲁肽" matches 2 candidates (甲格鲁肽, 乙格鲁肽): confirm the right one.`,
      "“格鲁肽”与 2 个候选药物匹配（甲格鲁肽、乙格鲁肽）：请确认正确的一个。",
    ],
    [
      { code: "ambiguousName", name: "格鲁肽", candidates: ["甲格鲁肽", "乙格鲁肽"], acceptanceNumber: n },
      `${n} is not recorded, and "格鲁肽" matches 2 candidates (甲格鲁肽, 乙格鲁肽): confirm the right one.`,
      `${n} 尚未记录，且“格鲁肽”与 2 个候选药物匹配（甲格鲁肽、乙格鲁肽）：请确认正确的一个。`,
    ],
  ],
  newCandidate: [
    [
      { code: "newCandidate", name: "青岚新肽", suggestions: [] },
      `No candidate is called "青岚新肽": add the candidate (prefilled below), then diff again.`,
      "没有名为“青岚新肽”的候选药物：请新增该候选药物（已在下方预填），再重新比对。",
    ],
    [
      { code: "newCandidate", name: "蓝山格鲁", suggestions: ["蓝山格鲁肽", "蓝山长效格鲁肽"] },
      `No candidate is called "蓝山格鲁"; did you mean 蓝山格鲁肽 or 蓝山长效格鲁肽? Confirm a suggestion to match it.`,
      "没有名为“蓝山格鲁”的候选药物；您是否要找蓝山格鲁肽或蓝山长效格鲁肽？确认一个建议即可匹配。",
    ],
  ],
  cellUnreadable: [
    [
      { code: "cellUnreadable", cell: "date", column: "承办日期", value: "2024-02-30", problem: '"2024-02-30" is not a real calendar date.' },
      '承办日期 "2024-02-30": "2024-02-30" is not a real calendar date.',
      "无法读取承办日期“2024-02-30”：不是列表所用的日期格式（2024-06-25、2024/6/25 或 2024年6月25日）。",
    ],
    [
      { code: "cellUnreadable", cell: "reviewStatus", column: "审评状态", value: "已归档" },
      '审评状态 "已归档" is not wording the review-task list is known to use (lib/captures/vocabulary.ts).',
      "审评状态“已归档”不是审评任务列表已知的用语。",
    ],
    [
      { code: "cellUnreadable", cell: "province", column: "省份", value: "火星" },
      '省份 "火星" is not one of the 31 mainland provincial-level divisions.',
      "省份“火星”不是内地 31 个省级行政区之一。",
    ],
  ],
  acceptanceDateDiffers: [
    [
      { code: "acceptanceDateDiffers", acceptanceNumber: n, listed: "2026-11-20", recorded: "2026-11-19" },
      `${n}: the list gives 承办日期 2026-11-20, the database 2026-11-19.`,
      `${n}：列表的承办日期为 2026-11-20，数据库为 2026-11-19。`,
    ],
  ],
  acceptanceDateToRecord: [[{ code: "acceptanceDateToRecord", acceptanceNumber: n, date: "2026-11-20" }, `${n}: record 承办日期 2026-11-20.`, `${n}：记录承办日期 2026-11-20。`]],
  asRecorded: [[{ code: "asRecorded", acceptanceNumber: n }, `${n}: as recorded.`, `${n}：与记录一致。`]],
  statusUnchanged: [[{ code: "statusUnchanged", acceptanceNumber: n, status: "UNDER_REVIEW" }, `${n}: still "Under review".`, `${n}：仍为“在审评”。`]],
  statusEarlier: [
    [
      { code: "statusEarlier", acceptanceNumber: n, listed: "QUEUED_FOR_REVIEW", recorded: "UNDER_REVIEW" },
      `${n}: the list shows "Queued for review", earlier than the recorded "Under review"; not applied.`,
      `${n}：列表显示“待审评”，早于记录的“在审评”；未应用。`,
    ],
  ],
  statusChange: [
    [
      { code: "statusChange", acceptanceNumber: n, from: "UNDER_REVIEW", to: "UNDER_ADMIN_APPROVAL", effective: "2026-11-30" },
      `${n}: Under review → Under administrative approval (effective 2026-11-30).`,
      `${n}：在审评 → 在审批（2026-11-30 生效）。`,
    ],
  ],
  designationUnchanged: [
    [
      { code: "designationUnchanged", acceptanceNumber: n, type: "BREAKTHROUGH_THERAPY", state: "GRANTED" },
      `${n}: Breakthrough therapy already "Granted".`,
      `${n}：突破性治疗药物已为“已纳入”。`,
    ],
  ],
  designationConflict: [
    [
      { code: "designationConflict", acceptanceNumber: n, type: "PRIORITY_REVIEW", state: "REJECTED" },
      `${n}: the list publicises Priority review, the database has it "Rejected"; not applied.`,
      `${n}：列表公示了优先审评审批，数据库中为“未纳入”；未应用。`,
    ],
  ],
  designationChange: [
    [
      { code: "designationChange", acceptanceNumber: n, type: "BREAKTHROUGH_THERAPY", to: "PUBLICIZED", start: "2026-11-19", end: "2026-11-25" },
      `${n}: Breakthrough therapy publicity opened (公示 2026-11-19 – 2026-11-25).`,
      `${n}：突破性治疗药物开始公示（公示 2026-11-19 – 2026-11-25）。`,
    ],
    [
      { code: "designationChange", acceptanceNumber: n, type: "BREAKTHROUGH_THERAPY", to: "GRANTED", start: "2026-11-19", end: null },
      `${n}: Breakthrough therapy granted (公示 2026-11-19).`,
      `${n}：突破性治疗药物已纳入（公示 2026-11-19）。`,
    ],
  ],
  approvalUnchanged: [[{ code: "approvalUnchanged", acceptanceNumber: n, approvalNumber: "国药准字H20260888" }, `${n}: 国药准字H20260888 as recorded.`, `${n}：国药准字H20260888，与记录一致。`]],
  approvalDiffers: [
    [
      { code: "approvalDiffers", acceptanceNumber: n, listed: "国药准字H20260888", recorded: "国药准字H20260887" },
      `${n}: the notice gives 国药准字H20260888, the database 国药准字H20260887.`,
      `${n}：公告给出 国药准字H20260888，数据库为 国药准字H20260887。`,
    ],
  ],
  approvalRecorded: [
    [
      { code: "approvalRecorded", acceptanceNumber: n, approvalNumber: "国药准字H20260888", effective: "2026-11-30" },
      `${n}: approved, 国药准字H20260888 (effective 2026-11-30).`,
      `${n}：已批准，国药准字H20260888（2026-11-30 生效）。`,
    ],
  ],
  noProgrammeToList: [[{ code: "noProgrammeToList", candidate }, `${candidate} has no programme to list.`, `${candidate}没有可纳入目录的研发项目。`]],
  listingTermsDiffer: [
    [
      { code: "listingTermsDiffer", candidate, list: "NRDL_NEGOTIATED", year: 2026, recordedYear: 2025 },
      `${candidate} on NRDL negotiated 2026: the list's terms differ from the recorded listing 2025.`,
      `${candidate}（协议期内谈判药品 2026）：目录条款与已记录的 2025 年目录记录不同。`,
    ],
  ],
  listingUnchanged: [[{ code: "listingUnchanged", candidate, list: "NRDL_A" }, `${candidate}: on NRDL category A as recorded.`, `${candidate}：已在国家医保目录甲类中，与记录一致。`]],
  listingAdded: [
    [
      { code: "listingAdded", candidate, list: "NRDL_B", year: 2026, how: "exactName", programme: { label: "2型糖尿病", of: 1 } },
      `${candidate}: listed on NRDL category B 2026 (matched by exact name on programme "2型糖尿病").`,
      `${candidate}：纳入国家医保目录乙类 2026（匹配依据：名称完全一致，项目“2型糖尿病”）。`,
    ],
  ],
  listingChanged: [
    [
      { code: "listingChanged", candidate, list: "NRDL_NEGOTIATED", year: 2026, from: "LISTED", to: "RENEWED", how: "exactName", programme: null },
      `${candidate} on NRDL negotiated 2026: Listed → Renewed (matched by exact name).`,
      `${candidate}（协议期内谈判药品 2026）：纳入目录 → 简易续约（匹配依据：名称完全一致）。`,
    ],
  ],
  noListingForAccess: [
    [
      { code: "noListingForAccess", candidate },
      `${candidate} has no listing on a reimbursement list: no province can give access to it.`,
      `${candidate}不在任何医保目录上：没有省份能为其提供准入。`,
    ],
  ],
  accessUnchanged: [
    [
      { code: "accessUnchanged", candidate, province: "140000", state: "PLATFORM_LISTED" },
      `${candidate}, 山西省 (Shanxi): Listed on procurement platform as recorded.`,
      `${candidate}，山西省：已挂网，与记录一致。`,
    ],
  ],
  accessChange: [
    [
      { code: "accessChange", candidate, list: "NRDL_NEGOTIATED", year: 2025, province: "140000", from: "NOT_STARTED", to: "PLATFORM_LISTED" },
      `${candidate} on NRDL negotiated 2025, 山西省 (Shanxi): Not started → Listed on procurement platform.`,
      `${candidate}（协议期内谈判药品 2025），山西省：未启动 → 已挂网。`,
    ],
  ],
  rowRepeatedDiffering: [
    [
      { code: "rowRepeatedDiffering", lines: [3, 1204] },
      "The capture lists this record 2 times with different values (lines 3, 1204); not applied.",
      "本次采集列出此记录 2 次且取值不同（第 3、1204 行）；未应用。",
    ],
  ],
  rowRepeats: [[{ code: "rowRepeats", line: 1204 }, "Repeats line 1204.", "与第 1204 行重复。"]],
  stale: [
    [
      { code: "stale", reason: { en: "This application was changed by someone else.", "zh-CN": "此注册申请已被他人修改。" } },
      "Stale: This application was changed by someone else.",
      "已过期：此注册申请已被他人修改。",
    ],
  ],
  refusedOnApply: [[{ code: "refusedOnApply", reason: { en: "Nothing to save.", "zh-CN": "没有可保存的内容。" } }, "Nothing to save.", "没有可保存的内容。"]],
};

const rows = Object.values(CASES).flat();

describe("capture proposal messages", () => {
  it.each(rows)("say %j in English as the review page always did", (said, english, _chinese) => {
    expect(proposalMessageText(said, "en")).toBe(english);
  });

  it.each(rows)("say %j in Chinese, enum values by their Chinese labels", (said, _english, chinese) => {
    expect(proposalMessageText(said, "zh-CN")).toBe(chinese);
  });

  it("add the refusing rules: English as the rules say them, Chinese by the rules' catalogue sentences", () => {
    const said: ProposalMessage = {
      code: "statusChange",
      acceptanceNumber: n,
      from: "UNDER_REVIEW",
      to: "CERTIFICATE_ISSUED",
      effective: "2026-11-30",
      refusals: [
        { rule: "TRANSITION_NOT_ALLOWED", message: 'An application cannot go from "Under review" to "Certificate issued".' },
        { rule: "DATE_IN_FUTURE", message: "2026-11-30 is in the future (today is 2026-11-01); record changes once they have happened.", values: { date: "2026-11-30", today: "2026-11-01" } },
      ],
    };
    expect(proposalMessageText(said, "en")).toBe(
      `${n}: Under review → Certificate issued (effective 2026-11-30). Refused: An application cannot go from "Under review" to "Certificate issued". (rule TRANSITION_NOT_ALLOWED) 2026-11-30 is in the future (today is 2026-11-01); record changes once they have happened. (rule DATE_IN_FUTURE)`,
    );
    expect(proposalMessageText(said, "zh-CN")).toBe(
      `${n}：在审评 → 制证完毕－已发批件（2026-11-30 生效）。被规则拒绝：不能从当前状态变更到所选状态。（规则 TRANSITION_NOT_ALLOWED）2026-11-30 在未来（今天是 2026-11-01）；请在变更发生后再记录。（规则 DATE_IN_FUTURE）`,
    );
  });

  it("round-trip through the stored text", () => {
    for (const [said] of rows) expect(decodeProposalMessage(encodeProposalMessage(said))).toEqual(said);
  });

  it("show a sentence stored before the codes as it is, in every locale", () => {
    const stored = "CXHS2600755: Under review → Under administrative approval (effective 2026-11-30).";
    expect(decodeProposalMessage(stored)).toBe(stored);
    expect(proposalMessageText(decodeProposalMessage(stored), "zh-CN")).toBe(stored);
    for (const odd of ["{not json", '{"code":"unknown"}', '{"code":"statusChange","acceptanceNumber":"X","from":"NOT_A_STATUS","to":"ACCEPTED","effective":"2026-01-01"}']) {
      expect(decodeProposalMessage(odd)).toBe(odd);
    }
  });
});

describe("a proposal's before → after and suggestions", () => {
  it("say enum values and provinces in the reader's language; other values and a legacy label as stored", () => {
    const before = { status: "UNDER_REVIEW", approvalNumber: null, province: "140000", provincialState: "NOT_STARTED" };
    expect(changeValuesIn(before, "en")).toEqual({ status: "Under review", approvalNumber: null, province: "山西省 (Shanxi)", provincialState: "Not started" });
    expect(changeValuesIn(before, "zh-CN")).toEqual({ status: "在审评", approvalNumber: null, province: "山西省", provincialState: "未启动" });
    // Stored before the codes: the English label, and a designation's state under its type's label.
    expect(changeValuesIn({ status: "Under review", "Breakthrough therapy": "Publicized" }, "zh-CN")).toEqual({ status: "Under review", "Breakthrough therapy": "Publicized" });
    expect(changeValuesIn(null, "zh-CN")).toBeNull();
  });

  it("name each field in the reader's language, a field the catalogue does not know as stored", () => {
    const after = { designationState: "PUBLICIZED", publicityStart: "2026-11-19", "Breakthrough therapy": "Publicized" };
    expect(changedFields({ designationState: null }, after, "zh-CN")).toEqual([
      { field: "designationState", label: "加快程序", before: "—", after: "拟纳入公示" },
      { field: "publicityStart", label: "公示开始", before: "—", after: "2026-11-19" },
      { field: "Breakthrough therapy", label: "Breakthrough therapy", before: "—", after: "Publicized" },
    ]);
    expect(changedFields({ status: "ACCEPTED" }, { status: "QUEUED_FOR_REVIEW" }, "en")).toEqual([{ field: "status", label: "Status", before: "Accepted", after: "Queued for review" }]);
  });

  it("say why a candidate is suggested; a reason stored before the codes as it is", () => {
    expect(suggestionWhyText({ code: "namesContain", query: "蓝山格鲁" }, "en")).toBe('its names contain "蓝山格鲁"');
    expect(suggestionWhyText({ code: "namesContain", query: "蓝山格鲁" }, "zh-CN")).toBe("名称中包含“蓝山格鲁”");
    expect(suggestionWhyText({ code: "sameName", name: "格鲁肽", count: 2 }, "en")).toBe('one of 2 candidates named "格鲁肽"');
    expect(suggestionWhyText({ code: "sameName", name: "格鲁肽", count: 2 }, "zh-CN")).toBe("2 个名为“格鲁肽”的候选药物之一");
    expect(decodeSuggestionWhy('its names contain "x"')).toBe('its names contain "x"');
    expect(decodeSuggestionWhy({ code: "namesContain", query: "x" })).toEqual({ code: "namesContain", query: "x" });
  });

  it("are said whole for the API and for the review page, which keeps the stored after for its prefill", () => {
    const message: ProposalMessage = { code: "newCandidate", name: "蓝山格鲁", suggestions: ["蓝山格鲁肽"] };
    const proposal = {
      id: 1,
      message,
      before: null,
      after: { nameZh: "蓝山格鲁", acceptanceNumber: n },
      suggestions: [{ candidateId: 7, name: "蓝山格鲁肽", why: { code: "namesContain", query: "蓝山格鲁" } as const }],
    };
    expect(withProposalTexts({ id: 3, proposals: [proposal] }, "zh-CN")).toEqual({
      id: 3,
      proposals: [{ id: 1, message: "没有名为“蓝山格鲁”的候选药物；您是否要找蓝山格鲁肽？确认一个建议即可匹配。", before: null, after: proposal.after, suggestions: [{ candidateId: 7, name: "蓝山格鲁肽", why: "名称中包含“蓝山格鲁”" }] }],
    });
    const reviewed = proposalForReview(proposal, "zh-CN");
    expect(reviewed).toMatchObject({ messageLang: undefined, after: proposal.after, changes: [{ field: "nameZh", label: "中文名" }, { field: "acceptanceNumber", label: "受理号" }] });
    expect(proposalForReview({ ...proposal, message: "No candidate is called \"蓝山格鲁\"." }, "zh-CN")).toMatchObject({ message: 'No candidate is called "蓝山格鲁".', messageLang: "en" });
  });
});
