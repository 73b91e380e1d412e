// CDE 审评任务公示 / 在审品种: where each accepted application stands in review, with one status lamp per
// discipline. The 审评状态 wording is mapped to the NMPA statuses in lib/captures/vocabulary.ts.
import { defineKind } from "@/lib/captures/kind";

export const reviewTasks = defineKind({
  name: "review-tasks",
  label: { en: "CDE review tasks", zh: "审评任务公示" },
  where: { en: "cde.org.cn → 信息公开 → 审评任务公示 (在审品种)", zh: "药审中心网站 → 信息公开 → 审评任务公示（在审品种）" },
  columns: [
    { key: "serial", zh: ["序号"], en: "No." },
    { key: "acceptanceNumber", zh: ["受理号"], en: "Acceptance number", required: true },
    { key: "drugName", zh: ["药品名称"], en: "Drug name", required: true },
    { key: "enteredCentre", zh: ["进入中心时间", "进入中心日期"], en: "Entered the centre", required: true },
    { key: "reviewStatus", zh: ["审评状态"], en: "Review status", required: true },
    { key: "pharmTox", zh: ["药理毒理"], en: "Pharmacology/toxicology" },
    { key: "clinical", zh: ["临床"], en: "Clinical" },
    { key: "cmc", zh: ["药学"], en: "CMC" },
    { key: "statistics", zh: ["统计"], en: "Statistics" },
    { key: "clinPharm", zh: ["临床药理"], en: "Clinical pharmacology" },
    { key: "compliance", zh: ["合规"], en: "Compliance" },
    { key: "remarks", zh: ["备注"], en: "Remarks" },
  ],
});
