// Provincial access notices: a province's list of drugs put on its procurement platform (挂网), named in its
// dual-channel (双通道) list, restricted or withdrawn, as analysts copy it from the provincial medical
// insurance or procurement site. One row is one province's state for one drug's current listing.
import { defineKind } from "@/lib/captures/kind";

export const provincialNotice = defineKind({
  name: "provincial-notice",
  label: { en: "Provincial access notice (挂网 / 双通道)", zh: "省级挂网／双通道通知" },
  where: {
    en: "the province's medical insurance bureau or procurement platform site → the notice's list (copy the table, or save it as CSV)",
    zh: "省级医保局或药品招采平台网站 → 通知所附名单（复制表格或另存为 CSV）",
  },
  columns: [
    { key: "serial", zh: ["序号", "编号"], en: "No." },
    { key: "province", zh: ["省份", "地区", "省（区、市）", "省区市"], en: "Province", required: true },
    { key: "drugName", zh: ["药品名称", "通用名", "通用名称"], en: "Drug name", required: true },
    { key: "status", zh: ["状态", "挂网状态", "准入状态"], en: "Status", required: true },
    { key: "date", zh: ["日期", "挂网时间", "挂网日期", "执行日期"], en: "Date" },
  ],
});
