// English and Chinese labels for every schema enum (Chinese in NMPA/CDE/NHSA wording, reference §1.2 and
// §6.2) and display-ordered value lists. Browser code imports it for labels, so the zod enums that server
// validation builds from the same Prisma vocabulary live beside it, in vocabulary-schemas.ts.
import {
  ApplicationDecision,
  ApplicationStatus,
  ApplicationType,
  AuditAction,
  CaptureOutcome,
  CaptureProposalStatus,
  DatePrecision,
  DesignationState,
  DesignationType,
  DrugCategory,
  MechanismClass,
  Modality,
  Origin,
  ParallelCheckStatus,
  ProgramStage,
  ProvincialAccessState,
  RegistrationClass,
  ReimbursementList,
  ReimbursementRoute,
  ReimbursementState,
  ReviewPath,
  ReviewTrack,
  Role,
  SourceConfidence,
} from "@/generated/prisma/enums";

export type Lang = "en" | "zh";
export type Label = { readonly en: string; readonly zh: string };
type Labels<T extends string> = { readonly [K in T]: Label };

const PROGRAM_STAGE_LABELS: Labels<ProgramStage> = {
  RESEARCH_ONLY: { en: "Research only", zh: "仅科研（无注册路径）" },
  PRECLINICAL: { en: "Preclinical", zh: "临床前研究" },
  PRE_IND_MEETING: { en: "Pre-IND meeting", zh: "Pre-IND沟通交流" },
  IND_FILED: { en: "IND filed", zh: "临床试验申请已提交" },
  IND_CLEARED: { en: "IND cleared", zh: "获准开展临床试验" },
  PHASE_1: { en: "Phase 1", zh: "I期临床试验" },
  PHASE_2: { en: "Phase 2", zh: "II期临床试验" },
  PHASE_3: { en: "Phase 3", zh: "III期临床试验" },
  PRE_NDA_MEETING: { en: "Pre-NDA meeting", zh: "Pre-NDA沟通交流" },
  NDA_FILED: { en: "NDA filed", zh: "上市许可申请已提交" },
  NDA_UNDER_REVIEW: { en: "NDA under review", zh: "上市许可申请审评中" },
  APPROVED: { en: "Approved", zh: "批准上市" },
  CONDITIONALLY_APPROVED: { en: "Conditionally approved", zh: "附条件批准上市" },
  LAUNCHED: { en: "Launched", zh: "已上市销售" },
  POST_APPROVAL: { en: "Post-approval", zh: "上市后阶段" },
  NOT_APPROVED: { en: "Not approved", zh: "不予批准" },
  DISCONTINUED: { en: "Discontinued", zh: "终止研发" },
};

const APPLICATION_STATUS_LABELS: Labels<ApplicationStatus> = {
  SUBMITTED: { en: "Submitted", zh: "已申报" },
  PENDING_ACCEPTANCE: { en: "Pending acceptance", zh: "待受理" },
  CORRECTION_REQUESTED: { en: "Correction requested", zh: "补正" },
  ACCEPTED: { en: "Accepted", zh: "已受理" },
  NOT_ACCEPTED: { en: "Not accepted", zh: "不予受理" },
  ABANDONED: { en: "Abandoned (no correction)", zh: "视为放弃申请" },
  QUEUED_FOR_REVIEW: { en: "Queued for review", zh: "待审评" },
  UNDER_REVIEW: { en: "Under review", zh: "在审评" },
  SUPPLEMENT_REQUESTED: { en: "Supplementary information requested", zh: "发补（补充资料）" },
  IMPLIED_APPROVAL: { en: "Implied approval", zh: "默示许可" },
  UNDER_ADMIN_APPROVAL: { en: "Under administrative approval", zh: "在审批" },
  APPROVED_PENDING_CERTIFICATE: { en: "Approved, certificate pending", zh: "审批完毕－待制证" },
  CERTIFICATE_ISSUED: { en: "Certificate issued", zh: "制证完毕－已发批件" },
  NOT_APPROVED: { en: "Not approved", zh: "不批准" },
  OBJECTION_FILED: { en: "Objection filed", zh: "已提出异议" },
  OBJECTION_UPHELD: { en: "Non-approval upheld after objection", zh: "异议后维持不批准" },
  WITHDRAWN: { en: "Withdrawn", zh: "企业撤回" },
  TERMINATED: { en: "Terminated", zh: "终止审评" },
};

