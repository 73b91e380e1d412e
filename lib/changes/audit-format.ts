// How audit values read to a person: enum codes become their labels, empty values a dash, field names
// words. Used by History, /activity and the conflict message, so all three say the same thing.
import type { AuditJson } from "@/lib/audit/record";
import { labelOf, type Lang, type VocabularyName } from "@/lib/domain/vocabulary";

const FIELD_VOCABULARY: Record<string, VocabularyName> = {
  type: "ApplicationType",
  status: "ApplicationStatus",
  fromStatus: "ApplicationStatus",
  toStatus: "ApplicationStatus",
  reviewTrack: "ReviewTrack",
  decision: "ApplicationDecision",
  inspectionStatus: "ParallelCheckStatus",
  testingStatus: "ParallelCheckStatus",
  list: "ReimbursementList",
  route: "ReimbursementRoute",
  modality: "Modality",
  mechanismClass: "MechanismClass",
  leadStage: "ProgramStage",
  currentStage: "ProgramStage",
  stage: "ProgramStage",
  drugCategory: "DrugCategory",
  registrationClass: "RegistrationClass",
  origin: "Origin",
  sourceConfidence: "SourceConfidence",
  role: "Role",
};

const ENTITY_FIELD_VOCABULARY: Record<string, Record<string, VocabularyName>> = {
  Designation: { type: "DesignationType", state: "DesignationState" },
  ReimbursementListing: { state: "ReimbursementState" },
  ProvincialAccess: { state: "ProvincialAccessState" },
};

const FIELD_LABELS: Record<string, string> = {
  nameEn: "English name",
  nameZh: "Chinese name",
  inn: "INN",
  brandNamesEn: "Brands (English)",
  brandNamesZh: "Brands (Chinese)",
  indicationEn: "Indication (English)",
  indicationZh: "Indication (Chinese)",
  acceptanceNumber: "Acceptance number (受理号)",
  acceptanceDate: "Acceptance date (承办日期)",
  originatorId: "Originator",
  chinaRightsHolderId: "China rights holder",
  sponsorId: "Sponsor",
  applicantId: "Applicant",
  sourceUrl: "Source",
  provinceCode: "Province",
  listedDate: "Listed on platform (挂网)",
  dualChannelDate: "Dual channel (双通道)",
  cdeRecordId: "CDE record id",
  disabledAt: "Disabled",
};

/** Field names in Chinese (the audit trail's words in a zh-CN interface). */
const FIELD_LABELS_ZH: Record<string, string> = {
  id: "编号", searchText: "搜索文本", pinyinSortKey: "拼音排序键", nameKeys: "名称匹配键", lastRegulatoryChange: "最近监管变更",
  acceptanceDate: "承办日期", acceptanceNumber: "受理号", acceptancePrecision: "承办日期精度",
  agreementEndDate: "协议期结束", agreementEndPrecision: "协议期结束精度", agreementStartDate: "协议期开始", agreementStartPrecision: "协议期开始精度",
  applicantId: "申请人", applicationId: "注册申请", appliedDate: "申报日期", appliedPrecision: "申报日期精度", approvalNumber: "批准文号",
  brandNamesEn: "商品名（英文）", brandNamesZh: "商品名（中文）", candidateId: "候选药物", cdeRecordId: "CDE 记录编号",
  changeDate: "变更日期", changePrecision: "变更日期精度", chinaRightsHolderId: "中国权益方", codeNames: "研发代号", conditions: "附带条件",
  country: "国家/地区", currentStage: "当前阶段", decision: "审批结论", decisionDate: "结论日期", decisionPrecision: "结论日期精度",
  disabledAt: "停用时间", doseForm: "剂型", drugCategory: "药品类别", effectiveDate: "生效日期", effectivePrecision: "生效日期精度",
  email: "邮箱", endDate: "结束日期", eventDate: "事件日期", eventPrecision: "事件日期精度", expertReviewDate: "专家评审日期",
  expertReviewPrecision: "专家评审日期精度", formalReviewDate: "形式审查日期", formalReviewPrecision: "形式审查日期精度", fromStatus: "原状态",
  grantedDate: "纳入日期", grantedPrecision: "纳入日期精度", illustrative: "示例数据", indicationEn: "适应症（英文）", indicationZh: "适应症（中文）",
  inn: "INN", inspectionStatus: "核查状态", leadStage: "最高研发阶段", list: "目录", listYear: "目录年份", locale: "界面语言",
  mechanismClass: "作用机制", modality: "药物形式", name: "名称", nameEn: "英文名", nameZh: "中文名", negotiationDate: "谈判日期",
  negotiationPrecision: "谈判日期精度", note: "备注", notes: "备注", obligationDeadline: "义务完成时限", obligationPrecision: "义务时限精度",
  origin: "来源", originatorId: "原研企业", paymentStandard: "支付标准", paymentUnit: "支付单位", programId: "研发项目",
  publicationDate: "公布日期", publicationPrecision: "公布日期精度", publicityEndDate: "公示结束", publicityEndPrecision: "公示结束精度",
  publicityStartDate: "公示开始", publicityStartPrecision: "公示开始精度", query: "查询", reason: "理由", registrationClass: "注册分类",
  regulationVersion: "法规版本", removedDate: "调出日期", removedPrecision: "调出日期精度", requestedDate: "申请日期", requestedPrecision: "申请日期精度",
  researchOnly: "仅科研", restriction: "限定支付范围", reviewDeadline: "审评时限", reviewTrack: "审评通道", revokedAt: "撤销时间", role: "角色",
  route: "纳入方式", slug: "标识", sourceConfidence: "来源可信度", sourceUrl: "来源", sponsorId: "申办方", stage: "研发阶段", startDate: "开始日期",
  state: "状态", status: "状态", statusDate: "状态日期", statusPrecision: "状态日期精度", submittedDate: "提交日期", submittedPrecision: "提交日期精度",
  targets: "靶点", terminatedDate: "终止日期", terminatedPrecision: "终止日期精度", terminationReason: "终止原因", testingStatus: "检验状态",
  toStatus: "新状态", type: "类型", userId: "用户", version: "版本",
  listingId: "医保目录记录", provinceCode: "省份", stateDate: "状态日期", statePrecision: "状态日期精度", listedDate: "挂网日期", listedPrecision: "挂网日期精度",
  dualChannelDate: "双通道日期", dualChannelPrecision: "双通道日期精度", withdrawnDate: "撤网日期", withdrawnPrecision: "撤网日期精度",
};

