import { describe, expect, it } from "vitest";
import * as prismaEnums from "@/generated/prisma/enums";
import {
  APPLICATION_STATUSES,
  DESIGNATION_TYPES,
  ENUMS,
  isVocabularyValue,
  labelOf,
  labelsOf,
  PROGRAM_STAGES,
  REIMBURSEMENT_STATES,
  VOCABULARY,
  type VocabularyName,
} from "@/lib/domain/vocabulary";
import { applicationStatusSchema, programStageSchema, reviewTrackSchema } from "@/lib/domain/vocabulary-schemas";

const NAMES = Object.keys(VOCABULARY) as VocabularyName[];
const CJK = /[\u4e00-\u9fff]/;

describe("vocabulary coverage", () => {
  it("has a vocabulary for every enum the Prisma client exports", () => {
    const exported = Object.entries(prismaEnums)
      .filter(([, value]) => typeof value === "object" && value !== null)
      .map(([name]) => name)
      .sort();
    expect([...NAMES].sort()).toEqual(exported);
  });

  describe.each(NAMES)("%s", (name) => {
    const values = Object.values(ENUMS[name]) as string[];
    const labels = Object.entries(VOCABULARY[name]) as [string, { en: string; zh: string }][];

    it("labels exactly the enum's values, in schema order", () => {
      expect(labels.map(([value]) => value)).toEqual(values);
    });

    it("has a non-empty English label and a Chinese label with Chinese characters", () => {
      for (const [value, label] of labels) {
        expect(label.en.trim(), value).not.toBe("");
        expect(label.zh, value).toMatch(CJK);
      }
    });

    it("never gives two values the same label", () => {
      expect(new Set(labels.map(([, label]) => label.en)).size).toBe(labels.length);
      expect(new Set(labels.map(([, label]) => label.zh)).size).toBe(labels.length);
    });
  });
});

describe("labelOf", () => {
  it.each([
    ["ApplicationStatus", "UNDER_REVIEW", "en", "Under review"],
    ["ApplicationStatus", "UNDER_REVIEW", "zh", "在审评"],
    ["ApplicationStatus", "PENDING_ACCEPTANCE", "zh", "待受理"],
    ["ApplicationStatus", "QUEUED_FOR_REVIEW", "zh", "待审评"],
    ["ApplicationStatus", "UNDER_ADMIN_APPROVAL", "zh", "在审批"],
    ["ApplicationStatus", "APPROVED_PENDING_CERTIFICATE", "zh", "审批完毕－待制证"],
    ["ApplicationStatus", "CERTIFICATE_ISSUED", "zh", "制证完毕－已发批件"],
    ["ApplicationStatus", "IMPLIED_APPROVAL", "zh", "默示许可"],
    ["ApplicationStatus", "WITHDRAWN", "zh", "企业撤回"],
    ["DesignationType", "BREAKTHROUGH_THERAPY", "zh", "突破性治疗药物"],
    ["ReimbursementList", "NRDL_NEGOTIATED", "zh", "协议期内谈判药品"],
    ["ReimbursementList", "CHI_INNOVATIVE", "zh", "商业健康保险创新药品目录"],
    ["Origin", "IMPORTED", "en", "Imported"],
    ["RegistrationClass", "BIO_3_3", "en", "Biologic 3.3 (biosimilar)"],
    ["ProgramStage", "PHASE_3", "zh", "III期临床试验"],
  ] as const)("%s.%s in %s is %s", (name, value, lang, label) => {
    expect(labelOf(name, value, lang)).toBe(label);
  });

  it("defaults to English", () => {
    expect(labelOf("Role", "ADMIN")).toBe("Administrator");
  });

  it("shows an unknown value as its code", () => {
    expect(labelOf("ApplicationStatus", "SOMETHING_NEW", "zh")).toBe("SOMETHING_NEW");
    expect(labelsOf("ApplicationStatus", "SOMETHING_NEW")).toBeUndefined();
    expect(labelOf("ApplicationStatus", "toString")).toBe("toString");
  });

  it.each([
    ["ProgramStage", "PHASE_1", true],
    ["ProgramStage", "PHASE_4", false],
    ["Role", "constructor", false],
  ] as const)("isVocabularyValue(%s, %s) is %s", (name, value, expected) => {
    expect(isVocabularyValue(name, value)).toBe(expected);
  });
});

describe("value lists and zod enums", () => {
  it.each([
    [PROGRAM_STAGES, prismaEnums.ProgramStage],
    [APPLICATION_STATUSES, prismaEnums.ApplicationStatus],
    [DESIGNATION_TYPES, prismaEnums.DesignationType],
    [REIMBURSEMENT_STATES, prismaEnums.ReimbursementState],
  ])("list %# follows the schema order", (list, enumObject) => {
    expect(list).toEqual(Object.values(enumObject));
  });

  it("starts the stage list at research and ends at discontinued", () => {
    expect(PROGRAM_STAGES[0]).toBe("RESEARCH_ONLY");
    expect(PROGRAM_STAGES.at(-1)).toBe("DISCONTINUED");
  });

  it.each([
    [programStageSchema, "PHASE_3", true],
    [programStageSchema, "PHASE_4", false],
    [applicationStatusSchema, "UNDER_REVIEW", true],
    [applicationStatusSchema, "under_review", false],
    [reviewTrackSchema, "IND_FAST_30", true],
    [reviewTrackSchema, 30, false],
  ] as const)("schema %# accepts %j: %s", (schema, input, ok) => {
    expect(schema.safeParse(input).success).toBe(ok);
  });

  it("exposes the enum values as schema options", () => {
    expect(programStageSchema.options).toEqual(Object.values(prismaEnums.ProgramStage));
  });
});