const APPLICATION_TYPE_LABELS: Labels<ApplicationType> = {
  IND: { en: "Clinical trial application (IND)", zh: "临床试验申请" },
  NDA: { en: "Marketing application (NDA/BLA)", zh: "上市许可申请" },
  SUPPLEMENT: { en: "Supplementary application", zh: "补充申请" },
  GENERIC: { en: "Generic application", zh: "仿制药申请" },
  RE_REGISTRATION: { en: "Re-registration", zh: "再注册" },
  OTHER: { en: "Other", zh: "其他" },
};

const REVIEW_TRACK_LABELS: Labels<ReviewTrack> = {
  IND_60: { en: "IND review (60 WD)", zh: "临床试验申请审评（60个工作日）" },
  IND_FAST_30: { en: "IND fast channel (30 WD)", zh: "创新药临床试验审评审批30日通道" },
  STANDARD_200: { en: "Standard review (200 WD)", zh: "标准审评（200个工作日）" },
  PRIORITY_130: { en: "Priority review (130 WD)", zh: "优先审评（130个工作日）" },
  PRIORITY_RARE_70: { en: "Priority review, rare disease (70 WD)", zh: "罕见病优先审评（70个工作日）" },
  SUPPLEMENT_60: { en: "Supplement (60 WD)", zh: "补充申请（60个工作日）" },
  SUPPLEMENT_80: { en: "Supplement with other items (80 WD)", zh: "补充申请，合并其他事项（80个工作日）" },
  SUPPLEMENT_200: { en: "Supplement with clinical review, inspection or testing (200 WD)", zh: "补充申请，涉及临床/核查/检验（200个工作日）" },
};

const DESIGNATION_TYPE_LABELS: Labels<DesignationType> = {
  BREAKTHROUGH_THERAPY: { en: "Breakthrough therapy", zh: "突破性治疗药物" },
  PRIORITY_REVIEW: { en: "Priority review", zh: "优先审评审批" },
  CONDITIONAL_APPROVAL: { en: "Conditional approval", zh: "附条件批准" },
  SPECIAL_APPROVAL: { en: "Special approval", zh: "特别审批" },
  IND_FAST_CHANNEL: { en: "30-WD IND fast channel", zh: "创新药临床试验审评审批30日通道" },
};

const DESIGNATION_STATE_LABELS: Labels<DesignationState> = {
  NOT_APPLIED: { en: "Not applied", zh: "未申请" },
  REQUESTED: { en: "Requested", zh: "已申请" },
  UNDER_ASSESSMENT: { en: "Under assessment", zh: "审核中" },
  PUBLICIZED: { en: "Publicized", zh: "拟纳入公示" },
  OBJECTION_RAISED: { en: "Objection raised", zh: "异议论证中" },
  GRANTED: { en: "Granted", zh: "已纳入" },
  REJECTED: { en: "Rejected", zh: "未纳入" },
  WITHDRAWN: { en: "Withdrawn", zh: "申请人撤回" },
  TERMINATED: { en: "Terminated", zh: "终止" },
  CONSUMED: { en: "Ended at approval", zh: "已获批（程序完成）" },
  CONDITIONALLY_APPROVED: { en: "Conditionally approved", zh: "附条件批准" },
  CONVERTED_TO_FULL: { en: "Converted to full approval", zh: "转为常规批准" },
  EXTENDED: { en: "Deadline extended", zh: "完成时限延期" },
  REVOKED: { en: "Revoked", zh: "注销" },
};

const REIMBURSEMENT_LIST_LABELS: Labels<ReimbursementList> = {
  NRDL_A: { en: "NRDL category A", zh: "国家医保目录甲类" },
  NRDL_B: { en: "NRDL category B", zh: "国家医保目录乙类" },
  NRDL_NEGOTIATED: { en: "NRDL negotiated", zh: "协议期内谈判药品" },
  CHI_INNOVATIVE: { en: "Commercial insurance innovative drug list", zh: "商业健康保险创新药品目录" },
  PROVINCIAL_LEGACY: { en: "Provincial supplement (legacy)", zh: "省级增补（历史）" },
};