const ENTITY_LABELS_ZH: Record<string, string> = {
  Candidate: "候选药物", Program: "研发项目", Application: "注册申请", ApplicationStatusChange: "状态变更", Designation: "加快程序",
  ReimbursementListing: "医保目录记录", StageEvent: "阶段事件", Company: "企业", User: "用户", ApiToken: "API 令牌", SavedView: "保存的视图",
  ClockStop: "暂停计时", ProvincialAccess: "省级准入",
};

/** "statusDate" → "Status date" (状态日期 in Chinese); known fields get their own label. */
export function fieldLabel(field: string, lang: Lang = "en"): string {
  if (lang === "zh" && FIELD_LABELS_ZH[field]) return FIELD_LABELS_ZH[field];
  const known = FIELD_LABELS[field];
  if (known) return known;
  const words = field.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Entity type names as people say them. */
export function entityLabel(entityType: string, lang: Lang = "en"): string {
  if (lang === "zh" && ENTITY_LABELS_ZH[entityType]) return ENTITY_LABELS_ZH[entityType];
  const labels: Record<string, string> = {
    ReimbursementListing: "Reimbursement listing",
    ProvincialAccess: "Provincial access",
    ApplicationStatusChange: "Status change",
    StageEvent: "Stage event",
    ApiToken: "API token",
  };
  return labels[entityType] ?? entityType;
}

export function formatAuditValue(entityType: string, field: string | null, value: AuditJson | undefined, lang: Lang = "en"): string {
  if (value === null || value === undefined || value === "") return "—";
  if (Array.isArray(value)) return value.length === 0 ? "—" : value.map((item) => formatAuditValue(entityType, field, item, lang)).join(lang === "zh" ? "、" : ", ");
  if (typeof value === "boolean") return lang === "zh" ? (value ? "是" : "否") : value ? "yes" : "no";
  if (typeof value === "object") return JSON.stringify(value);
  const vocabulary = field ? (ENTITY_FIELD_VOCABULARY[entityType]?.[field] ?? FIELD_VOCABULARY[field]) : undefined;
  return vocabulary ? labelOf(vocabulary, String(value), lang) : String(value);
}

/** "Status: Under review → Implied approval". */
export function describeFieldChange(entityType: string, field: string, before: AuditJson | undefined, after: AuditJson | undefined, lang: Lang = "en"): string {
  const separator = lang === "zh" ? "：" : ": ";
  return `${fieldLabel(field, lang)}${separator}${formatAuditValue(entityType, field, before, lang)} → ${formatAuditValue(entityType, field, after, lang)}`;
}
