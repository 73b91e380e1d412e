// Seed data: the real China programmes of ../shared/domain/reference.md §5 (each fact with its source, its
// confidence and its date precision), the research peptides of the brief, and fictional ILLUSTRATIVE
// candidates that exercise every stage, designation state, application status and reimbursement state.
// Plain data only: prisma/seed/plan.ts turns it into rows, prisma/seed/seed.ts writes them.
//
// Rules kept here:
// - A real fact carries the URL of its §7 source key. A fact the reference marks UNVERIFIED is UNVERIFIED.
// - A date the reference does not give is left out; a month-level fact is the 1st with precision MONTH.
// - Dates stay within 2020-01-01..2026-12-31; older real facts (e.g. PEG-loxenatide's 2019 launch) are kept
//   in notes only.
// - Everything not sourced is `illustrative: true`, UNVERIFIED, with fictional code names and companies.
import { referenceReviewCandidates } from "./reference-reviews.ts";
import type {
  ApplicationDecision,
  ApplicationStatus,
  ApplicationType,
  DatePrecision,
  DesignationState,
  DesignationType,
  DrugCategory,
  MechanismClass,
  Modality,
  Origin,
  ParallelCheckStatus,
  ProgramStage,
  RegistrationClass,
  ReimbursementList,
  ReimbursementRoute,
  ReimbursementState,
  ReviewTrack,
  Role,
  SourceConfidence,
} from "@/generated/prisma/enums";

// ---------------------------------------------------------------------------------------------
// Shapes
// ---------------------------------------------------------------------------------------------

/** A calendar date ("YYYY-MM-DD", the 1st of the period when coarser) and how precisely it is known. */
export type SeedDate = { date: string; precision: DatePrecision };

export type SeedSource = { sourceUrl: string | null; sourceConfidence: SourceConfidence; illustrative: boolean };

export type SeedCompany = { nameEn: string; nameZh?: string; country?: string; fictional: boolean };

export type SeedStageEvent = { stage: ProgramStage; on: SeedDate; note?: string; source?: SeedSource };

export type SeedStatusStep = { status: ApplicationStatus; on: SeedDate; note?: string };

export type SeedApplication = {
  acceptanceNumber: string;
  type: ApplicationType;
  /** Defaults to the programme's sponsor. */
  applicant?: CompanyKey;
  submitted?: SeedDate;
  reviewTrack?: ReviewTrack;
  /** The known status history, oldest first; the last step is the current status. */
  history: readonly SeedStatusStep[];
  /** Defaults to what the last status implies (plan.ts); set for conditional approvals and returns. */
  decision?: ApplicationDecision;
  inspectionStatus?: ParallelCheckStatus;
  testingStatus?: ParallelCheckStatus;
  approvalNumber?: string;
  notes?: string;
  source?: SeedSource;
};

export type SeedDesignation = {
  type: DesignationType;
  state: DesignationState;
  /** Acceptance number of the application the designation rides on, when there is one. */
  application?: string;
  requested?: SeedDate;
  publicityStart?: SeedDate;
  publicityEnd?: SeedDate;
  granted?: SeedDate;
  /** When the designation ended (terminated, rejected, withdrawn, consumed, converted or revoked). */
  ended?: SeedDate;
  endReason?: string;
  conditions?: string;
  obligationDeadline?: SeedDate;
  notes?: string;
  source?: SeedSource;
};

export type SeedReimbursement = {
  list: ReimbursementList;
  listYear: number;
  state: ReimbursementState;
  route?: ReimbursementRoute;
  applied?: SeedDate;
  formalReview?: SeedDate;
  expertReview?: SeedDate;
  negotiation?: SeedDate;
  publication?: SeedDate;
  effective?: SeedDate;
  agreementStart?: SeedDate;
  agreementEnd?: SeedDate;
  removed?: SeedDate;
  /** CNY per paymentUnit, as a decimal string. */
  paymentStandard?: string;
  paymentUnit?: string;
  restriction?: string;
  notes?: string;
  source?: SeedSource;
};

export type SeedProgram = {
  indicationEn: string;
  indicationZh?: string;
  doseForm?: string;
  sponsor?: CompanyKey;
  drugCategory: DrugCategory;
  registrationClass?: RegistrationClass;
  origin: Origin;
  /** The stage when no dated event gives one (a fact known without its date). */
  stage?: ProgramStage;
  notes?: string;
  /** Defaults to the candidate's source. */
  source?: SeedSource;
  events?: readonly SeedStageEvent[];
  applications?: readonly SeedApplication[];
  designations?: readonly SeedDesignation[];
  reimbursements?: readonly SeedReimbursement[];
};

export type SeedCandidate = {
  slug: string;
  nameEn: string;
  nameZh?: string;
  inn?: string;
  codeNames?: readonly string[];
  brandNamesEn?: readonly string[];
  brandNamesZh?: readonly string[];
  modality: Modality;
  mechanismClass: MechanismClass;
  targets: readonly string[];
  originator?: CompanyKey;
  chinaRightsHolder?: CompanyKey;
  researchOnly?: boolean;
  notes?: string;
  source: SeedSource;
  programs: readonly SeedProgram[];
};

export type SeedUser = {
  email: string;
  name: string;
  role: Role;
  /** Environment variable holding the password, and the demo default when it is unset. */
  passwordEnv: string;
  defaultPassword: string;
};

// ---------------------------------------------------------------------------------------------
// Helpers (pure)
// ---------------------------------------------------------------------------------------------

const day = (date: string): SeedDate => ({ date, precision: "DAY" });
const month = (yearMonth: string): SeedDate => ({ date: `${yearMonth}-01`, precision: "MONTH" });
const year = (y: number): SeedDate => ({ date: `${y}-01-01`, precision: "YEAR" });
const asDate = (on: string | SeedDate): SeedDate => (typeof on === "string" ? day(on) : on);

const step = (on: string | SeedDate, status: ApplicationStatus, note?: string): SeedStatusStep =>
  note === undefined ? { status, on: asDate(on) } : { status, on: asDate(on), note };

const event = (stage: ProgramStage, on: string | SeedDate, note?: string, source?: SeedSource): SeedStageEvent => ({
  stage,
  on: asDate(on),
  ...(note === undefined ? {} : { note }),
  ...(source === undefined ? {} : { source }),
});

// ---------------------------------------------------------------------------------------------
// Sources (reference §7) and fixed notes
// ---------------------------------------------------------------------------------------------

export const SOURCE_URLS = {
  D1: "https://medwatch.com/News/regulation/article12955180.ece",
  D2: "https://www.yicaiglobal.com/news/20230605-12-novo-nordisks-wonder-diet-drug-ozempic-may-land-in-china-soon",
  D3: "https://yicaiglobal.com/news/novo-nordisks-wonder-diet-drug-semaglutide-gets-nod-to-go-to-market-in-china",
  D4: "https://yicaiglobal.com/news/china-approves-novo-nordisks-weight-loss-drug-wegovy-for-new-indications",
  D5: "http://kr.logomoney.com/p/551393",
  D6: "https://www.chinjmap.com/en/article/doi/10.13748/j.cnki.issn1007-7693.2022.22.012",
  D7: "https://insights.citeline.com/GB153418/Chinas-Regulators-Accept-Jiuyuan-Genes-Application-For-Ozempic-Biosimilar",
  D8: "https://www.sinodrugwatch.com/semaglutide-mania-in-china-inside-the-biosimilar-gold-rush",
  D9: "https://www.bioworld.com/articles/729245-jiuyuan-seeks-approval-of-wegovy-biosimilar-in-china",
  D10: "https://freshfromchina.com/semaglutide-patent-expired-in-china-but-generic-approvals-are-stuck-in-regulatory-limbo/",
  D11: "https://baipharm.chemlinked.com/news/chinas-glp-1-ra-market-fueled-by-glycemic-control-weight-loss-needs",
  D12: "https://flcube.com/?p=5322",
  D13: "https://flcube.com/?p=3690",
  D14: "https://www.ainvest.com/news/lilly-lly-us-officially-launches-mounjaro-tirzepatide-in-china-marking-a-significant-milestone-in-company-s-commitment-to-advancing-healthcare-solutions-for-patients-250110109aed864793ae5678/",
  D15: "https://flcube.com/?p=1556",
  D16: "https://www.eyeshenzhen.com/content/2025-12/08/content_31801361.htm",
  D17: "https://reportify.ai/social-media/743463777196264",
  D18: "https://www.vcbeatglobal.com/article/2089",
  D19: "https://reportify.ai/social-media/765350856246091",
  D21: "https://biospectrumasia.com/news/25/26268/china-approves-worlds-first-dual-gcg-glp-1-receptor-agonist-for-weight-loss.html",
  D22: "https://reportify.ai/news/1166480150452506624",
  D23: "https://reportify.ai/tags/concept?tagValue=Dual+GCG%2FGLP+-+1+activation",
  D24: "https://www.thepharmaletter.com/pharmaceutical/innovent-wins-china-approval-for-obesity-drug-mazdutide",
  D25: "https://www.itacarep.it/amp/httpspubmedncbinlmnihgov/i/d828b87a4bb88568e509c534efb15565/clinical-comprehensive-evaluation-long-acting-glp-1-receptor-agonists-type-2-diabetes-management",
  D26: "https://biopharmaapac.com/news/26/7514/china-approves-world-first-camp-biased-glp-one-receptor-agonist-for-type-two-diabetes.html",
  D27: "https://flcube.com/?p=58947",
  D28: "https://www.hspharm.com/news/news-detail-512704.htm",
  D29: "https://ex.chinadaily.com.cn/exchange/partners/70/rss/channel/www/columns/y38633/stories/WS67a99760a310a2ab06eab35a.html",
  D30: "https://uk.marketscreener.com/quote/stock/SINO-BIOPHARMACEUTICAL-LI-6170858/news/Sino-Biopharmaceutical-Limited-Receives-Approval-for-Marketing-of-Liraglutide-Injection-47087123",
  D31: "https://flcube.com/?p=4202",
  D32_RATS_2023: "https://www.nature.com/articles/s41598-023-36178-1",
  D32_MICE_2024: "https://frontiersin.org/journals/endocrinology/articles/10.3389/fendo.2024.1432928/full",
  S53: "https://m.yaopinnet.com/yaopin/yibao2023/detail.asp?id=11625",
  // Research peptides: literature describing the molecule (not in reference §7; the China status itself is
  // the reference's "no NMPA/CDE record found", so these records stay UNVERIFIED).
  CATESTATIN: "https://pmc.ncbi.nlm.nih.gov/articles/PMC6180191",
  PEPITEM: "http://etheses.bham.ac.uk/id/eprint/6762",
  C_PEPTIDE: "https://www.hindawi.com/journals/jdr/2008/576862/",
  GH_SECRETAGOGUES: "https://pmc.ncbi.nlm.nih.gov/articles/PMC7108996/",
} as const;

export type SourceKey = keyof typeof SOURCE_URLS;

const cite = (key: SourceKey, sourceConfidence: SourceConfidence = "PRESS"): SeedSource => ({
  sourceUrl: SOURCE_URLS[key],
  sourceConfidence,
  illustrative: false,
});

export const ILLUSTRATIVE: SeedSource = { sourceUrl: null, sourceConfidence: "UNVERIFIED", illustrative: true };

const FICTIONAL =
  "ILLUSTRATIVE: fictional candidate, code name and sponsor (company names marked \"(illustrative)\"), invented to exercise the tracker. Not a real drug.";

const NO_CHINA_RECORD =
  "No NMPA/CDE record found (reference §5): absence of evidence only, the CDE database was not queried directly. Drug category and origin of the programme are nominal (required fields); there is no China filing.";

// ---------------------------------------------------------------------------------------------
// Companies and users
// ---------------------------------------------------------------------------------------------

export const companies = {
  novo: { nameEn: "Novo Nordisk", nameZh: "诺和诺德", country: "DK", fictional: false },
  lilly: { nameEn: "Eli Lilly and Company", nameZh: "礼来", country: "US", fictional: false },
  innovent: { nameEn: "Innovent Biologics", nameZh: "信达生物", country: "CN", fictional: false },
  sciwind: { nameEn: "Sciwind Biosciences", nameZh: "先为达生物", country: "CN", fictional: false },
  benemae: { nameEn: "Shanghai Benemae Pharmaceutical", nameZh: "仁会生物", country: "CN", fictional: false },
  hansoh: { nameEn: "Hansoh Pharmaceutical", nameZh: "翰森制药", country: "CN", fictional: false },
  jiuyuan: { nameEn: "Hangzhou Jiuyuan Gene Engineering", nameZh: "九源基因", country: "CN", fictional: false },
  livzon: { nameEn: "Livzon Pharmaceutical Group", nameZh: "丽珠集团", country: "CN", fictional: false },
  qilu: { nameEn: "Qilu Pharmaceutical", nameZh: "齐鲁制药", country: "CN", fictional: false },
  unitedLab: { nameEn: "The United Laboratories", nameZh: "联邦制药", country: "CN", fictional: false },
  huadong: { nameEn: "Huadong Medicine", nameZh: "华东医药", country: "CN", fictional: false },
  cspc: { nameEn: "CSPC Pharmaceutical Group", nameZh: "石药集团", country: "CN", fictional: false },
  huisheng: { nameEn: "Huisheng Biopharmaceutical", nameZh: "惠升生物", country: "CN", fictional: false },
  brilliant: { nameEn: "Chengdu Brilliant Pharmaceutical", nameZh: "成都倍特药业", country: "CN", fictional: false },
  sinoBiopharm: { nameEn: "Sino Biopharmaceutical", nameZh: "中国生物制药", country: "CN", fictional: false },
  innogen: { nameEn: "Innogen", nameZh: "银诺医药", country: "CN", fictional: false },
  csbio: { nameEn: "Hebei Changshan Biochemical Pharmaceutical (CSBIO)", nameZh: "常山药业", country: "CN", fictional: false },
  conjuchem: { nameEn: "ConjuChem", country: "CA", fictional: false },
  // Fictional sponsors of the illustrative candidates.
  lanshan: { nameEn: "Lanshan Peptide Therapeutics (illustrative)", nameZh: "蓝山多肽医药（示例）", country: "CN", fictional: true },
  qingmu: { nameEn: "Qingmu Biologics (illustrative)", nameZh: "青木生物（示例）", country: "CN", fictional: true },
  hexi: { nameEn: "Hexi Metabolic Sciences (illustrative)", nameZh: "河西代谢科技（示例）", country: "CN", fictional: true },
  jinghu: { nameEn: "Jinghu Pharmaceutical (illustrative)", nameZh: "镜湖制药（示例）", country: "CN", fictional: true },
  northbridge: { nameEn: "Northbridge Therapeutics (illustrative)", nameZh: "北桥医药（示例）", country: "US", fictional: true },
  aurelia: { nameEn: "Aurelia Pharma AG (illustrative)", nameZh: "奥瑞莉亚制药（示例）", country: "CH", fictional: true },
} satisfies Record<string, SeedCompany>;

