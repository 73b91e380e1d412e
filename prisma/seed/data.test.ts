// The seed data on its own (no database): coverage of every state the product draws, the domain rules
// each record must satisfy, and the honesty rules for real versus illustrative facts.
import { describe, expect, it } from "vitest";
import {
  ApplicationDecision,
  ApplicationStatus,
  DesignationType,
  ParallelCheckStatus,
  ProgramStage,
  ReimbursementList,
  ReimbursementState,
  ReviewTrack,
} from "@/generated/prisma/enums";
import { compatibleApplicationTypes, parseAcceptanceNumber, parseApprovalNumber } from "@/lib/domain/acceptance-number";
import { checkApplicationTransition } from "@/lib/domain/application-status";
import { validateDesignationDates } from "@/lib/domain/designation-rules";
import { designationStatesFor, missingDesignationFields } from "@/lib/domain/designation-state";
import { isNormalizedPartialDate } from "@/lib/domain/partial-date";
import { validateReimbursementListing } from "@/lib/domain/reimbursement-state";
import { companies, demoUsers, seedCandidates, SOURCE_URLS, type SeedDate } from "@/prisma/seed/data";
import { planCandidate, programKey } from "@/prisma/seed/plan";

const plans = seedCandidates.map(planCandidate);
const programs = plans.flatMap((candidate) => candidate.programs.map((program) => ({ candidate, program })));
const applications = programs.flatMap(({ candidate, program }) =>
  program.applications.map((application) => ({ candidate, program, application })),
);
const designations = programs.flatMap(({ program }) => program.designations.map((designation) => ({ program, designation })));
const listings = programs.flatMap(({ program }) => program.reimbursements.map((listing) => ({ program, listing })));

const REAL_ACCEPTANCE_NUMBERS = ["JXHS2400108", "JXHS2400109", "JXHS2400110", "JXHS2400111"];
const FIRST_DAY = new Date("2020-01-01T00:00:00.000Z");
const LAST_DAY = new Date("2026-12-31T00:00:00.000Z");

/** Every SeedDate anywhere in the data, with where it sits. */
function allSeedDates(): Array<{ where: string; value: SeedDate }> {
  const found: Array<{ where: string; value: SeedDate }> = [];
  const walk = (node: unknown, path: string) => {
    if (Array.isArray(node)) node.forEach((item, index) => walk(item, `${path}[${index}]`));
    else if (node && typeof node === "object") {
      const record = node as Record<string, unknown>;
      if (typeof record.date === "string" && typeof record.precision === "string") {
        found.push({ where: path, value: record as unknown as SeedDate });
        return;
      }
      for (const [key, value] of Object.entries(record)) walk(value, `${path}.${key}`);
    }
  };
  seedCandidates.forEach((candidate) => walk(candidate, candidate.slug));
  return found;
}

