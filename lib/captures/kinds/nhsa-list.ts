// NHSA reimbursement list excerpts: the NRDL (甲 / 乙 / 协议期内谈判药品) and the commercial-insurance innovative
// list (商保创新药目录), as their XLSX are published. 类别 says which list a row is on (lib/captures/vocabulary.ts).
import { defineKind } from "@/lib/captures/kind";

export const nhsaList = defineKind({
  name: "nhsa-list",
  label: { en: "NHSA reimbursement list", zh: "医保药品目录（含商保创新药目录）" },
  where: { en: "nhsa.gov.cn → 政策法规 → the list notice's XLSX attachment", zh: "国家医保局网站 → 政策法规 → 目录通知附件（XLSX）" },
  columns: [
    { key: "serial", zh: ["序号", "编号"], en: "No." },
    { key: "drugName", zh: ["药品名称", "通用名"], en: "Drug name", required: true },
    { key: "doseForm", zh: ["剂型"], en: "Dose form", required: true },
    { key: "category", zh: ["类别", "甲乙类", "目录类别"], en: "Category", required: true },
    { key: "agreementPeriod", zh: ["协议有效期", "协议期"], en: "Agreement period" },
    { key: "paymentStandard", zh: ["支付标准", "医保支付标准"], en: "Payment standard" },
    { key: "restriction", zh: ["备注", "限定支付范围"], en: "Restriction" },
  ],
});
