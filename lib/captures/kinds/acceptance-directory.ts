// CDE 受理品种目录 (acceptance directory): one row per 受理号 the centre has accepted.
import { defineKind } from "@/lib/captures/kind";

export const acceptanceDirectory = defineKind({
  name: "acceptance-directory",
  label: { en: "CDE acceptance directory", zh: "受理品种目录" },
  where: { en: "cde.org.cn → 信息公开 → 受理品种信息 → 受理品种目录", zh: "药审中心网站 → 信息公开 → 受理品种信息 → 受理品种目录" },
  columns: [
    { key: "serial", zh: ["序号"], en: "No." },
    { key: "acceptanceNumber", zh: ["受理号"], en: "Acceptance number", required: true },
    { key: "drugName", zh: ["药品名称"], en: "Drug name", required: true },
    { key: "drugType", zh: ["药品类型"], en: "Drug type", required: true },
    { key: "applicationType", zh: ["申请类型"], en: "Application type", required: true },
    { key: "registrationClass", zh: ["注册分类"], en: "Registration class", required: true },
    { key: "company", zh: ["企业名称", "申请人"], en: "Company", required: true },
    { key: "acceptanceDate", zh: ["承办日期"], en: "Acceptance date", required: true },
  ],
});