export type CompanyKey = keyof typeof companies;

export const demoUsers: readonly SeedUser[] = [
  { email: "admin@example.com", name: "Demo Admin", role: "ADMIN", passwordEnv: "SEED_ADMIN_PASSWORD", defaultPassword: "admin-demo-password" },
  { email: "analyst@example.com", name: "Demo Analyst", role: "ANALYST", passwordEnv: "SEED_ANALYST_PASSWORD", defaultPassword: "analyst-demo-password" },
  { email: "viewer@example.com", name: "Demo Viewer", role: "VIEWER", passwordEnv: "SEED_VIEWER_PASSWORD", defaultPassword: "viewer-demo-password" },
];

// ---------------------------------------------------------------------------------------------
// Real programmes (reference §5)
// ---------------------------------------------------------------------------------------------

const semaglutideBiosimilar = (
  key: "livzon" | "qilu" | "unitedLab" | "huadong" | "cspc" | "huisheng" | "brilliant",
  slug: string,
  label: string,
): SeedCandidate => ({
  slug,
  nameEn: `Semaglutide biosimilar (${label})`,
  nameZh: `司美格鲁肽生物类似药（${companies[key].nameZh}）`,
  inn: "semaglutide",
  modality: "RECOMBINANT_PEPTIDE",
  mechanismClass: "GLP1_RA",
  targets: ["GLP-1R"],
  originator: key,
  chinaRightsHolder: key,
  notes:
    "One of 8 companies at NDA stage for semaglutide biosimilars by 2025-09 [D8]; filing date, indication and acceptance number not captured. Approvals after the core patent expiry (~March 2026) were reported held up by data-protection provisions (secondary source, verify) [D10].",
  source: cite("D8"),
  programs: [
    {
      indicationEn: "Indication not captured (semaglutide biosimilar NDA)",
      indicationZh: "适应症未收录（司美格鲁肽生物类似药上市申请）",
      doseForm: "Injection",
      sponsor: key,
      drugCategory: "BIOLOGICAL",
      registrationClass: "BIO_3_3",
      origin: "DOMESTIC",
      stage: "NDA_FILED",
      notes: "Biologic class 3.3 as for semaglutide biosimilars in China [D11]. At NDA stage by 2025-09 [D8]; no dated event captured.",
    },
  ],
});

