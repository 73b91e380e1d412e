// Acceptance numbers (受理号, reference §3.1) and approval numbers (批准文号, §3.4): the only identifiers
// CDE and NMPA publish, so imports and forms validate and decode them here.
import { ApplicationType, DrugCategory, Origin } from "@/generated/prisma/enums";
import type { Label } from "@/lib/domain/vocabulary";

export const ACCEPTANCE_LETTERS = {
  origin: {
    C: { en: "Domestic", zh: "国产" },
    J: { en: "Imported", zh: "进口" },
  },
  applicationClass: {
    X: { en: "New drug", zh: "新药" },
    Y: { en: "Generic / existing national standard", zh: "仿制药（已有国家标准）" },
    B: { en: "Supplement", zh: "补充申请" },
    Z: { en: "Re-registration", zh: "再注册" },
  },
  category: {
    H: { en: "Chemical drug", zh: "化药" },
    Z: { en: "TCM / natural medicine", zh: "中药/天然药物" },
    S: { en: "Biological product", zh: "生物制品" },
    F: { en: "Excipient (legacy)", zh: "辅料" },
  },
  stage: {
    L: { en: "Clinical trial", zh: "临床" },
    S: { en: "Marketing / production", zh: "上市/生产" },
    B: { en: "Supplement", zh: "补充申请" },
    Z: { en: "Re-registration", zh: "再注册" },
    F: { en: "Import sub-packaging", zh: "进口分包装" },
    R: { en: "Re-review", zh: "复审" },
    T: { en: "Technology transfer", zh: "技术转让" },
  },
} as const satisfies Record<string, Record<string, Label>>;

export type OriginLetter = keyof typeof ACCEPTANCE_LETTERS.origin;
export type ApplicationClassLetter = keyof typeof ACCEPTANCE_LETTERS.applicationClass;
export type CategoryLetter = keyof typeof ACCEPTANCE_LETTERS.category;
export type StageLetter = keyof typeof ACCEPTANCE_LETTERS.stage;

export type ParsedAcceptanceNumber = {
  /** Trimmed, upper-cased, full-width characters folded: the form to store and compare. */
  normalized: string;
  origin: OriginLetter;
  applicationClass: ApplicationClassLetter;
  category: CategoryLetter;
  stage: StageLetter;
  /** Schema vocabulary for the 1st and 3rd letters (excipients have no DrugCategory). */
  originValue: Origin;
  drugCategory: DrugCategory | null;
  /** Acceptance year: 2000 + the two digits after the letters. */
  year: number;
  /** Five digits kept as text: leading zeros matter and a leading 9 is not an ordinary serial [S28]. */
  serial: string;
  /** Accepting unit of older numbers, e.g. 甘 (Gansu) or 国. */
  unit?: string;
  /** Matches ^[CJ]X[HSZ][LS]\d{7}$: a new-drug IND or NDA number with no unit suffix. */
  isNewDrugIndOrNda: boolean;
  /** A serial starting with 9 marks an application sent directly to CDE after BE completion [S28]. */
  isPostBeDirectFiling: boolean;
};

export type AcceptanceNumberResult = { ok: true; value: ParsedAcceptanceNumber } | { ok: false; error: string };

const ACCEPTANCE_NUMBER =
  /^(?<origin>[CJ])(?<app>[XYBZ])(?<cat>[HZSF])(?<stage>[LSBZFRT])(?<yy>\d{2})(?<serial>\d{5})(?<unit>[\u4e00-\u9fff]{1,2})?$/u;
const NEW_DRUG_IND_OR_NDA = /^[CJ]X[HSZ][LS]\d{7}$/;

const DRUG_CATEGORY_BY_LETTER: Record<CategoryLetter, DrugCategory | null> = {
  H: DrugCategory.CHEMICAL,
  Z: DrugCategory.TCM,
  S: DrugCategory.BIOLOGICAL,
  F: null,
};

function normalize(input: string): string {
  return input.normalize("NFKC").trim().toUpperCase();
}

function letterProblem(text: string): string | null {
  const slots = [
    ["1st letter (origin)", ACCEPTANCE_LETTERS.origin],
    ["2nd letter (application class)", ACCEPTANCE_LETTERS.applicationClass],
    ["3rd letter (product category)", ACCEPTANCE_LETTERS.category],
    ["4th letter (stage)", ACCEPTANCE_LETTERS.stage],
  ] as const;
  for (const [index, [slot, allowed]] of slots.entries()) {
    const letter = text[index];
    if (letter === undefined) return `it is too short: expected 4 letters then 7 digits, e.g. CXHL2400001`;
    if (!Object.hasOwn(allowed, letter)) {
      return `the ${slot} "${letter}" is not one of ${Object.keys(allowed).join(", ")}`;
    }
  }
  return null;
}

function describeProblem(text: string): string {
  const letters = letterProblem(text);
  if (letters) return letters;
  const rest = text.slice(4);
  const digits = /^\d*/.exec(rest)?.[0] ?? "";
  if (digits.length !== 7) {
    return `expected 7 digits after the letters (2-digit year + 5-digit serial), found ${digits.length}`;
  }
  return `unexpected "${rest.slice(7)}" after the digits; only a 1-2 character Chinese unit suffix (e.g. 甘) may follow`;
}