const REIMBURSEMENT_STATE_LABELS: Labels<ReimbursementState> = {
  NOT_ELIGIBLE: { en: "Not eligible", zh: "不符合申报条件" },
  ELIGIBLE: { en: "Eligible", zh: "符合申报条件" },
  APPLIED: { en: "Applied", zh: "已申报" },
  FORMAL_REVIEW_PASSED: { en: "Passed formal review", zh: "通过形式审查" },
  FORMAL_REVIEW_FAILED: { en: "Failed formal review", zh: "未通过形式审查" },
  EXPERT_REVIEW_PASSED: { en: "Passed expert review", zh: "通过专家评审" },
  EXPERT_REVIEW_FAILED: { en: "Failed expert review", zh: "未通过专家评审" },
  NEGOTIATION_SUCCEEDED: { en: "Negotiation succeeded", zh: "谈判成功" },
  NEGOTIATION_FAILED: { en: "Negotiation failed", zh: "谈判失败" },
  LISTED: { en: "Listed", zh: "纳入目录" },
  RENEWED: { en: "Renewed", zh: "简易续约" },
  RENEGOTIATED: { en: "Renegotiated", zh: "重新谈判" },
  CONVERTED_TO_REGULAR: { en: "Converted to regular list", zh: "转入常规目录" },
  REMOVED: { en: "Removed", zh: "调出目录" },
};

const REIMBURSEMENT_ROUTE_LABELS: Labels<ReimbursementRoute> = {
  NEGOTIATION: { en: "Negotiation", zh: "谈判" },
  BIDDING: { en: "Price bidding", zh: "竞价" },
  DIRECT: { en: "Direct inclusion", zh: "直接调入" },
  VBP: { en: "Volume-based procurement", zh: "集中带量采购" },
};

const MECHANISM_CLASS_LABELS: Labels<MechanismClass> = {
  GLP1_RA: { en: "GLP-1 receptor agonist", zh: "GLP-1受体激动剂" },
  GIP_GLP1_RA: { en: "GIP/GLP-1 dual agonist", zh: "GIP/GLP-1双受体激动剂" },
  GCG_GLP1_RA: { en: "GCG/GLP-1 dual agonist", zh: "GCG/GLP-1双受体激动剂" },
  GLP1_PYY: { en: "GLP-1/PYY agonist", zh: "GLP-1/PYY受体激动剂" },
  GIP_GLP1_GCG_RA: { en: "GIP/GLP-1/GCG triple agonist", zh: "GIP/GLP-1/GCG三受体激动剂" },
  AMYLIN_ANALOG: { en: "Amylin analogue", zh: "胰淀素类似物" },
  GH_SECRETAGOGUE: { en: "Growth hormone secretagogue", zh: "生长激素促泌剂" },
  GHRH_ANALOG: { en: "GHRH analogue", zh: "生长激素释放激素类似物" },
  RESEARCH_PEPTIDE: { en: "Research peptide", zh: "研究用多肽" },
  OTHER: { en: "Other", zh: "其他" },
};

const MODALITY_LABELS: Labels<Modality> = {
  SYNTHETIC_PEPTIDE: { en: "Synthetic peptide", zh: "化学合成多肽" },
  RECOMBINANT_PEPTIDE: { en: "Recombinant peptide", zh: "重组多肽" },
  PEPTIDE_CONJUGATE: { en: "Peptide conjugate", zh: "多肽偶联物" },
  SMALL_MOLECULE: { en: "Small molecule", zh: "小分子" },
  ANTIBODY: { en: "Antibody", zh: "抗体" },
  OTHER: { en: "Other", zh: "其他" },
};

const DRUG_CATEGORY_LABELS: Labels<DrugCategory> = {
  CHEMICAL: { en: "Chemical drug", zh: "化学药品" },
  BIOLOGICAL: { en: "Biological product", zh: "生物制品" },
  TCM: { en: "Traditional Chinese medicine", zh: "中药" },
};

