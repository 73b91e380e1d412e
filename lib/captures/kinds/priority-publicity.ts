// CDE 拟纳入优先审评品种公示 (priority-review publicity). Its 理由 column (which Art. 68 ground applies) is what
// tells it apart from the breakthrough list, whose other columns are the same. Header wording UNVERIFIED
// against every year's page: variants are listed as seen.
import { defineKind } from "@/lib/captures/kind";

export const priorityPublicity = defineKind({
  name: "priority-publicity",
  label: { en: "Priority-review publicity", zh: "拟纳入优先审评品种公示" },
  where: { en: "cde.org.cn → 信息公开 → 优先审评公示", zh: "药审中心网站 → 信息公开 → 优先审评公示" },
  columns: [
    { key: "serial", zh: ["序号"], en: "No." },
    { key: "acceptanceNumber", zh: ["受理号"], en: "Acceptance number", required: true },
    { key: "drugName", zh: ["药品名称"], en: "Drug name", required: true },
    { key: "company", zh: ["企业名称", "申请人"], en: "Applicant", required: true },
    { key: "indication", zh: ["拟定适应症(或功能主治)", "拟定适应症", "功能主治", "适应症"], en: "Proposed indication" },
    { key: "reason", zh: ["拟优先审评理由", "优先审评理由", "纳入理由", "理由"], en: "Ground", required: true },
    { key: "publicityStart", zh: ["公示日期", "公示开始日期", "公示开始时间"], en: "Publicity start", required: true },
    { key: "publicityEnd", zh: ["公示截止日期", "公示截止时间", "公示结束日期"], en: "Publicity end" },
    { key: "grantedDate", zh: ["纳入时间", "纳入日期"], en: "Included on" },
  ],
});