const realCandidates: readonly SeedCandidate[] = [
  {
    slug: "semaglutide",
    nameEn: "Semaglutide",
    nameZh: "司美格鲁肽",
    inn: "semaglutide",
    brandNamesEn: ["Ozempic", "Wegovy"],
    brandNamesZh: ["诺和泰", "诺和盈"],
    modality: "RECOMBINANT_PEPTIDE",
    mechanismClass: "GLP1_RA",
    targets: ["GLP-1R"],
    originator: "novo",
    chinaRightsHolder: "novo",
    notes:
      "CN brand 诺和盈 for Wegovy is UNVERIFIED (reference §5). The S-type (biological) approval number is from a code index (UNVERIFIED).",
    source: cite("D1"),
    programs: [
      {
        indicationEn: "Type 2 diabetes mellitus",
        indicationZh: "2型糖尿病",
        doseForm: "Injection (once weekly, Ozempic)",
        sponsor: "novo",
        drugCategory: "BIOLOGICAL",
        origin: "IMPORTED",
        notes:
          "National negotiated drug by 2022 [D6]; the year of NRDL entry is UNVERIFIED (likely the 2021 round), so no listing row is seeded until it is verified. Drug category follows the biologic class of semaglutide biosimilars [D11].",
        source: cite("D1"),
        events: [event("APPROVED", month("2021-04"), "T2DM approval reported April 2021")],
      },
      {
        indicationEn: "Chronic weight management (BMI ≥30, or 27–<30 with ≥1 comorbidity)",
        indicationZh: "长期体重管理",
        doseForm: "Injection 2.4 mg (once weekly, Wegovy)",
        sponsor: "novo",
        drugCategory: "BIOLOGICAL",
        origin: "IMPORTED",
        notes: "Obesity indications are not NRDL-reimbursed (UNVERIFIED). Acceptance number of the sNDA not captured.",
        source: cite("D3"),
        events: [
          event("NDA_FILED", "2023-06-03", "Obesity sNDA accepted", cite("D2")),
          event("APPROVED", "2024-06-25", "Weight-management approval (Wegovy), reported ~2024-06-25", cite("D3")),
          event("LAUNCHED", month("2024-11"), "Sales from November 2024", cite("D4")),
        ],
      },
      {
        indicationEn: "Further indication (unspecified; possibly cardiovascular)",
        indicationZh: "新增适应症（未明确，可能为心血管）",
        doseForm: "Injection",
        sponsor: "novo",
        drugCategory: "BIOLOGICAL",
        origin: "IMPORTED",
        notes: "Reported approved ~2025-02-12; the indication was not specified in the source. Stored at month precision.",
        source: cite("D4"),
        events: [event("APPROVED", month("2025-02"), "Further indication approved (~2025-02-12)")],
      },
    ],
  },
  {
    slug: "semaglutide-oral",
    nameEn: "Oral semaglutide",
    nameZh: "司美格鲁肽片",
    inn: "semaglutide",
    brandNamesEn: ["Rybelsus", "Novoxin"],
    brandNamesZh: ["诺和忻"],
    modality: "RECOMBINANT_PEPTIDE",
    mechanismClass: "GLP1_RA",
    targets: ["GLP-1R"],
    originator: "novo",
    chinaRightsHolder: "novo",
    notes: "First oral GLP-1 RA in China [D5]. CN brand \"Novoxin\"/诺和忻 per [D5]; the characters are UNVERIFIED. NRDL status UNVERIFIED.",
    source: cite("D5"),
    programs: [
      {
        indicationEn: "Type 2 diabetes mellitus",
        indicationZh: "2型糖尿病",
        doseForm: "Tablet (once daily)",
        sponsor: "novo",
        drugCategory: "BIOLOGICAL",
        origin: "IMPORTED",
        notes: "Drug category assumed as for the injection (UNVERIFIED).",
        events: [
          event("APPROVED", "2024-01-26", "Approval reported 2024-01-26; the year is inferred (UNVERIFIED)", {
            ...cite("D5"),
            sourceConfidence: "UNVERIFIED",
          }),
        ],
      },
    ],
  },
  {
    slug: "semaglutide-biosimilar-jiuyuan",
    nameEn: "Semaglutide biosimilar (Jiuyuan)",
    nameZh: "司美格鲁肽生物类似药（九源基因）",
    inn: "semaglutide",
    brandNamesEn: ["Jikeqin"],
    modality: "RECOMBINANT_PEPTIDE",
    mechanismClass: "GLP1_RA",
    targets: ["GLP-1R"],
    originator: "jiuyuan",
    chinaRightsHolder: "jiuyuan",
    notes:
      "First semaglutide biosimilar NDA accepted in China [D7]. Core patent expired ~March 2026, but approvals were reported held up by data-protection provisions (secondary source, verify) [D10]. Acceptance numbers not captured.",
    source: cite("D7"),
    programs: [
      {
        indicationEn: "As reference product Ozempic (type 2 diabetes)",
        indicationZh: "同参照药诺和泰（2型糖尿病）",
        doseForm: "Injection",
        sponsor: "jiuyuan",
        drugCategory: "BIOLOGICAL",
        registrationClass: "BIO_3_3",
        origin: "DOMESTIC",
        notes: "Ozempic biosimilar [D7]; indication assumed from the reference product. Biologic class 3.3 [D11].",
        events: [event("NDA_FILED", "2024-04-03", "NDA accepted (first semaglutide biosimilar)")],
      },
      {
        indicationEn: "As reference product Wegovy (weight management)",
        indicationZh: "同参照药（体重管理）",
        doseForm: "Injection",
        sponsor: "jiuyuan",
        drugCategory: "BIOLOGICAL",
        registrationClass: "BIO_3_3",
        origin: "DOMESTIC",
        notes: "Wegovy biosimilar \"Jikeqin\" [D9].",
        source: cite("D9"),
        events: [event("NDA_FILED", month("2026-02"), "Wegovy-biosimilar application accepted (February 2026)")],
      },
    ],
  },
  semaglutideBiosimilar("livzon", "semaglutide-biosimilar-livzon", "Livzon"),
  semaglutideBiosimilar("qilu", "semaglutide-biosimilar-qilu", "Qilu"),
  semaglutideBiosimilar("unitedLab", "semaglutide-biosimilar-united-lab", "United Lab"),
  semaglutideBiosimilar("huadong", "semaglutide-biosimilar-huadong", "Huadong"),
  semaglutideBiosimilar("cspc", "semaglutide-biosimilar-cspc", "CSPC"),
  semaglutideBiosimilar("huisheng", "semaglutide-biosimilar-huisheng", "Huisheng"),
  semaglutideBiosimilar("brilliant", "semaglutide-biosimilar-brilliant", "Chengdu Brilliant"),
  {
    slug: "tirzepatide",
    nameEn: "Tirzepatide",
    nameZh: "替尔泊肽",
    inn: "tirzepatide",
    brandNamesEn: ["Mounjaro"],
    modality: "SYNTHETIC_PEPTIDE",
    mechanismClass: "GIP_GLP1_RA",
    targets: ["GIPR", "GLP-1R"],
    originator: "lilly",
    chinaRightsHolder: "lilly",
    notes: "CN brand name UNVERIFIED (not seeded). Filed as an imported chemical drug (JXHS numbers) [D17].",
    source: cite("D15"),
    programs: [
      {
        indicationEn: "Type 2 diabetes mellitus",
        indicationZh: "2型糖尿病",
        doseForm: "Injection (once weekly)",
        sponsor: "lilly",
        drugCategory: "CHEMICAL",
        origin: "IMPORTED",
        source: cite("D13"),
        events: [
          event("APPROVED", month("2024-05"), "T2DM approval (May 2024)"),
          event("LAUNCHED", "2025-01-02", "China launch", cite("D14")),
        ],
        reimbursements: [
          {
            list: "NRDL_NEGOTIATED",
            listYear: 2025,
            state: "LISTED",
            route: "NEGOTIATION",
            publication: day("2025-12-07"),
            effective: day("2026-01-01"),
            restriction: "Type 2 diabetes, second line after metformin/sulfonylurea (paraphrase; full 限定支付范围 text not captured).",
            notes:
              "2025 NRDL, effective 2026-01-01 [D16]. The list section and route are inferred (exclusive new drug entering by negotiation) and the agreement period was not captured: both UNVERIFIED.",
            source: cite("D16"),
          },
        ],
      },
      {
        indicationEn: "Chronic weight management (BMI ≥28, or ≥24 with comorbidity)",
        indicationZh: "长期体重管理",
        doseForm: "Injection (once weekly)",
        sponsor: "lilly",
        drugCategory: "CHEMICAL",
        origin: "IMPORTED",
        notes: "BMI criteria per [D15] ([D14] states them reversed).",
        source: cite("D15"),
        events: [
          event("APPROVED", month("2024-07"), "Weight-management approval (July 2024)"),
          event("LAUNCHED", "2025-01-02", "China launch", cite("D14")),
        ],
      },
      {
        indicationEn: "Obstructive sleep apnoea with obesity",
        indicationZh: "肥胖合并阻塞性睡眠呼吸暂停",
        doseForm: "Injection (once weekly)",
        sponsor: "lilly",
        drugCategory: "CHEMICAL",
        origin: "IMPORTED",
        stage: "APPROVED",
        notes: "OSA approval reported; the date is UNVERIFIED.",
        source: { ...cite("D18"), sourceConfidence: "UNVERIFIED" },
      },
      {
        indicationEn: "Type 2 diabetes mellitus — monotherapy",
        indicationZh: "2型糖尿病（单药治疗）",
        doseForm: "Injection (once weekly)",
        sponsor: "lilly",
        drugCategory: "CHEMICAL",
        origin: "IMPORTED",
        stage: "APPROVED",
        notes: "Monotherapy approval reported (reference §5, sources [D13]–[D20]); the date was not captured.",
        source: cite("D18"),
      },
      {
        indicationEn: "New indications under review (undisclosed; HFpEF speculated)",
        indicationZh: "新适应症审评中（未披露）",
        doseForm: "Injection (once weekly)",
        sponsor: "lilly",
        drugCategory: "CHEMICAL",
        origin: "IMPORTED",
        notes:
          "JXHS2400108–JXHS2400111 are marketing-application (JXHS) numbers, not supplements [D17]. An application filed in December 2024 is speculated to be for HFpEF [D18].",
        source: cite("D17"),
        applications: ["JXHS2400108", "JXHS2400109", "JXHS2400110", "JXHS2400111"].map(
          (acceptanceNumber): SeedApplication => ({
            acceptanceNumber,
            type: "NDA",
            applicant: "lilly",
            history: [
              step(year(2024), "ACCEPTED", "Acceptance year from the acceptance number; the day was not captured"),
              step(
                "2025-11-14",
                "UNDER_REVIEW",
                "Per the notice dated 2025-11-14: not yet approved, may supplement data. The day review began was not captured.",
              ),
            ],
            notes: "Indication undisclosed.",
          }),
        ),
      },
      {
        indicationEn: "New indication (undisclosed; MACE speculated)",
        indicationZh: "新适应症（未披露）",
        doseForm: "Injection (once weekly)",
        sponsor: "lilly",
        drugCategory: "CHEMICAL",
        origin: "IMPORTED",
        notes: "New-indication application accepted 2025-11-13; indication undisclosed (MACE speculated [D18]). Acceptance number not captured.",
        source: cite("D18"),
        events: [event("NDA_FILED", "2025-11-13", "New-indication application accepted")],
      },
      {
        indicationEn: "Metabolic dysfunction-associated steatohepatitis (MASH/MAFLD)",
        indicationZh: "代谢功能障碍相关脂肪性肝炎",
        doseForm: "Injection (once weekly)",
        sponsor: "lilly",
        drugCategory: "CHEMICAL",
        origin: "IMPORTED",
        stage: "PHASE_2",
        notes: "China clinical stage not captured; PHASE_2 reflects the basis of the proposed BTD (Phase II SYNERGY-NASH) [D19].",
        source: cite("D19"),
        designations: [
          {
            type: "BREAKTHROUGH_THERAPY",
            state: "PUBLICIZED",
            notes:
              "拟纳入突破性治疗 (proposed inclusion) for MASH/MAFLD on the basis of Phase II SYNERGY-NASH. The publicity date was not captured, so no date is stored.",
          },
        ],
      },
    ],
  },
  {
    slug: "mazdutide",
    nameEn: "Mazdutide",
    nameZh: "玛仕度肽",
    inn: "mazdutide",
    codeNames: ["IBI362"],
    modality: "SYNTHETIC_PEPTIDE",
    mechanismClass: "GCG_GLP1_RA",
    targets: ["GCGR", "GLP-1R"],
    originator: "lilly",
    chinaRightsHolder: "innovent",
    notes:
      "China rights licensed from Lilly (March 2020). First dual GCG/GLP-1 agonist approved [D21]. CN brand UNVERIFIED (not seeded). Not in the NRDL as of early 2026 [D25].",
    source: cite("D21"),
    programs: [
      {
        indicationEn: "Chronic weight management",
        indicationZh: "长期体重管理",
        doseForm: "Injection (once weekly)",
        sponsor: "innovent",
        drugCategory: "CHEMICAL",
        origin: "DOMESTIC",
        notes: "Drug category not captured (assumed chemical for a synthetic peptide). Not in the NRDL as of early 2026 [D25].",
        source: cite("D24"),
        events: [
          event(
            "APPROVED",
            month("2025-06"),
            "Approved by end of June 2025 (announcements dated 2025-07-01/02; exact day UNVERIFIED)",
            cite("D21"),
          ),
        ],
      },
      {
        indicationEn: "Type 2 diabetes mellitus",
        indicationZh: "2型糖尿病",
        doseForm: "Injection (once weekly)",
        sponsor: "innovent",
        drugCategory: "CHEMICAL",
        origin: "DOMESTIC",
        notes: "Drug category not captured (assumed chemical).",
        source: cite("D22", "COMPANY"),
        events: [event("APPROVED", "2025-09-19", "T2DM approval")],
      },
      {
        indicationEn: "Chronic weight management (9 mg dose)",
        indicationZh: "长期体重管理（9 mg）",
        doseForm: "Injection 9 mg (once weekly)",
        sponsor: "innovent",
        drugCategory: "CHEMICAL",
        origin: "DOMESTIC",
        notes: "9 mg sNDA; acceptance number not captured.",
        source: cite("D23"),
        events: [event("NDA_FILED", "2025-11-25", "9 mg sNDA accepted")],
      },
    ],
  },
  {
    slug: "ecnoglutide",
    nameEn: "Ecnoglutide",
    nameZh: "埃诺格鲁肽",
    inn: "ecnoglutide",
    codeNames: ["XW003"],
    brandNamesEn: ["Xianweiying"],
    modality: "SYNTHETIC_PEPTIDE",
    mechanismClass: "GLP1_RA",
    targets: ["GLP-1R (cAMP-biased)"],
    originator: "sciwind",
    chinaRightsHolder: "sciwind",
    notes:
      "World's first approved cAMP-biased GLP-1 RA [D26]. The Chinese name 埃诺格鲁肽 comes from secondary press, not the reference (UNVERIFIED). A Pfizer China collaboration was reported 2026-02-24 by a low-quality source (UNVERIFIED). No NRDL entry found.",
    source: cite("D26"),
    programs: [
      {
        indicationEn: "Type 2 diabetes mellitus",
        indicationZh: "2型糖尿病",
        doseForm: "Injection (once weekly)",
        sponsor: "sciwind",
        drugCategory: "CHEMICAL",
        origin: "DOMESTIC",
        notes: "Drug category not captured (assumed chemical).",
        events: [event("APPROVED", "2026-01-30", "T2DM approval")],
      },
      {
        indicationEn: "Chronic weight management",
        indicationZh: "长期体重管理",
        doseForm: "Injection (once weekly)",
        sponsor: "sciwind",
        drugCategory: "CHEMICAL",
        origin: "DOMESTIC",
        notes: "Drug category not captured (assumed chemical).",
        source: cite("D27"),
        events: [event("APPROVED", "2026-03-06", "Weight-management approval")],
      },
    ],
  },
  {
    slug: "beinaglutide",
    nameEn: "Beinaglutide",
    nameZh: "贝那鲁肽",
    inn: "beinaglutide",
    brandNamesEn: ["Feisumei"],
    modality: "RECOMBINANT_PEPTIDE",
    mechanismClass: "GLP1_RA",
    targets: ["GLP-1R"],
    originator: "benemae",
    chinaRightsHolder: "benemae",
    notes: "Recombinant human GLP-1. \"Feisumei\" is the weight-loss brand [D11]. NRDL status UNVERIFIED.",
    source: cite("D11"),
    programs: [
      {
        indicationEn: "Type 2 diabetes mellitus",
        indicationZh: "2型糖尿病",
        doseForm: "Injection",
        sponsor: "benemae",
        drugCategory: "BIOLOGICAL",
        origin: "DOMESTIC",
        stage: "LAUNCHED",
        notes: "Marketed for T2DM; the approval year is UNVERIFIED (~2016, before this tracker's 2020+ date range).",
        source: { ...cite("D11"), sourceConfidence: "UNVERIFIED" },
      },
      {
        indicationEn: "Chronic weight management",
        indicationZh: "长期体重管理",
        doseForm: "Injection (Feisumei)",
        sponsor: "benemae",
        drugCategory: "BIOLOGICAL",
        origin: "DOMESTIC",
        notes: "Also discussed in [D33].",
        events: [event("APPROVED", "2023-07-25", "Weight-management approval")],
      },
    ],
  },
  {
    slug: "peg-loxenatide",
    nameEn: "PEG-loxenatide",
    nameZh: "聚乙二醇洛塞那肽",
    inn: "polyethylene glycol loxenatide",
    brandNamesEn: ["Fulaimei"],
    modality: "PEPTIDE_CONJUGATE",
    mechanismClass: "GLP1_RA",
    targets: ["GLP-1R"],
    originator: "hansoh",
    chinaRightsHolder: "hansoh",
    notes: "Marketed May 2019 and launched 2019-07-25 [D28]: both before this tracker's 2020+ date range, so kept here rather than as dated events.",
    source: cite("D28", "COMPANY"),
    programs: [
      {
        indicationEn: "Type 2 diabetes mellitus",
        indicationZh: "2型糖尿病",
        doseForm: "Injection (once weekly)",
        sponsor: "hansoh",
        drugCategory: "CHEMICAL",
        origin: "DOMESTIC",
        stage: "LAUNCHED",
        notes: "Approved May 2019, launched 2019-07-25 [D28]. Drug category not in the reference (assumed chemical).",
        reimbursements: [
          {
            list: "NRDL_NEGOTIATED",
            listYear: 2022,
            state: "LISTED",
            route: "NEGOTIATION",
            effective: day("2023-03-01"),
            agreementStart: day("2023-03-01"),
            agreementEnd: day("2024-12-31"),
            paymentStandard: "110.00",
            paymentUnit: "0.1 mg",
            restriction:
              "Patients with BMI ≥25 whose glucose is inadequately controlled on oral antidiabetics or insulin; the first prescription must come from a specialist at a secondary or higher-level hospital (paraphrase of the 限定支付范围).",
            notes:
              "B-list negotiated drug. Payment standard also ¥187 per 0.2 mg. The list year is inferred from the agreement start (the 2022 NRDL took effect 2023-03-01). Status after the agreement ended 2024-12-31 was not captured.",
            source: cite("S53"),
          },
        ],
      },
    ],
  },
  {
    slug: "dulaglutide",
    nameEn: "Dulaglutide",
    nameZh: "度拉糖肽",
    inn: "dulaglutide",
    brandNamesEn: ["Trulicity"],
    brandNamesZh: ["度易达"],
    modality: "RECOMBINANT_PEPTIDE",
    mechanismClass: "GLP1_RA",
    targets: ["GLP-1R"],
    originator: "lilly",
    chinaRightsHolder: "lilly",
    notes: "GLP-1 analogue Fc fusion. CN brand 度易达 is from a public code index of drug labels (UNVERIFIED). NRDL status UNVERIFIED.",
    source: cite("D25"),
    programs: [
      {
        indicationEn: "Type 2 diabetes mellitus",
        indicationZh: "2型糖尿病",
        doseForm: "Injection (once weekly)",
        sponsor: "lilly",
        drugCategory: "BIOLOGICAL",
        origin: "IMPORTED",
        stage: "LAUNCHED",
        notes: "Marketed in China; the approval date is UNVERIFIED.",
      },
    ],
  },
  {
    slug: "liraglutide",
    nameEn: "Liraglutide",
    nameZh: "利拉鲁肽",
    inn: "liraglutide",
    brandNamesEn: ["Victoza"],
    modality: "RECOMBINANT_PEPTIDE",
    mechanismClass: "GLP1_RA",
    targets: ["GLP-1R"],
    originator: "novo",
    chinaRightsHolder: "novo",
    notes: "Originator. NRDL entry via the 2017 negotiation is UNVERIFIED (and before this tracker's date range).",
    source: { ...cite("D11"), sourceConfidence: "UNVERIFIED" },
    programs: [
      {
        indicationEn: "Type 2 diabetes mellitus",
        indicationZh: "2型糖尿病",
        doseForm: "Injection (once daily)",
        sponsor: "novo",
        drugCategory: "BIOLOGICAL",
        origin: "IMPORTED",
        stage: "LAUNCHED",
        notes: "Marketed in China; the marketing date is UNVERIFIED.",
      },
    ],
  },
  {
    slug: "liraglutide-huadong",
    nameEn: "Liraglutide biosimilar (Huadong, Liluping)",
    nameZh: "利拉鲁肽（华东医药）",
    inn: "liraglutide",
    brandNamesEn: ["Liluping"],
    modality: "RECOMBINANT_PEPTIDE",
    mechanismClass: "GLP1_RA",
    targets: ["GLP-1R"],
    originator: "huadong",
    chinaRightsHolder: "huadong",
    notes: "Whether this is the same product as Jiuyuan's liraglutide biosimilar [D12] is UNVERIFIED.",
    source: cite("D11"),
    programs: [
      {
        indicationEn: "Type 2 diabetes mellitus",
        indicationZh: "2型糖尿病",
        doseForm: "Injection (once daily)",
        sponsor: "huadong",
        drugCategory: "BIOLOGICAL",
        origin: "DOMESTIC",
        events: [event("APPROVED", month("2023-03"), "T2DM approval (March 2023)")],
      },
      {
        indicationEn: "Chronic weight management",
        indicationZh: "长期体重管理",
        doseForm: "Injection (once daily)",
        sponsor: "huadong",
        drugCategory: "BIOLOGICAL",
        origin: "DOMESTIC",
        notes: "Approved about 3 months after the T2DM indication [D11]; stored at year precision.",
        events: [event("APPROVED", year(2023), "Obesity approval (~3 months after T2DM)")],
      },
    ],
  },
  {
    slug: "liraglutide-jiuyuan",
    nameEn: "Liraglutide biosimilar (Jiuyuan)",
    nameZh: "利拉鲁肽（九源基因）",
    inn: "liraglutide",
    modality: "RECOMBINANT_PEPTIDE",
    mechanismClass: "GLP1_RA",
    targets: ["GLP-1R"],
    originator: "jiuyuan",
    chinaRightsHolder: "jiuyuan",
    notes: "First liraglutide biosimilar approved in China (2023) [D12]. Whether it is the same product as Huadong's Liluping is UNVERIFIED.",
    source: cite("D12"),
    programs: [
      {
        indicationEn: "Indication not captured (first liraglutide biosimilar)",
        indicationZh: "适应症未收录",
        doseForm: "Injection",
        sponsor: "jiuyuan",
        drugCategory: "BIOLOGICAL",
        origin: "DOMESTIC",
        events: [event("APPROVED", year(2023), "First liraglutide biosimilar approved")],
      },
    ],
  },
  {
    slug: "liraglutide-sino-biopharm",
    nameEn: "Liraglutide (Sino Biopharm, Beilein)",
    nameZh: "利拉鲁肽（中国生物制药）",
    inn: "liraglutide",
    brandNamesEn: ["Beilein"],
    modality: "RECOMBINANT_PEPTIDE",
    mechanismClass: "GLP1_RA",
    targets: ["GLP-1R"],
    originator: "sinoBiopharm",
    chinaRightsHolder: "sinoBiopharm",
    source: cite("D30"),
    programs: [
      {
        indicationEn: "Indication not captured",
        indicationZh: "适应症未收录",
        doseForm: "Injection",
        sponsor: "sinoBiopharm",
        drugCategory: "BIOLOGICAL",
        origin: "DOMESTIC",
        stage: "APPROVED",
        notes: "Marketing approval reported; the date was not captured.",
      },
    ],
  },
  {
    slug: "supaglutide",
    nameEn: "Supaglutide",
    nameZh: "依苏帕格鲁肽α",
    inn: "supaglutide",
    modality: "RECOMBINANT_PEPTIDE",
    mechanismClass: "GLP1_RA",
    targets: ["GLP-1R"],
    originator: "innogen",
    chinaRightsHolder: "innogen",
    notes:
      "Once-weekly GLP-1 RA [D29]. The Chinese name (earlier 苏帕鲁肽) comes from secondary press, not the reference (UNVERIFIED).",
    source: cite("D29"),
    programs: [
      {
        indicationEn: "Type 2 diabetes mellitus",
        indicationZh: "2型糖尿病",
        doseForm: "Injection (once weekly)",
        sponsor: "innogen",
        drugCategory: "BIOLOGICAL",
        origin: "DOMESTIC",
        notes: "Drug category from secondary press (recombinant biologic; UNVERIFIED).",
        events: [event("APPROVED", year(2025), "T2DM approval (early 2025)")],
      },
    ],
  },
  {
    slug: "albenatide",
    nameEn: "Albenatide",
    nameZh: "艾本那肽",
    inn: "albenatide",
    codeNames: ["CJC-1134-PC"],
    modality: "PEPTIDE_CONJUGATE",
    mechanismClass: "GLP1_RA",
    targets: ["GLP-1R"],
    originator: "csbio",
    chinaRightsHolder: "csbio",
    notes:
      "DAC-modified exendin-4 (ConjuChem's DAC platform, shared with CJC-1295; do not confuse the two) [D31].",
    source: cite("D31"),
    programs: [
      {
        indicationEn: "Type 2 diabetes mellitus",
        indicationZh: "2型糖尿病",
        doseForm: "Injection (once weekly)",
        sponsor: "csbio",
        drugCategory: "CHEMICAL",
        registrationClass: "CHEM_1",
        origin: "DOMESTIC",
        stage: "NDA_FILED",
        notes:
          "Class 1 NDA accepted [D31]; the acceptance date and number are not in the reference. Chemical category from secondary sources (UNVERIFIED).",
      },
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Research peptides of the brief (no China regulatory status)
// ---------------------------------------------------------------------------------------------

const researchProgram = (notes: string): SeedProgram => ({
  indicationEn: "Research use only (no China filing found)",
  indicationZh: "仅限研究（未见中国申报）",
  drugCategory: "CHEMICAL",
  origin: "IMPORTED",
  stage: "RESEARCH_ONLY",
  notes,
});

const researchCandidates: readonly SeedCandidate[] = [
  {
    slug: "gep44",
    nameEn: "GEP44",
    codeNames: ["GEP44"],
    modality: "SYNTHETIC_PEPTIDE",
    mechanismClass: "GLP1_PYY",
    targets: ["GLP-1R", "NPY1R", "NPY2R"],
    researchOnly: true,
    notes: "Chimeric GLP-1R/Y1R/Y2R agonist from US academic groups; preclinical only [D32]. No China filing found.",
    source: cite("D32_RATS_2023"),
    programs: [
      {
        indicationEn: "Obesity (preclinical research)",
        indicationZh: "肥胖（临床前研究）",
        drugCategory: "CHEMICAL",
        origin: "IMPORTED",
        notes: "Drug category and origin are nominal (required fields); there is no China filing.",
        events: [
          event("PRECLINICAL", year(2023), "Rat studies published (Sci Rep 2023)", cite("D32_RATS_2023")),
          event("PRECLINICAL", year(2024), "Mouse studies published (Front Endocrinol 2024)", cite("D32_MICE_2024")),
        ],
      },
    ],
  },
  {
    slug: "catestatin",
    nameEn: "Catestatin",
    nameZh: "儿茶酚抑素",
    modality: "SYNTHETIC_PEPTIDE",
    mechanismClass: "RESEARCH_PEPTIDE",
    targets: ["nAChR"],
    researchOnly: true,
    notes: `Chromogranin A fragment (human CgA352-372). ${NO_CHINA_RECORD}`,
    source: { ...cite("CATESTATIN"), sourceConfidence: "UNVERIFIED" },
    programs: [researchProgram(NO_CHINA_RECORD)],
  },
  {
    slug: "pepitem",
    nameEn: "PEPITEM",
    codeNames: ["PEPITEM"],
    modality: "SYNTHETIC_PEPTIDE",
    mechanismClass: "RESEARCH_PEPTIDE",
    targets: [],
    researchOnly: true,
    notes: `Peptide inhibitor of trans-endothelial migration (14 aa, from 14-3-3ζ). ${NO_CHINA_RECORD}`,
    source: { ...cite("PEPITEM"), sourceConfidence: "UNVERIFIED" },
    programs: [researchProgram(NO_CHINA_RECORD)],
  },
  {
    slug: "c-peptide",
    nameEn: "C-peptide",
    nameZh: "C肽",
    modality: "SYNTHETIC_PEPTIDE",
    mechanismClass: "RESEARCH_PEPTIDE",
    targets: [],
    researchOnly: true,
    notes: `Proinsulin connecting peptide. ${NO_CHINA_RECORD}`,
    source: { ...cite("C_PEPTIDE"), sourceConfidence: "UNVERIFIED" },
    programs: [researchProgram(NO_CHINA_RECORD)],
  },
  {
    slug: "ipamorelin",
    nameEn: "Ipamorelin",
    inn: "ipamorelin",
    modality: "SYNTHETIC_PEPTIDE",
    mechanismClass: "GH_SECRETAGOGUE",
    targets: ["GHSR1a"],
    researchOnly: true,
    notes: `Selective GH secretagogue (ghrelin-receptor agonist). No NMPA approval found; US compounding status comes only from low-quality sources and is not China-relevant (UNVERIFIED). ${NO_CHINA_RECORD}`,
    source: { ...cite("GH_SECRETAGOGUES"), sourceConfidence: "UNVERIFIED" },
    programs: [researchProgram(NO_CHINA_RECORD)],
  },
  {
    slug: "cjc-1295",
    nameEn: "CJC-1295",
    codeNames: ["CJC-1295"],
    modality: "PEPTIDE_CONJUGATE",
    mechanismClass: "GHRH_ANALOG",
    targets: ["GHRHR"],
    originator: "conjuchem",
    researchOnly: true,
    notes: `Long-acting GHRH analogue on ConjuChem's DAC platform, the platform of albenatide (CJC-1134-PC), which does have a China NDA [D31]: do not confuse the two. No NMPA approval found. ${NO_CHINA_RECORD}`,
    source: { ...cite("D31"), sourceConfidence: "UNVERIFIED" },
    programs: [researchProgram(NO_CHINA_RECORD)],
  },
  {
    slug: "sermorelin",
    nameEn: "Sermorelin",
    inn: "sermorelin",
    modality: "SYNTHETIC_PEPTIDE",
    mechanismClass: "GHRH_ANALOG",
    targets: ["GHRHR"],
    researchOnly: true,
    notes: `GHRH(1-29) analogue. No NMPA approval found. ${NO_CHINA_RECORD}`,
    source: { ...cite("GH_SECRETAGOGUES"), sourceConfidence: "UNVERIFIED" },
    programs: [researchProgram(NO_CHINA_RECORD)],
  },
];

// ---------------------------------------------------------------------------------------------
// Illustrative candidates (fictional; dates 2020-2026, "today" = 2026-11-24)
// ---------------------------------------------------------------------------------------------

const illustrative = (candidate: Omit<SeedCandidate, "source">): SeedCandidate => ({
  ...candidate,
  notes: candidate.notes ? `${FICTIONAL} ${candidate.notes}` : FICTIONAL,
  source: ILLUSTRATIVE,
});

const T2DM = { indicationEn: "Type 2 diabetes mellitus", indicationZh: "2型糖尿病" } as const;
const OBESITY = { indicationEn: "Obesity / overweight with comorbidity", indicationZh: "肥胖症/超重伴合并症" } as const;

const illustrativeCandidates: readonly SeedCandidate[] = [
  illustrative({
    slug: "pt-glp-101",
    nameEn: "PT-GLP-101",
    nameZh: "蓝山格鲁肽",
    codeNames: ["PT-GLP-101", "LS-101"],
    modality: "SYNTHETIC_PEPTIDE",
    mechanismClass: "GLP1_RA",
    targets: ["GLP-1R"],
    originator: "lanshan",
    chinaRightsHolder: "lanshan",
    programs: [
      {
        ...OBESITY,
        doseForm: "Injection (once weekly)",
        sponsor: "lanshan",
        drugCategory: "CHEMICAL",
        registrationClass: "CHEM_1",
        origin: "DOMESTIC",
        events: [event("PHASE_1", "2024-07-22"), event("PHASE_2", "2025-03-10"), event("PHASE_3", "2025-11-17")],
        applications: [
          {
            acceptanceNumber: "CXHL2400215",
            type: "IND",
            submitted: day("2024-03-04"),
            reviewTrack: "IND_60",
            history: [
              step("2024-03-08", "ACCEPTED"),
              step("2024-03-15", "QUEUED_FOR_REVIEW"),
              step("2024-03-22", "UNDER_REVIEW"),
              step("2024-06-04", "IMPLIED_APPROVAL", "No objection within 60 working days (默示许可)"),
            ],
          },
        ],
        designations: [
          {
            type: "BREAKTHROUGH_THERAPY",
            state: "GRANTED",
            requested: day("2025-05-12"),
            publicityStart: day("2025-07-14"),
            publicityEnd: day("2025-07-21"),
            granted: day("2025-07-28"),
          },
        ],
      },
      {
        ...T2DM,
        doseForm: "Injection (once weekly)",
        sponsor: "lanshan",
        drugCategory: "CHEMICAL",
        registrationClass: "CHEM_1",
        origin: "DOMESTIC",
        events: [event("PHASE_2", "2025-09-08")],
        designations: [
          {
            type: "BREAKTHROUGH_THERAPY",
            state: "NOT_APPLIED",
            notes: "Eligibility assessed; no request filed (no marked advantage expected over approved GLP-1 RAs).",
          },
        ],
      },
    ],
  }),
  illustrative({
    slug: "pt-glp-102",
    nameEn: "PT-GLP-102",
    nameZh: "青木小分子GLP-1激动剂",
    codeNames: ["PT-GLP-102", "QM-102"],
    modality: "SMALL_MOLECULE",
    mechanismClass: "GLP1_RA",
    targets: ["GLP-1R"],
    originator: "qingmu",
    chinaRightsHolder: "qingmu",
    notes: "Oral non-peptide GLP-1 RA.",
    programs: [
      {
        ...T2DM,
        doseForm: "Tablet (once daily)",
        sponsor: "qingmu",
        drugCategory: "CHEMICAL",
        registrationClass: "CHEM_1",
        origin: "DOMESTIC",
        events: [event("PHASE_1", "2026-01-19"), event("PHASE_2", "2026-07-06")],
        applications: [
          {
            acceptanceNumber: "CXHL2500688",
            type: "IND",
            submitted: day("2025-10-20"),
            reviewTrack: "IND_FAST_30",
            history: [
              step("2025-10-24", "ACCEPTED"),
              step("2025-10-27", "QUEUED_FOR_REVIEW"),
              step("2025-10-28", "UNDER_REVIEW"),
              step("2025-12-05", "IMPLIED_APPROVAL", "Cleared within 30 working days"),
            ],
          },
        ],
        designations: [
          {
            type: "IND_FAST_CHANNEL",
            state: "CONSUMED",
            application: "CXHL2500688",
            requested: day("2025-10-20"),
            granted: day("2025-10-24"),
            ended: day("2025-12-05"),
            endReason: "IND cleared within the 30-working-day channel.",
          },
        ],
      },
    ],
  }),
  illustrative({
    slug: "pt-tri-201",
    nameEn: "PT-TRI-201",
    nameZh: "河西三靶点肽",
    codeNames: ["PT-TRI-201", "HX-201"],
    modality: "SYNTHETIC_PEPTIDE",
    mechanismClass: "GIP_GLP1_GCG_RA",
    targets: ["GIPR", "GLP-1R", "GCGR"],
    originator: "hexi",
    chinaRightsHolder: "hexi",
    programs: [
      {
        ...OBESITY,
        doseForm: "Injection (once weekly)",
        sponsor: "hexi",
        drugCategory: "CHEMICAL",
        registrationClass: "CHEM_1",
        origin: "DOMESTIC",
        events: [event("PRECLINICAL", "2024-09-02"), event("PRE_IND_MEETING", "2026-10-20", "Pre-IND (Type II) meeting held")],
        designations: [
          {
            type: "IND_FAST_CHANNEL",
            state: "NOT_APPLIED",
            notes: "Eligibility for the 30-WD channel (NMPA Announcement [2025] No. 86) still being assessed by the sponsor.",
          },
          {
            type: "SPECIAL_APPROVAL",
            state: "NOT_APPLIED",
            notes: "Not applicable: special approval is for public-health emergencies.",
          },
        ],
      },
      {
        indicationEn: "Metabolic dysfunction-associated steatohepatitis (MASH)",
        indicationZh: "代谢功能障碍相关脂肪性肝炎",
        doseForm: "Injection (once weekly)",
        sponsor: "hexi",
        drugCategory: "CHEMICAL",
        registrationClass: "CHEM_1",
        origin: "DOMESTIC",
        events: [event("PRECLINICAL", "2025-05-12")],
      },
    ],
  }),
  illustrative({
    slug: "pt-glp-103",
    nameEn: "PT-GLP-103",
    nameZh: "蓝山长效格鲁肽",
    codeNames: ["PT-GLP-103", "LS-103"],
    modality: "PEPTIDE_CONJUGATE",
    mechanismClass: "GLP1_RA",
    targets: ["GLP-1R"],
    originator: "lanshan",
    chinaRightsHolder: "lanshan",
    notes: "Once-monthly conjugate.",
    programs: [
      {
        ...OBESITY,
        doseForm: "Injection (once monthly)",
        sponsor: "lanshan",
        drugCategory: "CHEMICAL",
        registrationClass: "CHEM_1",
        origin: "DOMESTIC",
        applications: [
          {
            acceptanceNumber: "CXHL2601342",
            type: "IND",
            submitted: day("2026-11-02"),
            reviewTrack: "IND_FAST_30",
            history: [
              step("2026-11-06", "ACCEPTED"),
              step("2026-11-10", "QUEUED_FOR_REVIEW"),
              step("2026-11-13", "UNDER_REVIEW"),
            ],
          },
        ],
        designations: [
          {
            type: "IND_FAST_CHANNEL",
            state: "GRANTED",
            application: "CXHL2601342",
            requested: day("2026-11-02"),
            granted: day("2026-11-06"),
          },
        ],
      },
      {
        ...T2DM,
        doseForm: "Injection (once monthly)",
        sponsor: "lanshan",
        drugCategory: "CHEMICAL",
        registrationClass: "CHEM_1",
        origin: "DOMESTIC",
        applications: [
          {
            acceptanceNumber: "CXHL2601398",
            type: "IND",
            history: [step("2026-11-19", "SUBMITTED"), step("2026-11-20", "PENDING_ACCEPTANCE")],
          },
        ],
        designations: [
          { type: "IND_FAST_CHANNEL", state: "REQUESTED", application: "CXHL2601398", requested: day("2026-11-19") },
        ],
      },
    ],
  }),
  illustrative({
    slug: "pt-amy-301",
    nameEn: "PT-AMY-301",
    nameZh: "北桥胰淀素类似物",
    codeNames: ["PT-AMY-301", "NB-301"],
    modality: "SYNTHETIC_PEPTIDE",
    mechanismClass: "AMYLIN_ANALOG",
    targets: ["AMYR", "CTR"],
    originator: "northbridge",
    chinaRightsHolder: "northbridge",
    programs: [
      {
        ...OBESITY,
        doseForm: "Injection (once weekly)",
        sponsor: "northbridge",
        drugCategory: "CHEMICAL",
        registrationClass: "CHEM_1",
        origin: "IMPORTED",
        events: [event("PHASE_1", "2025-09-01"), event("PHASE_2", "2026-03-02")],
        applications: [
          {
            acceptanceNumber: "JXHL2500402",
            type: "IND",
            submitted: day("2025-04-09"),
            reviewTrack: "IND_60",
            history: [
              step("2025-04-14", "ACCEPTED"),
              step("2025-04-18", "QUEUED_FOR_REVIEW"),
              step("2025-04-25", "UNDER_REVIEW"),
              step("2025-07-10", "IMPLIED_APPROVAL"),
            ],
          },
        ],
        designations: [
          {
            type: "IND_FAST_CHANNEL",
            state: "REJECTED",
            application: "JXHL2500402",
            requested: day("2025-04-09"),
            ended: day("2025-04-21"),
            endReason: "Not taken into the 2024-2025 pilot channel, which was limited to Beijing and Shanghai.",
          },
        ],
      },
      {
        ...T2DM,
        doseForm: "Injection (once weekly)",
        sponsor: "northbridge",
        drugCategory: "CHEMICAL",
        registrationClass: "CHEM_1",
        origin: "IMPORTED",
        events: [event("DISCONTINUED", "2026-04-15", "Sponsor deprioritised the T2DM programme in China")],
        applications: [
          {
            acceptanceNumber: "JXHL2600155",
            type: "IND",
            reviewTrack: "IND_60",
            history: [
              step("2026-02-09", "ACCEPTED"),
              step("2026-03-20", "TERMINATED", "Review terminated: application fee not paid (DRR Art. 85)"),
            ],
            decision: "RETURNED",
          },
        ],
      },
    ],
  }),
  illustrative({
    slug: "pt-pyy-401",
    nameEn: "PT-PYY-401",
    nameZh: "奥瑞双靶肽",
    codeNames: ["PT-PYY-401", "AUR-401"],
    modality: "SYNTHETIC_PEPTIDE",
    mechanismClass: "GLP1_PYY",
    targets: ["GLP-1R", "NPY2R"],
    originator: "aurelia",
    chinaRightsHolder: "aurelia",
    programs: [
      {
        ...OBESITY,
        doseForm: "Injection (once weekly)",
        sponsor: "aurelia",
        drugCategory: "CHEMICAL",
        registrationClass: "CHEM_1",
        origin: "IMPORTED",
        events: [
          event("PHASE_3", "2025-06-16", "China sites join the global phase 3 MRCT (domestic phase 1 skipped)"),
          event("PRE_NDA_MEETING", "2026-09-21", "Pre-NDA (Type II) meeting held"),
        ],
        applications: [
          {
            acceptanceNumber: "JXHL2400877",
            type: "IND",
            reviewTrack: "IND_60",
            history: [
              step("2024-10-14", "ACCEPTED"),
              step("2024-10-18", "QUEUED_FOR_REVIEW"),
              step("2024-10-25", "UNDER_REVIEW"),
              step("2025-01-07", "IMPLIED_APPROVAL"),
            ],
          },
        ],
        designations: [
          {
            type: "BREAKTHROUGH_THERAPY",
            state: "REJECTED",
            requested: day("2025-03-03"),
            ended: day("2025-04-30"),
            endReason: "Not included after CDE assessment: a marked clinical advantage over approved therapies was not shown.",
          },
        ],
      },
      {
        ...T2DM,
        doseForm: "Injection (once weekly)",
        sponsor: "aurelia",
        drugCategory: "CHEMICAL",
        registrationClass: "CHEM_1",
        origin: "IMPORTED",
        applications: [
          {
            acceptanceNumber: "JXHL2600233",
            type: "IND",
            reviewTrack: "IND_60",
            history: [
              step("2026-06-15", "ACCEPTED"),
              step("2026-06-22", "QUEUED_FOR_REVIEW"),
              step("2026-06-29", "UNDER_REVIEW"),
              step("2026-09-08", "IMPLIED_APPROVAL"),
            ],
          },
        ],
        designations: [
          {
            type: "IND_FAST_CHANNEL",
            state: "WITHDRAWN",
            requested: day("2026-06-10"),
            ended: day("2026-06-12"),
            endReason: "Request withdrawn; the IND was filed on the 60-day track.",
          },
        ],
      },
    ],
  }),
  illustrative({
    slug: "pt-glp-104",
    nameEn: "PT-GLP-104",
    nameZh: "河西格鲁肽",
    codeNames: ["PT-GLP-104", "HX-104"],
    brandNamesEn: ["Hexivo"],
    brandNamesZh: ["禾希沃"],
    modality: "SYNTHETIC_PEPTIDE",
    mechanismClass: "GLP1_RA",
    targets: ["GLP-1R"],
    originator: "hexi",
    chinaRightsHolder: "hexi",
    notes: "Brand names are proposed.",
    programs: [
      {
        ...T2DM,
        doseForm: "Injection (once weekly)",
        sponsor: "hexi",
        drugCategory: "CHEMICAL",
        registrationClass: "CHEM_1",
        origin: "DOMESTIC",
        events: [event("PHASE_3", "2024-05-06"), event("PRE_NDA_MEETING", "2026-06-15")],
        applications: [{ acceptanceNumber: "CXHS2600521", type: "NDA", history: [step("2026-11-18", "SUBMITTED")] }],
        designations: [
          { type: "PRIORITY_REVIEW", state: "REQUESTED", application: "CXHS2600521", requested: day("2026-11-18") },
        ],
      },
      {
        ...OBESITY,
        doseForm: "Injection (once weekly)",
        sponsor: "hexi",
        drugCategory: "CHEMICAL",
        registrationClass: "CHEM_1",
        origin: "DOMESTIC",
        events: [event("PHASE_3", "2024-09-02")],
        applications: [
          {
            acceptanceNumber: "CXHS2600467",
            type: "NDA",
            history: [
              step("2026-11-03", "SUBMITTED"),
              step("2026-11-04", "PENDING_ACCEPTANCE"),
              step("2026-11-09", "CORRECTION_REQUESTED", "补正: the dossier must be completed within 30 days"),
            ],
          },
        ],
        designations: [{ type: "PRIORITY_REVIEW", state: "NOT_APPLIED", notes: "The sponsor did not request priority review." }],
      },
    ],
  }),
  illustrative({
    slug: "pt-glp-105",
    nameEn: "PT-GLP-105",
    nameZh: "青木重组格鲁肽",
    codeNames: ["PT-GLP-105", "QM-105"],
    brandNamesEn: ["Qingmutai"],
    brandNamesZh: ["青木泰"],
    modality: "RECOMBINANT_PEPTIDE",
    mechanismClass: "GLP1_RA",
    targets: ["GLP-1R"],
    originator: "qingmu",
    chinaRightsHolder: "qingmu",
    programs: [
      {
        ...T2DM,
        doseForm: "Injection (once weekly, prefilled pen)",
        sponsor: "qingmu",
        drugCategory: "BIOLOGICAL",
        registrationClass: "BIO_1",
        origin: "DOMESTIC",
        events: [event("LAUNCHED", "2025-08-04")],
        applications: [
          {
            acceptanceNumber: "CXSS2400330",
            type: "NDA",
            submitted: day("2024-04-15"),
            reviewTrack: "PRIORITY_130",
            history: [
              step("2024-04-19", "ACCEPTED"),
              step("2024-04-26", "QUEUED_FOR_REVIEW"),
              step("2024-05-06", "UNDER_REVIEW"),
              step("2024-09-09", "SUPPLEMENT_REQUESTED", "发补: CMC and clinical-pharmacology questions"),
              step("2024-10-28", "UNDER_REVIEW", "Supplementary data submitted"),
              step("2025-02-17", "UNDER_ADMIN_APPROVAL"),
              step("2025-03-03", "APPROVED_PENDING_CERTIFICATE"),
              step("2025-03-10", "CERTIFICATE_ISSUED"),
            ],
            inspectionStatus: "COMPLETED",
            testingStatus: "COMPLETED",
            approvalNumber: "国药准字S20250031",
          },
        ],
        designations: [
          {
            type: "PRIORITY_REVIEW",
            state: "CONSUMED",
            application: "CXSS2400330",
            requested: day("2024-04-15"),
            publicityStart: day("2024-05-20"),
            publicityEnd: day("2024-05-27"),
            granted: day("2024-05-28"),
            ended: day("2025-03-03"),
            endReason: "NDA approved.",
          },
        ],
        reimbursements: [
          {
            list: "CHI_INNOVATIVE",
            listYear: 2025,
            state: "LISTED",
            route: "NEGOTIATION",
            applied: day("2025-07-14"),
            formalReview: day("2025-08-18"),
            expertReview: day("2025-09-19"),
            negotiation: day("2025-11-03"),
            publication: day("2025-12-07"),
            effective: day("2026-01-01"),
            notes: "On the first commercial-insurance innovative drug list; not paid by basic medical insurance, so no payment standard.",
          },
        ],
      },
      {
        ...OBESITY,
        doseForm: "Injection (once weekly, prefilled pen)",
        sponsor: "qingmu",
        drugCategory: "BIOLOGICAL",
        registrationClass: "BIO_1",
        origin: "DOMESTIC",
        notes: "New indication filed as a supplement, so its stages are recorded as events (not inferred from the supplement).",
        events: [
          event("PHASE_3", "2024-03-04"),
          event("NDA_FILED", "2025-06-09", "New-indication supplement CXSB2500610 accepted"),
          event("NDA_UNDER_REVIEW", "2025-06-20"),
        ],
        applications: [
          {
            acceptanceNumber: "CXSB2500610",
            type: "SUPPLEMENT",
            reviewTrack: "SUPPLEMENT_200",
            history: [
              step("2025-06-09", "ACCEPTED"),
              step("2025-06-16", "QUEUED_FOR_REVIEW"),
              step("2025-06-20", "UNDER_REVIEW"),
              step("2025-11-10", "SUPPLEMENT_REQUESTED", "发补: additional long-term safety data"),
              step("2026-01-19", "UNDER_REVIEW", "Supplementary data submitted"),
              step("2026-10-26", "UNDER_ADMIN_APPROVAL"),
            ],
            inspectionStatus: "COMPLETED",
          },
        ],
        reimbursements: [
          {
            list: "CHI_INNOVATIVE",
            listYear: 2026,
            state: "NOT_ELIGIBLE",
            notes: "The obesity indication was still under review at the 2026-06-30 cut-off.",
          },
        ],
      },
    ],
  }),
  illustrative({
    slug: "pt-glp-090",
    nameEn: "PT-GLP-090",
    nameZh: "北桥格鲁肽",
    codeNames: ["PT-GLP-090", "NB-090"],
    brandNamesEn: ["Glupta"],
    brandNamesZh: ["格普达"],
    modality: "SYNTHETIC_PEPTIDE",
    mechanismClass: "GLP1_RA",
    targets: ["GLP-1R"],
    originator: "northbridge",
    chinaRightsHolder: "northbridge",
    notes: "Older imported product with generics; exercises re-registration, supplements and the whole reimbursement life cycle.",
    programs: [
      {
        ...T2DM,
        doseForm: "Injection (twice daily)",
        sponsor: "northbridge",
        drugCategory: "CHEMICAL",
        registrationClass: "CHEM_5_1",
        origin: "IMPORTED",
        events: [
          event("APPROVED", "2020-09-14"),
          event("LAUNCHED", "2020-12-01"),
          event("POST_APPROVAL", "2025-06-20", "Certificate re-registered; post-approval changes under way"),
        ],
        applications: [
          {
            acceptanceNumber: "JYHZ2500118",
            type: "RE_REGISTRATION",
            history: [
              step("2025-03-17", "ACCEPTED"),
              step("2025-03-24", "QUEUED_FOR_REVIEW"),
              step("2025-04-01", "UNDER_REVIEW"),
              step("2025-06-09", "UNDER_ADMIN_APPROVAL"),
              step("2025-06-16", "APPROVED_PENDING_CERTIFICATE"),
              step("2025-06-20", "CERTIFICATE_ISSUED"),
            ],
            approvalNumber: "国药准字HJ20200064",
          },
          {
            acceptanceNumber: "JYHF2500412",
            type: "OTHER",
            notes: "Import sub-packaging (分包装) application.",
            history: [
              step("2025-10-13", "ACCEPTED"),
              step("2025-10-20", "QUEUED_FOR_REVIEW"),
              step("2025-10-27", "UNDER_REVIEW"),
              step("2025-12-08", "UNDER_ADMIN_APPROVAL"),
              step("2025-12-12", "APPROVED_PENDING_CERTIFICATE"),
              step("2025-12-15", "CERTIFICATE_ISSUED"),
            ],
          },
          {
            acceptanceNumber: "JYHB2600207",
            type: "SUPPLEMENT",
            reviewTrack: "SUPPLEMENT_80",
            notes: "Label update combined with a manufacturing-site change.",
            history: [step("2026-11-16", "ACCEPTED")],
          },
        ],
        reimbursements: [
          {
            list: "PROVINCIAL_LEGACY",
            listYear: 2020,
            state: "REMOVED",
            removed: day("2022-01-01"),
            notes: "Provincial supplementary listing phased out once the drug was on the national list (the 2019 phase-out rule itself is UNVERIFIED).",
          },
          {
            list: "NRDL_NEGOTIATED",
            listYear: 2020,
            state: "NEGOTIATION_FAILED",
            route: "NEGOTIATION",
            applied: day("2020-08-17"),
            formalReview: day("2020-09-14"),
            expertReview: day("2020-10-19"),
            negotiation: day("2020-12-14"),
          },
          {
            list: "NRDL_NEGOTIATED",
            listYear: 2021,
            state: "LISTED",
            route: "NEGOTIATION",
            applied: day("2021-07-12"),
            formalReview: day("2021-08-16"),
            expertReview: day("2021-09-13"),
            negotiation: day("2021-11-10"),
            effective: day("2022-01-01"),
            agreementStart: day("2022-01-01"),
            agreementEnd: day("2023-12-31"),
            paymentStandard: "158.00",
            paymentUnit: "0.25 mg/ml, 2.4 ml pen",
          },
          {
            list: "NRDL_NEGOTIATED",
            listYear: 2023,
            state: "RENEWED",
            route: "NEGOTIATION",
            publication: day("2023-12-13"),
            effective: day("2024-01-01"),
            agreementStart: day("2024-01-01"),
            agreementEnd: day("2025-12-31"),
            paymentStandard: "142.00",
            paymentUnit: "0.25 mg/ml, 2.4 ml pen",
            notes: "Simple renewal (简易续约) for a new 2-year term.",
          },
          {
            list: "NRDL_NEGOTIATED",
            listYear: 2025,
            state: "CONVERTED_TO_REGULAR",
            publication: day("2025-12-07"),
            effective: day("2026-01-01"),
            notes: "Non-exclusive from March 2025 (generic approved), so converted to regular list management.",
          },
          {
            list: "NRDL_B",
            listYear: 2025,
            state: "LISTED",
            route: "DIRECT",
            publication: day("2025-12-07"),
            effective: day("2026-01-01"),
            notes: "Category B after conversion from the negotiated section.",
          },
        ],
      },
      {
        indicationEn: "Type 2 diabetes mellitus (generic)",
        indicationZh: "2型糖尿病（仿制药）",
        doseForm: "Injection (twice daily)",
        sponsor: "jinghu",
        drugCategory: "CHEMICAL",
        registrationClass: "CHEM_4",
        origin: "DOMESTIC",
        events: [event("LAUNCHED", "2025-05-06")],
        applications: [
          {
            acceptanceNumber: "CYHS2400911",
            type: "GENERIC",
            history: [
              step("2024-05-13", "SUBMITTED"),
              step("2024-05-14", "PENDING_ACCEPTANCE"),
              step("2024-05-20", "NOT_ACCEPTED", "不予受理: dossier incomplete"),
            ],
          },
          {
            acceptanceNumber: "CYHS2400987",
            type: "GENERIC",
            submitted: day("2024-07-03"),
            reviewTrack: "STANDARD_200",
            history: [
              step("2024-07-08", "ACCEPTED"),
              step("2024-07-15", "QUEUED_FOR_REVIEW"),
              step("2024-08-05", "UNDER_REVIEW"),
              step("2025-02-24", "UNDER_ADMIN_APPROVAL"),
              step("2025-03-10", "APPROVED_PENDING_CERTIFICATE"),
              step("2025-03-14", "CERTIFICATE_ISSUED"),
            ],
            inspectionStatus: "COMPLETED",
            testingStatus: "COMPLETED",
            approvalNumber: "国药准字H20250187",
          },
        ],
      },
      {
        indicationEn: "Type 2 diabetes mellitus (generic, second applicant)",
        indicationZh: "2型糖尿病（仿制药，第二申请人）",
        doseForm: "Injection (twice daily)",
        sponsor: "hexi",
        drugCategory: "CHEMICAL",
        registrationClass: "CHEM_4",
        origin: "DOMESTIC",
        events: [event("DISCONTINUED", "2025-09-15", "Sponsor did not re-file")],
        applications: [
          {
            acceptanceNumber: "CYHS2501204",
            type: "GENERIC",
            history: [
              step("2025-08-04", "SUBMITTED"),
              step("2025-08-05", "PENDING_ACCEPTANCE"),
              step("2025-08-08", "CORRECTION_REQUESTED"),
              step("2025-09-08", "ABANDONED", "Correction not completed within 30 days"),
            ],
          },
        ],
      },
    ],
  }),
  illustrative({
    slug: "pt-rare-701",
    nameEn: "PT-RARE-701",
    nameZh: "奥瑞拮抗肽",
    codeNames: ["PT-RARE-701", "AUR-701"],
    brandNamesEn: ["Glucarest"],
    brandNamesZh: ["格卢瑞"],
    modality: "SYNTHETIC_PEPTIDE",
    mechanismClass: "OTHER",
    targets: ["GLP-1R (antagonist)"],
    originator: "aurelia",
    chinaRightsHolder: "aurelia",
    notes: "GLP-1 receptor antagonist for a rare disease; marketed abroad first.",
    programs: [
      {
        indicationEn: "Congenital hyperinsulinism",
        indicationZh: "先天性高胰岛素血症",
        doseForm: "Injection (once daily)",
        sponsor: "aurelia",
        drugCategory: "CHEMICAL",
        registrationClass: "CHEM_5_1",
        origin: "IMPORTED",
        events: [event("PHASE_3", "2024-11-04", "Chinese cohort of the global phase 3")],
        applications: [
          {
            acceptanceNumber: "JXHS2600188",
            type: "NDA",
            reviewTrack: "PRIORITY_RARE_70",
            history: [
              step("2026-03-16", "ACCEPTED"),
              step("2026-03-20", "QUEUED_FOR_REVIEW"),
              step("2026-03-27", "UNDER_REVIEW"),
              step("2026-05-18", "SUPPLEMENT_REQUESTED", "发补: paediatric dosing data"),
              step("2026-06-29", "UNDER_REVIEW", "Supplementary data submitted"),
              step("2026-08-03", "UNDER_ADMIN_APPROVAL"),
              step("2026-08-24", "APPROVED_PENDING_CERTIFICATE"),
              step("2026-08-31", "CERTIFICATE_ISSUED"),
            ],
            decision: "CONDITIONALLY_APPROVED",
            inspectionStatus: "COMPLETED",
            testingStatus: "COMPLETED",
            approvalNumber: "国药准字HJ20260044",
          },
        ],
        designations: [
          {
            type: "BREAKTHROUGH_THERAPY",
            state: "CONSUMED",
            requested: day("2025-03-10"),
            publicityStart: day("2025-05-19"),
            publicityEnd: day("2025-05-26"),
            granted: day("2025-05-27"),
            ended: day("2026-08-24"),
            endReason: "NDA approved.",
          },
          {
            type: "PRIORITY_REVIEW",
            state: "CONSUMED",
            application: "JXHS2600188",
            requested: day("2026-03-10"),
            publicityStart: day("2026-04-13"),
            publicityEnd: day("2026-04-20"),
            granted: day("2026-04-21"),
            ended: day("2026-08-24"),
            endReason: "NDA approved.",
          },
          {
            type: "CONDITIONAL_APPROVAL",
            state: "CONDITIONALLY_APPROVED",
            application: "JXHS2600188",
            requested: day("2025-12-08"),
            granted: day("2026-08-24"),
            conditions:
              "Complete the ongoing randomised confirmatory study and submit its final report within 4 years of approval (by 2030-08); progress reports every 12 months.",
            notes: "The obligation deadline (2030-08) lies beyond this tracker's 2026 date range, so it is held in the conditions text.",
          },
        ],
      },
    ],
  }),
  illustrative({
    slug: "pt-mc4-602",
    nameEn: "PT-MC4-602",
    nameZh: "蓝山MC4R激动肽",
    codeNames: ["PT-MC4-602", "LS-602"],
    brandNamesEn: ["Satiova"],
    brandNamesZh: ["萨缇沃"],
    modality: "SYNTHETIC_PEPTIDE",
    mechanismClass: "OTHER",
    targets: ["MC4R"],
    originator: "lanshan",
    chinaRightsHolder: "lanshan",
    notes: "MC4R agonist for rare genetic obesity; exercises the conditional-approval life cycle.",
    programs: [
      {
        indicationEn: "Obesity due to POMC, PCSK1 or LEPR deficiency",
        indicationZh: "POMC、PCSK1或LEPR缺乏所致肥胖",
        doseForm: "Injection (once daily)",
        sponsor: "lanshan",
        drugCategory: "CHEMICAL",
        registrationClass: "CHEM_1",
        origin: "DOMESTIC",
        events: [
          event("LAUNCHED", "2023-09-04"),
          event("POST_APPROVAL", "2026-04-20", "Conditional approval converted to full approval"),
        ],
        applications: [
          {
            acceptanceNumber: "CXHS2200415",
            type: "NDA",
            reviewTrack: "STANDARD_200",
            history: [
              step("2022-08-15", "ACCEPTED"),
              step("2022-08-22", "QUEUED_FOR_REVIEW"),
              step("2022-08-29", "UNDER_REVIEW"),
              step("2023-05-22", "UNDER_ADMIN_APPROVAL"),
              step("2023-06-12", "APPROVED_PENDING_CERTIFICATE"),
              step("2023-06-19", "CERTIFICATE_ISSUED"),
            ],
            decision: "CONDITIONALLY_APPROVED",
            inspectionStatus: "COMPLETED",
            testingStatus: "COMPLETED",
            approvalNumber: "国药准字H20230098",
          },
          {
            acceptanceNumber: "CXHB2500860",
            type: "SUPPLEMENT",
            reviewTrack: "SUPPLEMENT_200",
            notes: "Supplement converting the conditional approval to full approval.",
            history: [
              step("2025-05-12", "ACCEPTED"),
              step("2025-05-19", "QUEUED_FOR_REVIEW"),
              step("2025-05-26", "UNDER_REVIEW"),
              step("2026-03-30", "UNDER_ADMIN_APPROVAL"),
              step("2026-04-13", "APPROVED_PENDING_CERTIFICATE"),
              step("2026-04-20", "CERTIFICATE_ISSUED"),
            ],
            inspectionStatus: "NOT_REQUIRED",
          },
        ],
        designations: [
          {
            type: "CONDITIONAL_APPROVAL",
            state: "CONVERTED_TO_FULL",
            application: "CXHS2200415",
            requested: day("2022-05-16"),
            granted: day("2023-06-12"),
            ended: day("2026-04-20"),
            endReason: "Confirmatory study completed; converted to full approval via supplement CXHB2500860.",
            conditions: "Complete the confirmatory phase 3 study and submit its report.",
            obligationDeadline: day("2026-12-31"),
          },
        ],
        reimbursements: [
          {
            list: "NRDL_NEGOTIATED",
            listYear: 2023,
            state: "LISTED",
            route: "NEGOTIATION",
            applied: day("2023-07-03"),
            formalReview: day("2023-08-18"),
            expertReview: day("2023-09-22"),
            negotiation: day("2023-11-13"),
            publication: day("2023-12-13"),
            effective: day("2024-01-01"),
            agreementStart: day("2024-01-01"),
            agreementEnd: day("2025-12-31"),
            paymentStandard: "1860.00",
            paymentUnit: "10 mg vial",
            restriction: "限经基因检测确诊的POMC、PCSK1或LEPR缺乏所致肥胖患者（示例）",
          },
          {
            list: "NRDL_NEGOTIATED",
            listYear: 2024,
            state: "RENEGOTIATED",
            route: "NEGOTIATION",
            negotiation: day("2024-11-12"),
            publication: day("2024-11-28"),
            effective: day("2025-01-01"),
            agreementStart: day("2025-01-01"),
            agreementEnd: day("2026-12-31"),
            paymentStandard: "1420.00",
            paymentUnit: "10 mg vial",
            notes: "Re-negotiated in the 2024 round after fund spend exceeded 200% of the forecast.",
          },
        ],
      },
      {
        indicationEn: "Hypothalamic obesity",
        indicationZh: "下丘脑性肥胖",
        doseForm: "Injection (once daily)",
        sponsor: "lanshan",
        drugCategory: "CHEMICAL",
        registrationClass: "CHEM_1",
        origin: "DOMESTIC",
        notes: "New indication filed as a supplement, so its stages are recorded as events.",
        events: [
          event("PHASE_3", "2022-03-07"),
          event("NDA_FILED", "2023-06-26", "New-indication supplement CXHB2300952 accepted"),
          event("NDA_UNDER_REVIEW", "2023-07-03"),
          event("CONDITIONALLY_APPROVED", "2024-03-18"),
        ],
        applications: [
          {
            acceptanceNumber: "CXHB2300952",
            type: "SUPPLEMENT",
            reviewTrack: "SUPPLEMENT_200",
            history: [
              step("2023-06-26", "ACCEPTED"),
              step("2023-07-03", "QUEUED_FOR_REVIEW"),
              step("2023-07-10", "UNDER_REVIEW"),
              step("2024-02-26", "UNDER_ADMIN_APPROVAL"),
              step("2024-03-18", "APPROVED_PENDING_CERTIFICATE"),
              step("2024-03-25", "CERTIFICATE_ISSUED"),
            ],
            decision: "CONDITIONALLY_APPROVED",
            inspectionStatus: "COMPLETED",
          },
          {
            acceptanceNumber: "CXHB2500781",
            type: "SUPPLEMENT",
            reviewTrack: "SUPPLEMENT_60",
            notes: "Extension of the confirmatory-study deadline.",
            history: [
              step("2025-09-01", "ACCEPTED"),
              step("2025-09-08", "QUEUED_FOR_REVIEW"),
              step("2025-09-15", "UNDER_REVIEW"),
              step("2025-11-10", "UNDER_ADMIN_APPROVAL"),
              step("2025-11-14", "APPROVED_PENDING_CERTIFICATE"),
              step("2025-11-17", "CERTIFICATE_ISSUED"),
            ],
          },
        ],
        designations: [
          {
            type: "CONDITIONAL_APPROVAL",
            state: "EXTENDED",
            application: "CXHB2300952",
            requested: day("2023-04-10"),
            granted: day("2024-03-18"),
            conditions:
              "Complete the randomised withdrawal study; the original deadline 2025-12-31 was extended to 2026-12-31 via supplement CXHB2500781.",
            obligationDeadline: day("2026-12-31"),
          },
        ],
        reimbursements: [
          {
            list: "NRDL_NEGOTIATED",
            listYear: 2025,
            state: "EXPERT_REVIEW_FAILED",
            route: "NEGOTIATION",
            applied: day("2025-07-14"),
            formalReview: day("2025-08-18"),
            expertReview: day("2025-09-19"),
          },
          {
            list: "NRDL_NEGOTIATED",
            listYear: 2026,
            state: "ELIGIBLE",
            notes: "Eligible; the sponsor did not apply in 2026.",
          },
        ],
      },
      {
        indicationEn: "Obesity in Bardet-Biedl syndrome",
        indicationZh: "Bardet-Biedl综合征相关肥胖",
        doseForm: "Injection (once daily)",
        sponsor: "lanshan",
        drugCategory: "CHEMICAL",
        registrationClass: "CHEM_1",
        origin: "DOMESTIC",
        events: [event("PHASE_3", "2024-10-14"), event("PRE_NDA_MEETING", "2026-10-12")],
        designations: [
          {
            type: "CONDITIONAL_APPROVAL",
            state: "REQUESTED",
            requested: day("2026-10-12"),
            notes: "Conditional route agreed at the pre-NDA (Type II) meeting.",
          },
        ],
      },
    ],
  }),
  illustrative({
    slug: "pt-glp-108",
    nameEn: "PT-GLP-108",
    nameZh: "河西长效格鲁肽",
    codeNames: ["PT-GLP-108", "HX-108"],
    brandNamesEn: ["Renaglo"],
    brandNamesZh: ["瑞耐格"],
    modality: "SYNTHETIC_PEPTIDE",
    mechanismClass: "GLP1_RA",
    targets: ["GLP-1R"],
    originator: "hexi",
    chinaRightsHolder: "hexi",
    programs: [
      {
        indicationEn: "Diabetic kidney disease",
        indicationZh: "糖尿病肾病",
        doseForm: "Injection (once weekly)",
        sponsor: "hexi",
        drugCategory: "CHEMICAL",
        registrationClass: "CHEM_1",
        origin: "DOMESTIC",
        events: [
          event("LAUNCHED", "2021-09-01"),
          event("DISCONTINUED", "2025-09-15", "Registration certificate cancelled (注销)"),
        ],
        applications: [
          {
            acceptanceNumber: "CXHS2000711",
            type: "NDA",
            reviewTrack: "STANDARD_200",
            history: [
              step("2020-09-07", "ACCEPTED"),
              step("2020-09-14", "QUEUED_FOR_REVIEW"),
              step("2020-09-28", "UNDER_REVIEW"),
              step("2021-05-17", "UNDER_ADMIN_APPROVAL"),
              step("2021-06-07", "APPROVED_PENDING_CERTIFICATE"),
              step("2021-06-15", "CERTIFICATE_ISSUED"),
            ],
            decision: "CONDITIONALLY_APPROVED",
            inspectionStatus: "COMPLETED",
            testingStatus: "COMPLETED",
            approvalNumber: "国药准字H20210122",
          },
        ],
        designations: [
          {
            type: "CONDITIONAL_APPROVAL",
            state: "REVOKED",
            application: "CXHS2000711",
            requested: day("2020-06-08"),
            granted: day("2021-06-07"),
            obligationDeadline: day("2024-12-31"),
            ended: day("2025-09-15"),
            endReason: "Confirmatory study not completed by the deadline; registration certificate cancelled (注销, DAL Art. 26).",
            conditions: "Complete the renal-outcomes confirmatory study by 2024-12-31.",
          },
        ],
        reimbursements: [
          {
            list: "NRDL_NEGOTIATED",
            listYear: 2023,
            state: "REMOVED",
            route: "NEGOTIATION",
            publication: day("2023-12-13"),
            effective: day("2024-01-01"),
            agreementStart: day("2024-01-01"),
            agreementEnd: day("2025-12-31"),
            removed: day("2025-10-01"),
            paymentStandard: "96.00",
            paymentUnit: "1 mg pen",
            notes: "Removed after the registration certificate was cancelled (must-remove rule of the Interim Measures).",
          },
        ],
      },
      {
        ...OBESITY,
        doseForm: "Injection (once weekly)",
        sponsor: "hexi",
        drugCategory: "CHEMICAL",
        registrationClass: "CHEM_1",
        origin: "DOMESTIC",
        applications: [
          {
            acceptanceNumber: "CXHS2500290",
            type: "NDA",
            reviewTrack: "STANDARD_200",
            history: [
              step("2025-03-10", "ACCEPTED"),
              step("2025-03-17", "QUEUED_FOR_REVIEW"),
              step("2025-03-31", "UNDER_REVIEW"),
              step("2025-10-13", "SUPPLEMENT_REQUESTED", "发补: data-integrity questions after the site inspection"),
              step("2025-12-29", "UNDER_REVIEW", "Supplementary data submitted"),
              step("2026-07-20", "NOT_APPROVED"),
              step("2026-07-31", "OBJECTION_FILED"),
              step("2026-09-25", "OBJECTION_UPHELD", "Non-approval upheld after the objection hearing"),
            ],
            inspectionStatus: "FAILED",
            testingStatus: "COMPLETED",
          },
        ],
        designations: [
          {
            type: "PRIORITY_REVIEW",
            state: "REJECTED",
            application: "CXHS2500290",
            requested: day("2025-03-05"),
            ended: day("2025-04-16"),
            endReason: "Not included: the indication is outside the priority-review categories.",
          },
          {
            type: "CONDITIONAL_APPROVAL",
            state: "REJECTED",
            requested: day("2024-12-09"),
            ended: day("2025-02-10"),
            endReason: "CDE did not agree to a conditional route.",
          },
        ],
      },
    ],
  }),
  illustrative({
    slug: "pt-glp-109",
    nameEn: "PT-GLP-109",
    nameZh: "青木格鲁肽",
    codeNames: ["PT-GLP-109", "QM-109"],
    modality: "SYNTHETIC_PEPTIDE",
    mechanismClass: "GLP1_RA",
    targets: ["GLP-1R"],
    originator: "qingmu",
    chinaRightsHolder: "qingmu",
    programs: [
      {
        ...T2DM,
        doseForm: "Injection (once weekly)",
        sponsor: "qingmu",
        drugCategory: "CHEMICAL",
        registrationClass: "CHEM_1",
        origin: "DOMESTIC",
        applications: [
          {
            acceptanceNumber: "CXHS2500611",
            type: "NDA",
            reviewTrack: "STANDARD_200",
            history: [
              step("2025-06-16", "ACCEPTED"),
              step("2025-06-23", "QUEUED_FOR_REVIEW"),
              step("2025-07-07", "UNDER_REVIEW"),
              step("2026-09-14", "UNDER_ADMIN_APPROVAL"),
              step("2026-10-30", "NOT_APPROVED"),
              step("2026-11-12", "OBJECTION_FILED", "Objection filed within 15 days"),
            ],
            inspectionStatus: "COMPLETED",
            testingStatus: "COMPLETED",
          },
        ],
        designations: [
          {
            type: "PRIORITY_REVIEW",
            state: "WITHDRAWN",
            application: "CXHS2500611",
            requested: day("2025-06-11"),
            ended: day("2025-07-02"),
            endReason: "Request withdrawn by the sponsor before CDE's assessment.",
          },
        ],
      },
      {
        ...OBESITY,
        doseForm: "Injection (once weekly)",
        sponsor: "qingmu",
        drugCategory: "CHEMICAL",
        registrationClass: "CHEM_1",
        origin: "DOMESTIC",
        applications: [
          {
            acceptanceNumber: "CXHS2500158",
            type: "NDA",
            reviewTrack: "STANDARD_200",
            history: [
              step("2025-01-20", "ACCEPTED"),
              step("2025-02-07", "QUEUED_FOR_REVIEW"),
              step("2025-02-17", "UNDER_REVIEW"),
              step("2025-04-07", "SUPPLEMENT_REQUESTED", "发补: response due within 80 days"),
              step("2025-07-10", "NOT_APPROVED", "Supplementary data not submitted within 80 days"),
            ],
          },
        ],
      },
    ],
  }),
  illustrative({
    slug: "pt-gg-501",
    nameEn: "PT-GG-501",
    nameZh: "北桥双靶肽",
    codeNames: ["PT-GG-501", "NB-501"],
    brandNamesEn: ["Duovanta"],
    brandNamesZh: ["度维安"],
    modality: "SYNTHETIC_PEPTIDE",
    mechanismClass: "GIP_GLP1_RA",
    targets: ["GIPR", "GLP-1R"],
    originator: "northbridge",
    chinaRightsHolder: "northbridge",
    programs: [
      {
        ...OBESITY,
        doseForm: "Injection (once weekly)",
        sponsor: "northbridge",
        drugCategory: "CHEMICAL",
        registrationClass: "CHEM_1",
        origin: "IMPORTED",
        events: [event("PHASE_2", "2024-06-03"), event("PHASE_3", "2024-12-02")],
        applications: [
          {
            acceptanceNumber: "JXHS2600402",
            type: "NDA",
            reviewTrack: "PRIORITY_130",
            history: [
              step("2026-03-02", "ACCEPTED"),
              step("2026-03-09", "QUEUED_FOR_REVIEW"),
              step("2026-03-23", "UNDER_REVIEW"),
              step("2026-10-12", "SUPPLEMENT_REQUESTED", "发补: response due within 80 days"),
            ],
            inspectionStatus: "SCHEDULED",
            testingStatus: "IN_PROGRESS",
          },
        ],
        designations: [
          {
            type: "BREAKTHROUGH_THERAPY",
            state: "GRANTED",
            requested: day("2024-08-05"),
            publicityStart: day("2024-10-14"),
            publicityEnd: day("2024-10-21"),
            granted: day("2024-10-22"),
          },
          {
            type: "PRIORITY_REVIEW",
            state: "GRANTED",
            application: "JXHS2600402",
            requested: day("2026-02-27"),
            publicityStart: day("2026-03-16"),
            publicityEnd: day("2026-03-23"),
            granted: day("2026-03-24"),
          },
          {
            type: "CONDITIONAL_APPROVAL",
            state: "NOT_APPLIED",
            notes: "Conditional route not pursued: full phase 3 data available.",
          },
        ],
      },
      {
        ...T2DM,
        doseForm: "Injection (once weekly)",
        sponsor: "northbridge",
        drugCategory: "CHEMICAL",
        registrationClass: "CHEM_1",
        origin: "IMPORTED",
        events: [event("PHASE_3", "2025-01-06")],
        applications: [
          {
            acceptanceNumber: "JXHS2600517",
            type: "NDA",
            history: [step("2026-10-26", "ACCEPTED"), step("2026-11-02", "QUEUED_FOR_REVIEW")],
          },
        ],
        designations: [
          { type: "PRIORITY_REVIEW", state: "UNDER_ASSESSMENT", application: "JXHS2600517", requested: day("2026-10-26") },
        ],
      },
    ],
  }),
  illustrative({
    slug: "pt-glp-111",
    nameEn: "PT-GLP-111",
    nameZh: "河西周效格鲁肽",
    codeNames: ["PT-GLP-111", "HX-111"],
    brandNamesEn: ["Weeklix"],
    brandNamesZh: ["维克利"],
    modality: "SYNTHETIC_PEPTIDE",
    mechanismClass: "GLP1_RA",
    targets: ["GLP-1R"],
    originator: "hexi",
    chinaRightsHolder: "hexi",
    programs: [
      {
        ...T2DM,
        doseForm: "Injection (once weekly)",
        sponsor: "hexi",
        drugCategory: "CHEMICAL",
        registrationClass: "CHEM_1",
        origin: "DOMESTIC",
        applications: [
          {
            acceptanceNumber: "CXHS2500198",
            type: "NDA",
            reviewTrack: "STANDARD_200",
            notes: "Priority review was terminated in December 2025, so the standard clock applies.",
            history: [
              step("2025-02-17", "ACCEPTED"),
              step("2025-02-24", "QUEUED_FOR_REVIEW"),
              step("2025-03-03", "UNDER_REVIEW"),
              step("2025-08-11", "SUPPLEMENT_REQUESTED", "发补: clinical questions"),
              step("2025-10-20", "UNDER_REVIEW", "Supplementary data submitted"),
              step("2026-10-19", "UNDER_ADMIN_APPROVAL"),
              step("2026-11-16", "APPROVED_PENDING_CERTIFICATE"),
            ],
            inspectionStatus: "COMPLETED",
            testingStatus: "COMPLETED",
          },
        ],
        designations: [
          {
            type: "PRIORITY_REVIEW",
            state: "TERMINATED",
            application: "CXHS2500198",
            requested: day("2025-02-13"),
            publicityStart: day("2025-03-24"),
            publicityEnd: day("2025-03-31"),
            granted: day("2025-04-01"),
            ended: day("2025-12-15"),
            endReason: "Criteria no longer met: same-class products approved, no longer clinically urgent (ended by CDE).",
          },
          {
            type: "CONDITIONAL_APPROVAL",
            state: "WITHDRAWN",
            requested: day("2024-11-18"),
            ended: day("2025-06-09"),
            endReason: "Conditional route withdrawn: confirmatory data available, switched to regular review.",
          },
        ],
      },
    ],
  }),
  illustrative({
    slug: "pt-glp-112",
    nameEn: "PT-GLP-112",
    nameZh: "青木双周格鲁肽",
    codeNames: ["PT-GLP-112", "QM-112"],
    modality: "SYNTHETIC_PEPTIDE",
    mechanismClass: "GLP1_RA",
    targets: ["GLP-1R"],
    originator: "qingmu",
    chinaRightsHolder: "qingmu",
    programs: [
      {
        ...OBESITY,
        doseForm: "Injection (once every two weeks)",
        sponsor: "qingmu",
        drugCategory: "CHEMICAL",
        registrationClass: "CHEM_1",
        origin: "DOMESTIC",
        events: [event("PHASE_3", "2025-12-01", "New phase 3 started after the NDA was withdrawn")],
        applications: [
          {
            acceptanceNumber: "CXHS2400866",
            type: "NDA",
            reviewTrack: "STANDARD_200",
            history: [
              step("2024-09-23", "ACCEPTED"),
              step("2024-09-30", "QUEUED_FOR_REVIEW"),
              step("2024-10-14", "UNDER_REVIEW"),
              step("2025-03-17", "SUPPLEMENT_REQUESTED", "发补: efficacy in the elderly subgroup"),
              step("2025-05-26", "UNDER_REVIEW", "Supplementary data submitted"),
              step("2025-08-29", "WITHDRAWN", "企业撤回: withdrawn to run an additional phase 3"),
            ],
          },
        ],
        designations: [
          {
            type: "BREAKTHROUGH_THERAPY",
            state: "TERMINATED",
            requested: day("2023-11-06"),
            publicityStart: day("2024-03-11"),
            publicityEnd: day("2024-03-18"),
            granted: day("2024-03-19"),
            ended: day("2025-09-15"),
            endReason: "Terminated at the sponsor's request after the NDA was withdrawn (DRR Art. 62).",
          },
        ],
      },
    ],
  }),
  illustrative({
    slug: "pt-glp-113",
    nameEn: "PT-GLP-113",
    nameZh: "蓝山双激动肽",
    codeNames: ["PT-GLP-113", "LS-113"],
    modality: "SYNTHETIC_PEPTIDE",
    mechanismClass: "GCG_GLP1_RA",
    targets: ["GCGR", "GLP-1R"],
    originator: "lanshan",
    chinaRightsHolder: "lanshan",
    programs: [
      {
        indicationEn: "Metabolic dysfunction-associated steatohepatitis (MASH)",
        indicationZh: "代谢功能障碍相关脂肪性肝炎",
        doseForm: "Injection (once weekly)",
        sponsor: "lanshan",
        drugCategory: "CHEMICAL",
        registrationClass: "CHEM_1",
        origin: "DOMESTIC",
        events: [event("PHASE_1", "2025-06-16"), event("PHASE_2", "2026-01-12")],
        applications: [
          {
            acceptanceNumber: "CXHL2500150",
            type: "IND",
            reviewTrack: "IND_60",
            history: [
              step("2025-02-10", "ACCEPTED"),
              step("2025-02-17", "QUEUED_FOR_REVIEW"),
              step("2025-02-24", "UNDER_REVIEW"),
              step("2025-05-08", "IMPLIED_APPROVAL"),
            ],
          },
        ],
        designations: [
          {
            type: "IND_FAST_CHANNEL",
            state: "TERMINATED",
            application: "CXHL2500150",
            requested: day("2025-02-05"),
            granted: day("2025-02-10"),
            ended: day("2025-03-07"),
            endReason: "Moved to the 60-day track: complex issues (sponsor told within 20 working days). Pilot-region applicant.",
          },
          {
            type: "BREAKTHROUGH_THERAPY",
            state: "PUBLICIZED",
            requested: day("2026-08-17"),
            publicityStart: day("2026-11-19"),
            publicityEnd: day("2026-11-26"),
          },
        ],
      },
      {
        indicationEn: "Obesity with type 2 diabetes",
        indicationZh: "肥胖合并2型糖尿病",
        doseForm: "Injection (once weekly)",
        sponsor: "lanshan",
        drugCategory: "CHEMICAL",
        registrationClass: "CHEM_1",
        origin: "DOMESTIC",
        events: [event("PHASE_2", "2026-02-02")],
        designations: [
          {
            type: "BREAKTHROUGH_THERAPY",
            state: "OBJECTION_RAISED",
            requested: day("2026-07-06"),
            publicityStart: day("2026-10-26"),
            publicityEnd: day("2026-11-02"),
            notes: "Objection raised 2026-10-29; CDE hearing (异议论证) pending.",
          },
        ],
      },
    ],
  }),
  illustrative({
    slug: "pt-glp-114",
    nameEn: "PT-GLP-114",
    nameZh: "河西心肾肽",
    codeNames: ["PT-GLP-114", "HX-114"],
    modality: "SYNTHETIC_PEPTIDE",
    mechanismClass: "GLP1_RA",
    targets: ["GLP-1R"],
    originator: "hexi",
    chinaRightsHolder: "hexi",
    programs: [
      {
        indicationEn: "Heart failure with preserved ejection fraction and obesity",
        indicationZh: "射血分数保留的心力衰竭合并肥胖",
        doseForm: "Injection (once weekly)",
        sponsor: "hexi",
        drugCategory: "CHEMICAL",
        registrationClass: "CHEM_1",
        origin: "DOMESTIC",
        events: [event("PHASE_2", "2026-03-09")],
        designations: [{ type: "BREAKTHROUGH_THERAPY", state: "REQUESTED", requested: day("2026-11-09") }],
      },
      {
        indicationEn: "Obstructive sleep apnoea with obesity",
        indicationZh: "肥胖合并阻塞性睡眠呼吸暂停",
        doseForm: "Injection (once weekly)",
        sponsor: "hexi",
        drugCategory: "CHEMICAL",
        registrationClass: "CHEM_1",
        origin: "DOMESTIC",
        events: [event("PHASE_2", "2026-01-05")],
        designations: [{ type: "BREAKTHROUGH_THERAPY", state: "UNDER_ASSESSMENT", requested: day("2026-09-28") }],
      },
      {
        ...T2DM,
        doseForm: "Injection (once weekly)",
        sponsor: "hexi",
        drugCategory: "CHEMICAL",
        registrationClass: "CHEM_1",
        origin: "DOMESTIC",
        events: [event("PHASE_3", "2025-11-03")],
        designations: [
          {
            type: "BREAKTHROUGH_THERAPY",
            state: "WITHDRAWN",
            requested: day("2025-10-13"),
            ended: day("2025-12-01"),
            endReason: "Withdrawn by the sponsor during CDE assessment.",
          },
        ],
      },
    ],
  }),
  illustrative({
    slug: "pt-glp-115",
    nameEn: "PT-GLP-115",
    nameZh: "镜湖格鲁肽",
    codeNames: ["PT-GLP-115", "JH-115"],
    brandNamesEn: ["Lakeglu"],
    brandNamesZh: ["镜格乐"],
    modality: "SYNTHETIC_PEPTIDE",
    mechanismClass: "GLP1_RA",
    targets: ["GLP-1R"],
    originator: "jinghu",
    chinaRightsHolder: "jinghu",
    programs: [
      {
        ...OBESITY,
        doseForm: "Injection (once weekly)",
        sponsor: "jinghu",
        drugCategory: "CHEMICAL",
        registrationClass: "CHEM_1",
        origin: "DOMESTIC",
        events: [event("PHASE_3", "2024-11-11")],
        applications: [
          {
            acceptanceNumber: "CXHS2600890",
            type: "NDA",
            submitted: day("2026-11-02"),
            reviewTrack: "PRIORITY_130",
            history: [
              step("2026-11-06", "ACCEPTED"),
              step("2026-11-10", "QUEUED_FOR_REVIEW"),
              step("2026-11-16", "UNDER_REVIEW"),
            ],
            inspectionStatus: "SCHEDULED",
          },
        ],
        designations: [
          {
            type: "PRIORITY_REVIEW",
            state: "PUBLICIZED",
            application: "CXHS2600890",
            requested: day("2026-11-02"),
            publicityStart: day("2026-11-23"),
            publicityEnd: day("2026-11-30"),
          },
        ],
      },
      {
        ...T2DM,
        doseForm: "Injection (once weekly)",
        sponsor: "jinghu",
        drugCategory: "CHEMICAL",
        registrationClass: "CHEM_1",
        origin: "DOMESTIC",
        events: [event("PHASE_3", "2024-06-17")],
        applications: [
          {
            acceptanceNumber: "CXHS2600755",
            type: "NDA",
            reviewTrack: "STANDARD_200",
            history: [
              step("2026-09-14", "ACCEPTED"),
              step("2026-09-21", "QUEUED_FOR_REVIEW"),
              step("2026-09-28", "UNDER_REVIEW"),
            ],
            inspectionStatus: "IN_PROGRESS",
            testingStatus: "IN_PROGRESS",
          },
        ],
        designations: [
          {
            type: "PRIORITY_REVIEW",
            state: "OBJECTION_RAISED",
            application: "CXHS2600755",
            requested: day("2026-09-10"),
            publicityStart: day("2026-10-19"),
            publicityEnd: day("2026-10-26"),
            notes: "Objection raised 2026-10-22 by a competing sponsor; hearing pending.",
          },
        ],
      },
    ],
  }),
  illustrative({
    slug: "pt-glp-116",
    nameEn: "PT-GLP-116",
    nameZh: "青木减重肽",
    codeNames: ["PT-GLP-116", "QM-116"],
    brandNamesEn: ["Slimara"],
    brandNamesZh: ["思利美"],
    modality: "SYNTHETIC_PEPTIDE",
    mechanismClass: "GLP1_RA",
    targets: ["GLP-1R"],
    originator: "qingmu",
    chinaRightsHolder: "qingmu",
    programs: [
      {
        ...OBESITY,
        doseForm: "Injection (once weekly)",
        sponsor: "qingmu",
        drugCategory: "CHEMICAL",
        registrationClass: "CHEM_1",
        origin: "DOMESTIC",
        events: [event("LAUNCHED", "2026-03-02")],
        applications: [
          {
            acceptanceNumber: "CXHS2500077",
            type: "NDA",
            reviewTrack: "STANDARD_200",
            history: [
              step("2025-01-13", "ACCEPTED"),
              step("2025-01-20", "QUEUED_FOR_REVIEW"),
              step("2025-02-10", "UNDER_REVIEW"),
              step("2025-12-15", "UNDER_ADMIN_APPROVAL"),
              step("2026-01-12", "APPROVED_PENDING_CERTIFICATE"),
              step("2026-01-19", "CERTIFICATE_ISSUED"),
            ],
            inspectionStatus: "COMPLETED",
            testingStatus: "COMPLETED",
            approvalNumber: "国药准字H20260015",
          },
        ],
        reimbursements: [
          {
            list: "NRDL_NEGOTIATED",
            listYear: 2026,
            state: "FORMAL_REVIEW_FAILED",
            applied: day("2026-07-14"),
            formalReview: day("2026-08-21"),
            notes: "Failed formal review: weight-management use outside basic-insurance scope.",
          },
          {
            list: "CHI_INNOVATIVE",
            listYear: 2026,
            state: "NEGOTIATION_SUCCEEDED",
            route: "NEGOTIATION",
            applied: day("2026-07-14"),
            formalReview: day("2026-08-21"),
            expertReview: day("2026-09-25"),
            negotiation: day("2026-11-05"),
            notes: "Publication of the 2026 lists pending.",
          },
        ],
      },
      {
        ...T2DM,
        doseForm: "Injection (once weekly)",
        sponsor: "qingmu",
        drugCategory: "CHEMICAL",
        registrationClass: "CHEM_1",
        origin: "DOMESTIC",
        events: [event("PHASE_3", "2024-03-04"), event("APPROVED", "2026-02-13", "T2DM indication added")],
        reimbursements: [
          {
            list: "NRDL_NEGOTIATED",
            listYear: 2026,
            state: "EXPERT_REVIEW_PASSED",
            route: "NEGOTIATION",
            applied: day("2026-07-14"),
            formalReview: day("2026-08-21"),
            expertReview: day("2026-09-25"),
            notes: "Negotiation scheduled.",
          },
          {
            list: "CHI_INNOVATIVE",
            listYear: 2026,
            state: "FORMAL_REVIEW_PASSED",
            applied: day("2026-07-14"),
            formalReview: day("2026-08-21"),
            notes: "Expert-review outcome not yet recorded.",
          },
        ],
      },
    ],
  }),
  illustrative({
    slug: "pt-exe-020",
    nameEn: "PT-EXE-020",
    nameZh: "镜湖短效肽",
    codeNames: ["PT-EXE-020", "JH-020"],
    brandNamesEn: ["Exenza"],
    brandNamesZh: ["艾森扎"],
    modality: "SYNTHETIC_PEPTIDE",
    mechanismClass: "GLP1_RA",
    targets: ["GLP-1R"],
    originator: "jinghu",
    chinaRightsHolder: "jinghu",
    notes: "Short-acting GLP-1 RA; exercises the category A list.",
    programs: [
      {
        ...T2DM,
        doseForm: "Injection (twice daily)",
        sponsor: "jinghu",
        drugCategory: "CHEMICAL",
        registrationClass: "CHEM_1",
        origin: "DOMESTIC",
        events: [event("APPROVED", "2021-05-17"), event("LAUNCHED", "2021-08-02")],
        reimbursements: [
          {
            list: "NRDL_A",
            listYear: 2023,
            state: "LISTED",
            route: "VBP",
            publication: day("2023-12-13"),
            effective: day("2024-01-01"),
            notes: "Category A entry through volume-based procurement.",
          },
        ],
      },
    ],
  }),
  illustrative({
    slug: "pt-av-901",
    nameEn: "PT-AV-901",
    nameZh: "青木抗病毒融合抑制肽",
    codeNames: ["PT-AV-901", "QM-901"],
    brandNamesEn: ["Fusivir"],
    brandNamesZh: ["福斯韦"],
    modality: "SYNTHETIC_PEPTIDE",
    mechanismClass: "OTHER",
    targets: ["viral fusion protein"],
    originator: "qingmu",
    chinaRightsHolder: "qingmu",
    notes:
      "Fictional emergency-use peptide for a fictional outbreak: it exists only to exercise the special-approval programme (特别审批), which metabolic programmes never use.",
    programs: [
      {
        indicationEn: "Outbreak respiratory virus infection (fictional) — treatment",
        indicationZh: "突发呼吸道病毒感染（虚构）治疗",
        doseForm: "Injection",
        sponsor: "qingmu",
        drugCategory: "CHEMICAL",
        registrationClass: "CHEM_1",
        origin: "DOMESTIC",
        events: [event("LAUNCHED", "2023-02-01")],
        applications: [
          {
            acceptanceNumber: "CXHS2200988",
            type: "NDA",
            notes: "Reviewed under special approval (no statutory track).",
            history: [
              step("2022-12-12", "ACCEPTED"),
              step("2022-12-13", "QUEUED_FOR_REVIEW"),
              step("2022-12-14", "UNDER_REVIEW"),
              step("2023-01-04", "UNDER_ADMIN_APPROVAL"),
              step("2023-01-09", "APPROVED_PENDING_CERTIFICATE"),
              step("2023-01-10", "CERTIFICATE_ISSUED"),
            ],
            decision: "CONDITIONALLY_APPROVED",
            inspectionStatus: "COMPLETED",
            testingStatus: "COMPLETED",
            approvalNumber: "国药准字H20230007",
          },
        ],
        designations: [
          {
            type: "SPECIAL_APPROVAL",
            state: "CONSUMED",
            application: "CXHS2200988",
            requested: day("2022-12-05"),
            granted: day("2022-12-07"),
            ended: day("2023-01-09"),
            endReason: "NDA approved under special approval.",
          },
        ],
        reimbursements: [
          {
            list: "NRDL_NEGOTIATED",
            listYear: 2026,
            state: "APPLIED",
            applied: day("2026-07-15"),
            notes: "Formal-review outcome not yet recorded.",
          },
        ],
      },
      {
        indicationEn: "Outbreak respiratory virus infection (fictional) — post-exposure prophylaxis",
        indicationZh: "突发呼吸道病毒感染（虚构）暴露后预防",
        doseForm: "Injection",
        sponsor: "qingmu",
        drugCategory: "CHEMICAL",
        registrationClass: "CHEM_1",
        origin: "DOMESTIC",
        events: [event("PHASE_3", "2022-12-19"), event("DISCONTINUED", "2023-06-30", "Emergency declared over")],
        designations: [
          {
            type: "SPECIAL_APPROVAL",
            state: "TERMINATED",
            requested: day("2022-12-05"),
            granted: day("2022-12-09"),
            ended: day("2023-06-30"),
            endReason: "The emergency was declared over, ending special approval.",
          },
        ],
      },
      {
        indicationEn: "Outbreak respiratory virus infection (fictional) — paediatric treatment",
        indicationZh: "突发呼吸道病毒感染（虚构）儿童治疗",
        doseForm: "Injection",
        sponsor: "qingmu",
        drugCategory: "CHEMICAL",
        registrationClass: "CHEM_1",
        origin: "DOMESTIC",
        events: [event("PHASE_2", "2023-03-06")],
        designations: [
          {
            type: "SPECIAL_APPROVAL",
            state: "REJECTED",
            requested: day("2023-02-06"),
            ended: day("2023-02-08"),
            endReason: "Expert group declined: paediatric use outside the emergency scope.",
          },
          {
            type: "SPECIAL_APPROVAL",
            state: "WITHDRAWN",
            requested: day("2023-04-10"),
            ended: day("2023-04-12"),
            endReason: "Request withdrawn by the sponsor.",
          },
          { type: "SPECIAL_APPROVAL", state: "REQUESTED", requested: day("2026-11-16"), notes: "Renewed request for a new (fictional) outbreak." },
        ],
      },
      {
        indicationEn: "Outbreak respiratory virus infection (fictional) — inhaled formulation",
        indicationZh: "突发呼吸道病毒感染（虚构）吸入制剂",
        doseForm: "Inhalation",
        sponsor: "qingmu",
        drugCategory: "CHEMICAL",
        registrationClass: "CHEM_2_2",
        origin: "DOMESTIC",
        events: [event("PHASE_1", "2026-10-12")],
        designations: [
          { type: "SPECIAL_APPROVAL", state: "GRANTED", requested: day("2026-10-05"), granted: day("2026-10-07") },
        ],
      },
    ],
  }),
];

/** Every seeded candidate: real programmes, research peptides, then illustrative ones. */
export const seedCandidates: readonly SeedCandidate[] = [
  ...realCandidates,
  ...researchCandidates,
  ...illustrativeCandidates,
  ...referenceReviewCandidates(),
];
