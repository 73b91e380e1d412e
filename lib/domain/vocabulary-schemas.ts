// zod enums over the Prisma vocabulary, so server validation accepts exactly the schema's values. Apart from
// lib/domain/vocabulary.ts (labels and value lists) so that browser code reading labels does not carry zod.
import { z } from "zod";
import { ENUMS } from "@/lib/domain/vocabulary";

export const programStageSchema = z.enum(ENUMS.ProgramStage);
export const applicationStatusSchema = z.enum(ENUMS.ApplicationStatus);
export const applicationTypeSchema = z.enum(ENUMS.ApplicationType);
export const reviewTrackSchema = z.enum(ENUMS.ReviewTrack);
export const designationTypeSchema = z.enum(ENUMS.DesignationType);
export const designationStateSchema = z.enum(ENUMS.DesignationState);
export const reimbursementListSchema = z.enum(ENUMS.ReimbursementList);
export const reimbursementStateSchema = z.enum(ENUMS.ReimbursementState);
export const reimbursementRouteSchema = z.enum(ENUMS.ReimbursementRoute);
export const mechanismClassSchema = z.enum(ENUMS.MechanismClass);
export const modalitySchema = z.enum(ENUMS.Modality);
export const drugCategorySchema = z.enum(ENUMS.DrugCategory);
export const originSchema = z.enum(ENUMS.Origin);
export const registrationClassSchema = z.enum(ENUMS.RegistrationClass);
export const datePrecisionSchema = z.enum(ENUMS.DatePrecision);
export const sourceConfidenceSchema = z.enum(ENUMS.SourceConfidence);
export const parallelCheckStatusSchema = z.enum(ENUMS.ParallelCheckStatus);
export const applicationDecisionSchema = z.enum(ENUMS.ApplicationDecision);
export const roleSchema = z.enum(ENUMS.Role);
export const auditActionSchema = z.enum(ENUMS.AuditAction);
export const provincialAccessStateSchema = z.enum(ENUMS.ProvincialAccessState);
