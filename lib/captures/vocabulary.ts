// The lists' own wording mapped to the database's vocabulary, as data. Wording not seen on a live page is
// marked UNVERIFIED (reference.md §1): a value not listed here makes the row a conflict, never a guess.
import type { ApplicationStatus, ApplicationType, DrugCategory, ProvincialAccessState, ReimbursementList } from "@/generated/prisma/enums";
import { normaliseCell } from "@/lib/captures/normalise";

/** 审评任务公示 审评状态 → application status. */
export const REVIEW_STATUS_WORDING: Readonly<Record<string, ApplicationStatus>> = {
  排队待审评: "QUEUED_FOR_REVIEW",
  待审评: "QUEUED_FOR_REVIEW",
  正在审评: "UNDER_REVIEW",
  在审评: "UNDER_REVIEW",
  审评中: "UNDER_REVIEW",
  // UNVERIFIED: how the task list words a pending supplement and the hand-over to administrative approval.
  发补: "SUPPLEMENT_REQUESTED",
  补充资料: "SUPPLEMENT_REQUESTED",
  待补充资料: "SUPPLEMENT_REQUESTED",
  已完成审评: "UNDER_ADMIN_APPROVAL",
  审评完毕: "UNDER_ADMIN_APPROVAL",
  在审批: "UNDER_ADMIN_APPROVAL",
  审批完毕: "APPROVED_PENDING_CERTIFICATE",
  "审批完毕-待制证": "APPROVED_PENDING_CERTIFICATE",
};

/** 受理品种目录 申请类型 → application type (the acceptance number's letters are checked beside it). */
export const APPLICATION_TYPE_WORDING: Readonly<Record<string, ApplicationType>> = {
  新药: "NDA",
  上市许可: "NDA",
  上市申请: "NDA",
  临床试验: "IND",
  临床: "IND",
  补充申请: "SUPPLEMENT",
  仿制: "GENERIC",
  仿制药: "GENERIC",
  再注册: "RE_REGISTRATION",
  进口: "NDA",
  进口再注册: "RE_REGISTRATION",
};

/** 药品类型 → drug category. */
export const DRUG_TYPE_WORDING: Readonly<Record<string, DrugCategory>> = {
  化药: "CHEMICAL",
  化学药品: "CHEMICAL",
  生物制品: "BIOLOGICAL",
  治疗用生物制品: "BIOLOGICAL",
  中药: "TCM",
  中药天然药物: "TCM",
};

/** NHSA 类别 → list. 协议 / 谈判 rows sit in the negotiated section (paid as B-list). */
export const LIST_CATEGORY_WORDING: Readonly<Record<string, ReimbursementList>> = {
  甲: "NRDL_A",
  甲类: "NRDL_A",
  乙: "NRDL_B",
  乙类: "NRDL_B",
  协议: "NRDL_NEGOTIATED",
  协议期内谈判药品: "NRDL_NEGOTIATED",
  谈判: "NRDL_NEGOTIATED",
  商保: "CHI_INNOVATIVE",
  商保创新药: "CHI_INNOVATIVE",
  商业健康保险创新药品目录: "CHI_INNOVATIVE",
};

/** Looks a cell up in a wording table after NFKC and with spaces removed. */
/** A provincial notice's status column: the words notices use for each provincial access state. */
export const PROVINCIAL_STATE_WORDING: Readonly<Record<string, ProvincialAccessState>> = {
  挂网: "PLATFORM_LISTED",
  已挂网: "PLATFORM_LISTED",
  挂网采购: "PLATFORM_LISTED",
  双通道: "DUAL_CHANNEL",
  纳入双通道: "DUAL_CHANNEL",
  双通道管理: "DUAL_CHANNEL",
  限制: "RESTRICTED",
  限制使用: "RESTRICTED",
  撤网: "WITHDRAWN",
  已撤网: "WITHDRAWN",
  取消挂网: "WITHDRAWN",
};

export function lookUpWording<T>(table: Readonly<Record<string, T>>, cell: string | undefined): T | undefined {
  if (!cell) return undefined;
  const key = normaliseCell(cell).replace(/\s+/g, "").replace(/[－—–]/g, "-");
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
