// Capture sources as analysts make them, built from rows: a browser paste (tabs, the list's title line and a
// "共 N 条" footer), a saved HTML page (site navigation, a search form table, the list table, a pager), an XLSX
// written by exceljs (with the notice's merged title row) and a CSV in UTF-8 or GBK.
import ExcelJS from "exceljs";
import iconv from "iconv-lite";

export type Table = { title: string; header: readonly string[]; rows: readonly (readonly string[])[]; total?: number };

export function pasteOf({ title, header, rows, total }: Table, { repeatHeaderEvery = 0 } = {}): string {
  const lines = [title, header.join("\t")];
  rows.forEach((row, index) => {
    if (repeatHeaderEvery && index > 0 && index % repeatHeaderEvery === 0) lines.push(header.join("\t"));
    lines.push(row.join("\t"));
  });
  lines.push(`共 ${total ?? rows.length} 条  每页 20 条  首页 上一页 1 下一页 尾页`);
  return lines.join("\r\n") + "\r\n";
}

const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export function htmlOf({ title, header, rows, total }: Table, { charset = "utf-8" } = {}): string {
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="${charset}"><title>${escape(title)} - 国家药品监督管理局药品审评中心</title>
<script>var _hmt = _hmt || []; document.write("<table><tr><td>受理号</td></tr></table>");</script>
<style>td { padding: 2px }</style></head>
<body>
<div class="header"><ul class="nav"><li><a href="/main/index">首页</a></li><li><a href="/main/xxgk">信息公开</a></li><li><a href="/main/zwgk">政务公开</a></li></ul></div>
<table class="search"><tr><td>药品名称：</td><td><input name="drgnamecn"></td><td>受理号：</td><td><input name="acceptid"></td><td><button>查询</button></td></tr></table>
<div class="list_title"><h2>${escape(title)}</h2></div>
<table class="layui-table" lay-skin="line">
<thead><tr>${header.map((cell) => `<th>${escape(cell)}</th>`).join("")}<th>操作</th></tr></thead>
<tbody>
${rows.map((row) => `<tr>${row.map((cell) => `<td><span>${escape(cell)}</span></td>`).join("")}<td><a href="javascript:void(0)">详情</a></td></tr>`).join("\n")}
</tbody></table>
<div class="layui-laypage"><span class="layui-laypage-count">共 ${total ?? rows.length} 条</span><a class="layui-laypage-prev">上一页</a><em>1</em><a class="layui-laypage-next">下一页</a></div>
<div class="footer">版权所有：国家药品监督管理局药品审评中心 京ICP备09013725号</div>
</body></html>`;
}

export async function xlsxOf({ title, header, rows }: Table): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("目录");
  sheet.addRow([title]);
  sheet.mergeCells(1, 1, 1, header.length);
  sheet.addRow([...header]);
  for (const row of rows) sheet.addRow([...row]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export function csvOf({ header, rows }: Table, encoding: "utf-8" | "gbk" = "utf-8"): Uint8Array {
  const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  const text = [header, ...rows].map((row) => row.map(quote).join(",")).join("\r\n") + "\r\n";
  return encoding === "gbk" ? new Uint8Array(iconv.encode(text, "gbk")) : new TextEncoder().encode("\uFEFF" + text);
}

/** Full-width forms of ASCII digits, letters and spaces, as some pages print them. */
export function fullWidth(text: string): string {
  return text.replace(/[0-9A-Za-z]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0)).replace(/ /g, "\u3000");
}

export const HEADERS = {
  "acceptance-directory": ["序号", "受理号", "药品名称", "药品类型", "申请类型", "注册分类", "企业名称", "承办日期"],
  "review-tasks": ["序号", "受理号", "药品名称", "进入中心时间", "审评状态", "药理毒理", "临床", "药学", "统计", "临床药理", "合规", "备注"],
  "breakthrough-publicity": ["序号", "受理号", "药品名称", "申请人", "拟定适应症（或功能主治）", "公示日期", "公示截止日期"],
  "priority-publicity": ["序号", "受理号", "药品名称", "企业名称", "拟定适应症", "拟优先审评理由", "公示日期", "公示截止日期"],
  "approval-notices": ["序号", "受理号", "药品名称", "企业名称", "批准文号", "送达日期"],
  "nhsa-list": ["编号", "药品名称", "剂型", "类别", "协议有效期", "支付标准", "备注"],
} as const;

export const TITLES = {
  "acceptance-directory": "受理品种目录",
  "review-tasks": "审评任务公示",
  "breakthrough-publicity": "拟纳入突破性治疗品种公示",
  "priority-publicity": "拟纳入优先审评品种公示",
  "approval-notices": "药品批准证明文件送达信息",
  "nhsa-list": "国家基本医疗保险、工伤保险和生育保险药品目录（协议期内谈判药品部分）",
} as const;

export type FixtureKind = keyof typeof HEADERS;

/** One illustrative row per kind (acceptance numbers not in the seed). */
export const SAMPLE_ROWS: Record<FixtureKind, readonly (readonly string[])[]> = {
  "acceptance-directory": [
    ["1", "CXHL2500101", "示例肽注射液", "化药", "新药", "1", "蓝山多肽医药（示例）", "2025/3/4"],
    ["2", "CYHB2005313国", "利拉鲁肽注射液", "化药", "补充申请", "4", "示例药业有限公司", "2020年9月11日"],
  ],
  "review-tasks": [["1", "CXHL2500101", "示例肽注射液", "2025-03-04", "正在审评", "已完成审评", "正在审评", "排队待审评", "", "", "", ""]],
  "breakthrough-publicity": [["1", "CXHL2500101", "示例肽注射液", "蓝山多肽医药（示例）", "肥胖症", "2025-05-06", "2025-05-13"]],
  "priority-publicity": [["1", "CXHL2500101", "示例肽注射液", "蓝山多肽医药（示例）", "肥胖症", "符合附条件批准的药品", "2025-05-06", "2025-05-13"]],
  "approval-notices": [["1", "CXHL2500101", "示例肽注射液", "蓝山多肽医药（示例）", "国药准字H20250001", "2025-09-01"]],
  "nhsa-list": [["1", "示例肽", "注射剂", "协议", "2025年1月1日至2026年12月31日", "110元(0.1mg/支)", "限肥胖症"]],
};