describe("seed data: coverage", () => {
  it("has at least 30 candidates with unique slugs, real and illustrative", () => {
    expect(seedCandidates.length).toBeGreaterThanOrEqual(30);
    expect(new Set(seedCandidates.map((candidate) => candidate.slug)).size).toBe(seedCandidates.length);
    expect(seedCandidates.filter((candidate) => !candidate.source.illustrative).length).toBeGreaterThanOrEqual(20);
    expect(seedCandidates.filter((candidate) => candidate.source.illustrative).length).toBeGreaterThanOrEqual(10);
  });

  it("includes the real programmes and research peptides of the brief", () => {
    const slugs = new Set(seedCandidates.map((candidate) => candidate.slug));
    for (const slug of [
      "semaglutide",
      "semaglutide-oral",
      "semaglutide-biosimilar-jiuyuan",
      "tirzepatide",
      "mazdutide",
      "ecnoglutide",
      "beinaglutide",
      "peg-loxenatide",
      "dulaglutide",
      "liraglutide",
      "supaglutide",
      "albenatide",
      "gep44",
      "catestatin",
      "pepitem",
      "c-peptide",
      "ipamorelin",
      "cjc-1295",
      "sermorelin",
    ]) {
      expect(slugs, slug).toContain(slug);
    }
  });

  it("reaches every programme stage as a current stage", () => {
    const stages = new Set(programs.map(({ program }) => program.row.currentStage));
    expect([...stages].sort()).toEqual(Object.values(ProgramStage).sort());
  });

  it("reaches every state of every designation type", () => {
    for (const type of Object.values(DesignationType)) {
      const seen = new Set(designations.filter(({ designation }) => designation.row.type === type).map(({ designation }) => designation.row.state));
      expect([...seen].sort(), type).toEqual([...designationStatesFor(type)].sort());
    }
  });

  it("reaches every reimbursement state and list", () => {
    expect(new Set(listings.map(({ listing }) => listing.state))).toEqual(new Set(Object.values(ReimbursementState)));
    expect(new Set(listings.map(({ listing }) => listing.list))).toEqual(new Set(Object.values(ReimbursementList)));
  });

  it("reaches every application status, review track, decision and parallel-check status", () => {
    const rows = applications.map(({ application }) => application.row);
    expect(new Set(rows.map((row) => row.status))).toEqual(new Set(Object.values(ApplicationStatus)));
    expect(new Set(rows.map((row) => row.reviewTrack).filter(Boolean))).toEqual(new Set(Object.values(ReviewTrack)));
    expect(new Set(rows.map((row) => row.decision).filter(Boolean))).toEqual(new Set(Object.values(ApplicationDecision)));
    expect(new Set(rows.flatMap((row) => [row.inspectionStatus, row.testingStatus]))).toEqual(
      new Set(Object.values(ParallelCheckStatus)),
    );
  });

  it("records clock stops, one open while supplementary data is awaited", () => {
    const stops = applications.flatMap(({ application }) => application.clockStops);
    expect(stops.length).toBeGreaterThanOrEqual(5);
    for (const { application } of applications.filter(({ application }) => application.row.status === "SUPPLEMENT_REQUESTED")) {
      expect(application.clockStops.at(-1)?.endDate, application.row.acceptanceNumber).toBeNull();
    }
  });

  it("names several companies in English and Chinese, and candidates with Chinese, code and brand names", () => {
    const all = Object.values(companies);
    expect(all.filter((company) => "nameZh" in company && company.nameZh).length).toBeGreaterThanOrEqual(15);
    expect(all.some((company) => company.fictional)).toBe(true);
    expect(seedCandidates.filter((candidate) => candidate.nameZh).length).toBeGreaterThanOrEqual(25);
    expect(seedCandidates.some((candidate) => candidate.codeNames?.length)).toBe(true);
    expect(seedCandidates.some((candidate) => candidate.brandNamesEn?.length)).toBe(true);
    expect(seedCandidates.some((candidate) => candidate.brandNamesZh?.length)).toBe(true);
  });

  it("defines the three demo users, one per role", () => {
    expect(demoUsers.map((user) => user.role).sort()).toEqual(["ADMIN", "ANALYST", "VIEWER"]);
  });
});

