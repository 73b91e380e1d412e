// zod enums over the Prisma vocabulary, so server validation accepts exactly the schema's values. Apart from
// lib/domain/vocabulary.ts (labels and value lists) so that browser code reading labels does not carry zod.
import { z } from "zod";
import {
  ApplicationDecision,
  ApplicationStatus,
  ApplicationType,
  AuditAction,
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
  ReviewTrack,
  Role,
  SourceConfidence,
} from "@/generated/prisma/enums";

export const programStageSchema = z.enum(ProgramStage);
export const applicationStatusSchema = z.enum(ApplicationStatus);
export const applicationTypeSchema = z.enum(ApplicationType);
export const reviewTrackSchema = z.enum(ReviewTrack);
export const designationTypeSchema = z.enum(DesignationType);
export const designationStateSchema = z.enum(DesignationState);
export const reimbursementListSchema = z.enum(ReimbursementList);
export const reimbursementStateSchema = z.enum(ReimbursementState);
export const reimbursementRouteSchema = z.enum(ReimbursementRoute);
export const mechanismClassSchema = z.enum(MechanismClass);
export const modalitySchema = z.enum(Modality);
export const drugCategorySchema = z.enum(DrugCategory);
export const originSchema = z.enum(Origin);
export const registrationClassSchema = z.enum(RegistrationClass);
export const datePrecisionSchema = z.enum(DatePrecision);
export const sourceConfidenceSchema = z.enum(SourceConfidence);
export const parallelCheckStatusSchema = z.enum(ParallelCheckStatus);
export const applicationDecisionSchema = z.enum(ApplicationDecision);
export const roleSchema = z.enum(Role);
export const auditActionSchema = z.enum(AuditAction);
export const provincialAccessStateSchema = z.enum(ProvincialAccessState);
