// CDE 拟纳入突破性治疗品种公示 (breakthrough-therapy publicity). The list of included products (纳入突破性
// 治疗品种名单) prints the same columns plus 纳入时间, which makes a row a grant rather than a publicity.
import { defineKind } from "@/lib/captures/kind";

export const breakthroughPublicity = defineKind({
  name: "breakthrough-publicity",
  label: { en: "Breakthrough-therapy publicity", zh: "拟纳入突破性治疗品种公示" },
  where: { en: "cde.org.cn → 信息公开 → 突破性治疗公示", zh: "药审中心网站 → 信息公开 → 突破性治疗公示" },
  columns: [
    { key: "serial", zh: ["序号"], en: "No." },
    { key: "acceptanceNumber", zh: ["受理号"], en: "Acceptance number", required: true },
    { key: "drugName", zh: ["药品名称"], en: "Drug name", required: true },
    { key: "company", zh: ["申请人", "企业名称"], en: "Applicant", required: true },
    { key: "indication", zh: ["拟定适应症(或功能主治)", "拟定适应症", "功能主治", "适应症"], en: "Proposed indication", required: true },
    { key: "publicityStart", zh: ["公示日期", "公示开始日期", "公示开始时间"], en: "Publicity start", required: true },
    { key: "publicityEnd", zh: ["公示截止日期", "公示截止时间", "公示结束日期"], en: "Publicity end" },
    { key: "grantedDate", zh: ["纳入时间", "纳入日期"], en: "Included on" },
  ],
});