const ORIGIN_LABELS: Labels<Origin> = {
  DOMESTIC: { en: "Domestic", zh: "国产" },
  IMPORTED: { en: "Imported", zh: "进口" },
};

const REGISTRATION_CLASS_LABELS: Labels<RegistrationClass> = {
  CHEM_1: { en: "Chemical 1 (innovative)", zh: "化学药品1类（创新药）" },
  CHEM_2_1: { en: "Chemical 2.1 (improved: isomer, ester, salt...)", zh: "化学药品2.1类（改良型新药）" },
  CHEM_2_2: { en: "Chemical 2.2 (improved: dosage form, process, route)", zh: "化学药品2.2类（改良型新药）" },
  CHEM_2_3: { en: "Chemical 2.3 (improved: new combination)", zh: "化学药品2.3类（改良型新药）" },
  CHEM_2_4: { en: "Chemical 2.4 (improved: new indication)", zh: "化学药品2.4类（改良型新药）" },
  CHEM_3: { en: "Chemical 3 (generic of originator marketed abroad only)", zh: "化学药品3类（仿制境外上市境内未上市原研药）" },
  CHEM_4: { en: "Chemical 4 (generic of originator marketed in China)", zh: "化学药品4类（仿制境内已上市原研药）" },
  CHEM_5_1: { en: "Chemical 5.1 (imported originator)", zh: "化学药品5.1类（境外上市原研药申请境内上市）" },
  CHEM_5_2: { en: "Chemical 5.2 (imported non-originator)", zh: "化学药品5.2类（境外上市非原研药申请境内上市）" },
  BIO_1: { en: "Biologic 1 (innovative)", zh: "生物制品1类（创新型）" },
  BIO_2: { en: "Biologic 2 (improved)", zh: "生物制品2类（改良型）" },
  BIO_3_1: { en: "Biologic 3.1", zh: "生物制品3.1类" },
  BIO_3_2: { en: "Biologic 3.2", zh: "生物制品3.2类" },
  BIO_3_3: { en: "Biologic 3.3 (biosimilar)", zh: "生物制品3.3类（生物类似药）" },
  BIO_3_4: { en: "Biologic 3.4", zh: "生物制品3.4类" },
  TCM_1: { en: "TCM 1 (innovative)", zh: "中药1类（创新药）" },
  TCM_2: { en: "TCM 2 (improved)", zh: "中药2类（改良型新药）" },
  TCM_3: { en: "TCM 3 (classical formula)", zh: "中药3类（古代经典名方中药复方制剂）" },
  TCM_4: { en: "TCM 4 (same name, same formula)", zh: "中药4类（同名同方药）" },
};

const DATE_PRECISION_LABELS: Labels<DatePrecision> = {
  DAY: { en: "Day", zh: "日" },
  MONTH: { en: "Month", zh: "月" },
  YEAR: { en: "Year", zh: "年" },
};

const SOURCE_CONFIDENCE_LABELS: Labels<SourceConfidence> = {
  OFFICIAL: { en: "Official", zh: "官方" },
  COMPANY: { en: "Company", zh: "企业" },
  PRESS: { en: "Press", zh: "媒体" },
  UNVERIFIED: { en: "Unverified", zh: "未核实" },
};

const PARALLEL_CHECK_STATUS_LABELS: Labels<ParallelCheckStatus> = {
  NOT_REQUIRED: { en: "Not required", zh: "无需" },
  SCHEDULED: { en: "Scheduled", zh: "已安排" },
  IN_PROGRESS: { en: "In progress", zh: "进行中" },
  COMPLETED: { en: "Completed", zh: "已完成" },
  FAILED: { en: "Failed", zh: "未通过" },
};

const APPLICATION_DECISION_LABELS: Labels<ApplicationDecision> = {
  APPROVED: { en: "Approved", zh: "批准" },
  CONDITIONALLY_APPROVED: { en: "Conditionally approved", zh: "附条件批准" },
  IMPLIED_APPROVAL: { en: "Implied approval", zh: "默示许可" },
  NOT_APPROVED: { en: "Not approved", zh: "不批准" },
  WITHDRAWN: { en: "Withdrawn", zh: "企业撤回" },
  RETURNED: { en: "Returned", zh: "退审" },
};

