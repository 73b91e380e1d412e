// NMPA 药品批准证明文件送达信息 and approval announcements: the 批准文号 an application received.
import { defineKind } from "@/lib/captures/kind";

export const approvalNotices = defineKind({
  name: "approval-notices",
  label: { en: "NMPA approval notices", zh: "药品批准证明文件送达信息" },
  where: { en: "nmpa.gov.cn → 药品 → 药品批准证明文件送达信息", zh: "国家药监局网站 → 药品 → 药品批准证明文件送达信息" },
  columns: [
    { key: "serial", zh: ["序号"], en: "No." },
    { key: "acceptanceNumber", zh: ["受理号"], en: "Acceptance number", required: true },
    { key: "drugName", zh: ["药品名称"], en: "Drug name", required: true },
    { key: "company", zh: ["企业名称", "生产企业", "申请人"], en: "Company", required: true },
    { key: "approvalNumber", zh: ["批准文号", "药品批准文号"], en: "Approval number", required: true },
    { key: "approvalDate", zh: ["批准日期", "送达日期", "发件日期"], en: "Approval date" },
  ],
});