/** Decodes a 受理号 such as "JXHS2400108" or "CXHL0500001甘". */
export function parseAcceptanceNumber(input: string): AcceptanceNumberResult {
  const normalized = normalize(input);
  if (normalized === "") return { ok: false, error: "Acceptance number is empty." };
  const groups = ACCEPTANCE_NUMBER.exec(normalized)?.groups;
  if (!groups) return { ok: false, error: `"${normalized}" is not an acceptance number: ${describeProblem(normalized)}.` };
  const origin = groups.origin as OriginLetter;
  const category = groups.cat as CategoryLetter;
  const serial = groups.serial as string;
  const value: ParsedAcceptanceNumber = {
    normalized,
    origin,
    applicationClass: groups.app as ApplicationClassLetter,
    category,
    stage: groups.stage as StageLetter,
    originValue: origin === "C" ? Origin.DOMESTIC : Origin.IMPORTED,
    drugCategory: DRUG_CATEGORY_BY_LETTER[category],
    year: 2000 + Number(groups.yy),
    serial,
    isNewDrugIndOrNda: NEW_DRUG_IND_OR_NDA.test(normalized),
    isPostBeDirectFiling: serial.startsWith("9"),
  };
  if (groups.unit) value.unit = groups.unit;
  return { ok: true, value };
}

/** English or Chinese meaning of each of the four letters, in order. */
export function describeAcceptanceLetters(parsed: ParsedAcceptanceNumber, lang: "en" | "zh"): string[] {
  return [
    ACCEPTANCE_LETTERS.origin[parsed.origin][lang],
    ACCEPTANCE_LETTERS.applicationClass[parsed.applicationClass][lang],
    ACCEPTANCE_LETTERS.category[parsed.category][lang],
    ACCEPTANCE_LETTERS.stage[parsed.stage][lang],
  ];
}

/**
 * The application type the number suggests, for pre-filling a form. It is a default, not a fact: the 4th
 * letter alone does not give the purpose (tirzepatide's new-indication filings carry JXHS numbers, reference
 * §1.1 step 12), so the stored type stays the user's choice among compatibleApplicationTypes.
 */
export function impliedApplicationType(parsed: ParsedAcceptanceNumber): ApplicationType {
  const { applicationClass, stage } = parsed;
  if (applicationClass === "B" || stage === "B") return ApplicationType.SUPPLEMENT;
  if (applicationClass === "Z" || stage === "Z") return ApplicationType.RE_REGISTRATION;
  if (stage === "L") return ApplicationType.IND;
  if (stage === "S") return applicationClass === "Y" ? ApplicationType.GENERIC : ApplicationType.NDA;
  return ApplicationType.OTHER;
}

/** Types a user may record for this number: the implied one, a supplement for new-drug marketing numbers, and OTHER. */
export function compatibleApplicationTypes(parsed: ParsedAcceptanceNumber): readonly ApplicationType[] {
  const implied = impliedApplicationType(parsed);
  const types = new Set<ApplicationType>([implied, ApplicationType.OTHER]);
  if (implied === ApplicationType.NDA) types.add(ApplicationType.SUPPLEMENT);
  return [...types];
}

export type ApprovalNumberRegion = "MAINLAND" | "HK_MACAO_TAIWAN" | "IMPORTED";

export type ParsedApprovalNumber = {
  normalized: string;
  category: "H" | "Z" | "S";
  drugCategory: DrugCategory;
  region: ApprovalNumberRegion;
  /** The 4-digit year of current-format numbers; null for older province-coded numbers, whose digits mean otherwise. */
  year: number | null;
  /** The eight digits, kept as text. */
  digits: string;
};

export type ApprovalNumberResult = { ok: true; value: ParsedApprovalNumber } | { ok: false; error: string };

const APPROVAL_NUMBER = /^国药准字(?<cat>[HZS])(?<region>[CJ])?(?<digits>\d{8})$/u;

/** Decodes a 批准文号 such as "国药准字SJ20210001" (reference §3.4). */
export function parseApprovalNumber(input: string): ApprovalNumberResult {
  const normalized = normalize(input).replace(/\s+/g, "");
  if (normalized === "") return { ok: false, error: "Approval number is empty." };
  const groups = APPROVAL_NUMBER.exec(normalized)?.groups;
  if (!groups) {
    const hint = normalized.startsWith("国药准字")
      ? 'after 国药准字 expected H, Z or S, an optional C (HK/Macao/Taiwan) or J (imported), then 8 digits'
      : "it must start with 国药准字";
    return { ok: false, error: `"${normalized}" is not an approval number: ${hint}.` };
  }
  const category = groups.cat as "H" | "Z" | "S";
  const digits = groups.digits as string;
  const leadingYear = Number(digits.slice(0, 4));
  return {
    ok: true,
    value: {
      normalized,
      category,
      drugCategory: category === "H" ? DrugCategory.CHEMICAL : category === "Z" ? DrugCategory.TCM : DrugCategory.BIOLOGICAL,
      region: groups.region === "J" ? "IMPORTED" : groups.region === "C" ? "HK_MACAO_TAIWAN" : "MAINLAND",
      year: leadingYear >= 2000 && leadingYear <= 2099 ? leadingYear : null,
      digits,
    },
  };
}