const REVIEW_PATH_LABELS: Labels<ReviewPath> = {
  STANDARD: { en: "Standard review", zh: "常规审评" },
  PRIORITY: { en: "Priority review", zh: "优先审评" },
  CONDITIONAL: { en: "Conditional approval", zh: "附条件批准" },
  SPECIAL: { en: "Special approval", zh: "特别审批" },
};

const ROLE_LABELS: Labels<Role> = {
  VIEWER: { en: "Viewer", zh: "查看者" },
  ANALYST: { en: "Analyst", zh: "分析员" },
  ADMIN: { en: "Administrator", zh: "管理员" },
};

const AUDIT_ACTION_LABELS: Labels<AuditAction> = {
  CREATE: { en: "Created", zh: "创建" },
  UPDATE: { en: "Updated", zh: "修改" },
  TRANSITION: { en: "Status change", zh: "状态变更" },
  DELETE: { en: "Deleted", zh: "删除" },
};

// Capture proposals (lib/captures): the same words as the review screen's catalogue (messages/*/captures.json).
const CAPTURE_OUTCOME_LABELS: Labels<CaptureOutcome> = {
  NEW_APPLICATION: { en: "New application", zh: "新申请" },
  STATUS_CHANGE: { en: "Status change", zh: "状态变更" },
  DESIGNATION_PUBLICITY: { en: "Designation publicity", zh: "程序公示" },
  DESIGNATION_GRANTED: { en: "Designation granted", zh: "纳入程序" },
  APPROVAL_RECORDED: { en: "Approval recorded", zh: "记录批准" },
  LISTING_ADDED: { en: "Listing added", zh: "新增目录" },
  LISTING_CHANGED: { en: "Listing changed", zh: "目录变更" },
  NEW_CANDIDATE: { en: "New candidate needed", zh: "需新建候选药物" },
  UNCHANGED: { en: "Unchanged", zh: "无变化" },
  CONFLICT: { en: "Conflict", zh: "冲突" },
};

const CAPTURE_PROPOSAL_STATUS_LABELS: Labels<CaptureProposalStatus> = {
  PROPOSED: { en: "Proposed", zh: "待审核" },
  REFUSED: { en: "Refused", zh: "被规则拒绝" },
  INFORMATION: { en: "For information", zh: "仅供参考" },
  APPLIED: { en: "Applied", zh: "已应用" },
  REJECTED: { en: "Rejected", zh: "已驳回" },
  STALE: { en: "Stale (diffed again)", zh: "已过期（已重新比对）" },
};

// Provincial access (lib/domain/provincial-access-state.ts): 挂网 and 双通道 as provincial notices word them.
const PROVINCIAL_ACCESS_STATE_LABELS: Labels<ProvincialAccessState> = {
  NOT_STARTED: { en: "Not started", zh: "未启动" },
  PLATFORM_LISTED: { en: "Listed on procurement platform", zh: "已挂网" },
  DUAL_CHANNEL: { en: "Dual channel named", zh: "纳入双通道" },
  RESTRICTED: { en: "Restricted", zh: "限制使用" },
  WITHDRAWN: { en: "Withdrawn", zh: "已撤网" },
};

export const VOCABULARY = {
  ProgramStage: PROGRAM_STAGE_LABELS,
  ApplicationStatus: APPLICATION_STATUS_LABELS,
  ApplicationType: APPLICATION_TYPE_LABELS,
  ReviewTrack: REVIEW_TRACK_LABELS,
  DesignationType: DESIGNATION_TYPE_LABELS,
  DesignationState: DESIGNATION_STATE_LABELS,
  ReimbursementList: REIMBURSEMENT_LIST_LABELS,
  ReimbursementState: REIMBURSEMENT_STATE_LABELS,
  ReimbursementRoute: REIMBURSEMENT_ROUTE_LABELS,
  MechanismClass: MECHANISM_CLASS_LABELS,
  Modality: MODALITY_LABELS,
  DrugCategory: DRUG_CATEGORY_LABELS,
  Origin: ORIGIN_LABELS,
  RegistrationClass: REGISTRATION_CLASS_LABELS,
  DatePrecision: DATE_PRECISION_LABELS,
  SourceConfidence: SOURCE_CONFIDENCE_LABELS,
  ParallelCheckStatus: PARALLEL_CHECK_STATUS_LABELS,
  ApplicationDecision: APPLICATION_DECISION_LABELS,
  ReviewPath: REVIEW_PATH_LABELS,
  Role: ROLE_LABELS,
  AuditAction: AUDIT_ACTION_LABELS,
  CaptureOutcome: CAPTURE_OUTCOME_LABELS,
  CaptureProposalStatus: CAPTURE_PROPOSAL_STATUS_LABELS,
  ProvincialAccessState: PROVINCIAL_ACCESS_STATE_LABELS,
} as const;