describe("seed data: honesty rules", () => {
  it("keeps illustrative records unsourced, UNVERIFIED and fictional", () => {
    for (const candidate of seedCandidates.filter((candidate) => candidate.source.illustrative)) {
      expect(candidate.source.sourceConfidence).toBe("UNVERIFIED");
      expect(candidate.notes).toContain("ILLUSTRATIVE");
      expect(candidate.codeNames?.[0], candidate.slug).toMatch(/^PT-/);
      for (const key of [candidate.originator, candidate.chinaRightsHolder]) {
        if (key) expect(companies[key].fictional, `${candidate.slug} ${key}`).toBe(true);
      }
    }
    for (const { candidate, program } of programs) {
      if (!candidate.row.illustrative) continue;
      const records = [program.row, ...program.events, ...program.applications.map((a) => a.row), ...program.designations.map((d) => d.row), ...program.reimbursements];
      for (const record of records) {
        expect(record.illustrative).toBe(true);
        expect(record.sourceUrl).toBeNull();
        expect(record.sourceConfidence).toBe("UNVERIFIED");
      }
      if (program.sponsorKey) expect(companies[program.sponsorKey].fictional).toBe(true);
    }
  });

  it("gives every non-illustrative record a source URL from the known sources", () => {
    const known = new Set<string>(Object.values(SOURCE_URLS));
    for (const { candidate, program } of programs) {
      if (candidate.row.illustrative) continue;
      const records = [
        candidate.row,
        program.row,
        ...program.events,
        ...program.applications.flatMap((a) => [a.row, ...a.statusChanges, ...a.clockStops]),
        ...program.designations.map((d) => d.row),
        ...program.reimbursements,
      ];
      for (const record of records) {
        expect(record.sourceUrl, candidate.slug).toBeTruthy();
        expect(known.has(record.sourceUrl!), record.sourceUrl!).toBe(true);
        if ("illustrative" in record) expect(record.illustrative).toBe(false);
      }
    }
  });

  it("uses real acceptance numbers only where the reference gives them", () => {
    const real = applications.filter(({ application }) => !application.row.illustrative).map(({ application }) => application.row.acceptanceNumber);
    expect(real.sort()).toEqual(REAL_ACCEPTANCE_NUMBERS);
  });

  it("keeps every date a real, normalised day within 2020-01-01..2026-12-31", () => {
    for (const { where, value } of allSeedDates()) {
      const date = new Date(`${value.date}T00:00:00.000Z`);
      expect(Number.isNaN(date.getTime()), where).toBe(false);
      expect(date.toISOString().slice(0, 10), where).toBe(value.date);
      expect(isNormalizedPartialDate({ date, precision: value.precision }), where).toBe(true);
      expect(date >= FIRST_DAY && date <= LAST_DAY, `${where} ${value.date}`).toBe(true);
    }
  });

  it("stores the reference's month- and year-level facts at that precision", () => {
    const semaglutide = plans.find((plan) => plan.slug === "semaglutide")!;
    expect(semaglutide.programs[0]!.events[0]).toMatchObject({ stage: "APPROVED", eventPrecision: "MONTH" });
    expect(semaglutide.programs[0]!.events[0]!.eventDate.toISOString().slice(0, 10)).toBe("2021-04-01");
    const tirzepatide = plans.find((plan) => plan.slug === "tirzepatide")!;
    const btd = tirzepatide.programs.flatMap((program) => program.designations).find((d) => d.row.type === "BREAKTHROUGH_THERAPY")!;
    expect(btd.row).toMatchObject({ state: "PUBLICIZED", publicityStartDate: null, publicityEndDate: null });
    const jxhs = tirzepatide.programs.flatMap((program) => program.applications).find((a) => a.row.acceptanceNumber === "JXHS2400108")!;
    expect(jxhs.row).toMatchObject({ acceptancePrecision: "YEAR", status: "UNDER_REVIEW", statusPrecision: "DAY" });
  });

  it("records PEG-loxenatide's negotiated listing as the reference gives it", () => {
    const listing = plans.find((plan) => plan.slug === "peg-loxenatide")!.programs[0]!.reimbursements[0]!;
    expect(listing).toMatchObject({
      list: "NRDL_NEGOTIATED",
      state: "LISTED",
      paymentStandard: "110.00",
      paymentUnit: "0.1 mg",
      sourceUrl: SOURCE_URLS.S53,
    });
    expect(listing.agreementStartDate?.toISOString().slice(0, 10)).toBe("2023-03-01");
    expect(listing.agreementEndDate?.toISOString().slice(0, 10)).toBe("2024-12-31");
    expect(listing.restriction).toMatch(/BMI ≥25/);
  });
});

