// A proposal is applied by the same mutations a form edit calls, described as data: each step names the
// mutation and carries its input as the JSON API would receive it. At diff time every step is parsed by the
// mutation's own zod schema; at apply it is parsed again and the mutation re-checks every rule.
import { z } from "zod";
import { advanceApplicationStatusSchema, createApplicationSchema, updateApplicationSchema } from "@/lib/applications/schemas";
import { changeDesignationStateSchema, createDesignationSchema } from "@/lib/designations/schemas";
import { changeReimbursementStateSchema, createReimbursementListingSchema } from "@/lib/reimbursements/schemas";
import { changeProvincialAccessSchema } from "@/lib/provincial-access/schemas";

export const STEP_SCHEMAS = {
  createApplication: createApplicationSchema,
  advanceApplicationStatus: advanceApplicationStatusSchema,
  updateApplication: updateApplicationSchema,
  createDesignation: createDesignationSchema,
  changeDesignationState: changeDesignationStateSchema,
  changeReimbursementState: changeReimbursementStateSchema,
  createReimbursementListing: createReimbursementListingSchema,
  changeProvincialAccess: changeProvincialAccessSchema,
} as const;

export type StepAction = keyof typeof STEP_SCHEMAS;

/** Which id field a chained step fills from the previous step's record (and its version). */
export type StepChain = "designationId" | "applicationId";

export type Step = { action: StepAction; input: Record<string, unknown>; chain?: StepChain };

const stepSchema = z.object({
  action: z.enum(Object.keys(STEP_SCHEMAS) as [StepAction, ...StepAction[]]),
  input: z.record(z.string(), z.unknown()),
  chain: z.enum(["designationId", "applicationId"]).optional(),
});

export const stepsSchema = z.array(stepSchema);

/** A chained step's id and version before the previous step ran: placeholders that parse. */
const PLACEHOLDER = { id: 1, version: 1 };

export function withChain(step: Step, previous: { id: number; version: number } | null): Record<string, unknown> {
  if (!step.chain) return step.input;
  const from = previous ?? PLACEHOLDER;
  return { ...step.input, [step.chain]: from.id, expectedVersion: from.version };
}

/** Parses a step's input with its mutation's schema; the issues, joined, when it does not parse. */
export function parseStep(step: Step, previous: { id: number; version: number } | null = null) {
  const schema = STEP_SCHEMAS[step.action] as z.ZodType;
  const parsed = schema.safeParse(withChain(step, previous));
  if (parsed.success) return { ok: true as const, value: parsed.data as Record<string, unknown> };
  return { ok: false as const, error: parsed.error.issues.map((issue) => `${issue.path.join(".") || "input"}: ${issue.message}`).join("; ") };
}