export type VocabularyName = keyof typeof VOCABULARY;
export type VocabularyValue<N extends VocabularyName> = keyof (typeof VOCABULARY)[N] & string;

/** The enum objects themselves, keyed like VOCABULARY; their key order is the schema's, which is the display order. */
export const ENUMS = {
  ProgramStage,
  ApplicationStatus,
  ApplicationType,
  ReviewTrack,
  DesignationType,
  DesignationState,
  ReimbursementList,
  ReimbursementState,
  ReimbursementRoute,
  MechanismClass,
  Modality,
  DrugCategory,
  Origin,
  RegistrationClass,
  DatePrecision,
  SourceConfidence,
  ParallelCheckStatus,
  ApplicationDecision,
  ReviewPath,
  Role,
  AuditAction,
  CaptureOutcome,
  CaptureProposalStatus,
  ProvincialAccessState,
} as const;

export function isVocabularyValue<N extends VocabularyName>(name: N, value: string): value is VocabularyValue<N> {
  return Object.hasOwn(VOCABULARY[name], value);
}

/** Both labels of a value, or undefined when the value is not part of that vocabulary. */
export function labelsOf<N extends VocabularyName>(name: N, value: string): Label | undefined {
  if (!isVocabularyValue(name, value)) return undefined;
  return (VOCABULARY[name] as Record<string, Label>)[value];
}

/**
 * The label of an enum value in one language. A value the vocabulary does not know (data written by a newer
 * schema) reads as its raw code, so one odd row never breaks a whole table.
 */
export function labelOf(name: VocabularyName, value: string, lang: Lang = "en"): string {
  return labelsOf(name, value)?.[lang] ?? value;
}

function valuesOf<T extends string>(enumObject: Record<string, T>): readonly T[] {
  return Object.freeze(Object.values(enumObject));
}

export const PROGRAM_STAGES = valuesOf(ProgramStage);
export const APPLICATION_STATUSES = valuesOf(ApplicationStatus);
export const APPLICATION_TYPES = valuesOf(ApplicationType);
export const REVIEW_TRACKS = valuesOf(ReviewTrack);
export const DESIGNATION_TYPES = valuesOf(DesignationType);
export const DESIGNATION_STATES = valuesOf(DesignationState);
export const REIMBURSEMENT_LISTS = valuesOf(ReimbursementList);
export const REIMBURSEMENT_STATES = valuesOf(ReimbursementState);
export const REIMBURSEMENT_ROUTES = valuesOf(ReimbursementRoute);
export const MECHANISM_CLASSES = valuesOf(MechanismClass);
export const MODALITIES = valuesOf(Modality);
export const DRUG_CATEGORIES = valuesOf(DrugCategory);
export const ORIGINS = valuesOf(Origin);
export const REGISTRATION_CLASSES = valuesOf(RegistrationClass);
export const DATE_PRECISIONS = valuesOf(DatePrecision);
export const SOURCE_CONFIDENCES = valuesOf(SourceConfidence);
export const PARALLEL_CHECK_STATUSES = valuesOf(ParallelCheckStatus);
export const APPLICATION_DECISIONS = valuesOf(ApplicationDecision);
export const ROLES = valuesOf(Role);
export const AUDIT_ACTIONS = valuesOf(AuditAction);
export const PROVINCIAL_ACCESS_STATES = valuesOf(ProvincialAccessState);