describe("seed data: domain rules", () => {
  it("gives each application a valid acceptance number matching its origin, category, type and year", () => {
    const numbers = applications.map(({ application }) => application.row.acceptanceNumber);
    expect(new Set(numbers).size).toBe(numbers.length);
    for (const { program, application } of applications) {
      const row = application.row;
      expect(row.acceptanceNumber).toMatch(/^[CJ][XYBZ][HZSF][LSBZFRT]\d{7}$/);
      const parsed = parseAcceptanceNumber(row.acceptanceNumber);
      if (!parsed.ok) throw new Error(parsed.error);
      expect(parsed.value.originValue, row.acceptanceNumber).toBe(program.row.origin);
      expect(parsed.value.drugCategory, row.acceptanceNumber).toBe(program.row.drugCategory);
      expect(compatibleApplicationTypes(parsed.value), row.acceptanceNumber).toContain(row.type);
      const filed = row.acceptanceDate ?? row.submittedDate ?? application.statusChanges[0]!.changeDate;
      expect(parsed.value.year, row.acceptanceNumber).toBe(filed.getUTCFullYear());
      if (row.approvalNumber) expect(parseApprovalNumber(row.approvalNumber).ok, row.approvalNumber).toBe(true);
    }
  });

  it("tells illustrative status histories as allowed transitions, and real ones without invented steps", () => {
    for (const { application } of applications) {
      const changes = application.statusChanges;
      expect(changes.at(-1)!.toStatus).toBe(application.row.status);
      for (const [index, change] of changes.entries()) {
        if (index > 0) expect(change.changeDate >= changes[index - 1]!.changeDate).toBe(true);
        if (!application.row.illustrative || index === 0) continue;
        const check = checkApplicationTransition({
          from: changes[index - 1]!.toStatus,
          to: change.toStatus,
          applicationType: application.row.type,
        });
        expect(check, `${application.row.acceptanceNumber} → ${change.toStatus}`).toEqual({ ok: true });
        expect(change.fromStatus).toBe(changes[index - 1]!.toStatus);
      }
    }
  });

  it("keeps designations consistent with their state and dates", () => {
    for (const { program, designation } of designations) {
      const row = designation.row;
      expect(designationStatesFor(row.type)).toContain(row.state);
      if (designation.applicationNumber) {
        expect(program.applications.map((a) => a.row.acceptanceNumber)).toContain(designation.applicationNumber);
      }
      if (!row.illustrative) continue;
      expect(missingDesignationFields(row.state, row), `${row.type} ${row.state}`).toEqual([]);
      const violations = validateDesignationDates({
        type: row.type,
        requestedDate: row.requestedDate,
        publicityStartDate: row.publicityStartDate,
        publicityEndDate: row.publicityEndDate,
        grantedDate: row.grantedDate,
        terminatedDate: row.terminatedDate,
      });
      expect(violations, `${row.type} ${row.state}`).toEqual([]);
    }
  });

  it("keeps illustrative listings valid (real ones may lack what the reference lacks)", () => {
    for (const { listing } of listings) {
      const violations = validateReimbursementListing({ ...listing });
      if (listing.illustrative) expect(violations, `${listing.list} ${listing.listYear} ${listing.state}`).toEqual([]);
      else expect(violations.map((v) => v.rule).filter((rule) => rule !== "NEGOTIATED_REQUIRES_AGREEMENT_END")).toEqual([]);
    }
  });

  it("gives each programme a stage and a key unique within its candidate", () => {
    for (const candidate of seedCandidates) {
      const keys = candidate.programs.map(programKey);
      expect(new Set(keys).size, candidate.slug).toBe(keys.length);
      for (const program of candidate.programs) {
        const hasDatedStage = (program.events?.length ?? 0) > 0 || (program.applications?.length ?? 0) > 0;
        expect(hasDatedStage || program.stage !== undefined, `${candidate.slug}: ${program.indicationEn}`).toBe(true);
      }
    }
  });
});
