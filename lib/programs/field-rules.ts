// Rules on a programme's own fields. Registration classes are numbered per drug category (reference §3.3),
// so a chemical programme cannot carry a biologic class.
import type { DrugCategory, RegistrationClass } from "@/generated/prisma/enums";
import { labelOf } from "@/lib/domain/vocabulary";
import type { Refusal } from "@/lib/changes/refusals";

const CLASS_PREFIX: { readonly [C in DrugCategory]: string } = { CHEMICAL: "CHEM_", BIOLOGICAL: "BIO_", TCM: "TCM_" };

export function checkProgramFields(fields: { drugCategory: DrugCategory; registrationClass: RegistrationClass | null }): Refusal[] {
  if (!fields.registrationClass || fields.registrationClass.startsWith(CLASS_PREFIX[fields.drugCategory])) return [];
  return [
    {
      rule: "REGISTRATION_CLASS_CATEGORY_MISMATCH",
      field: "registrationClass",
      message: `"${labelOf("RegistrationClass", fields.registrationClass)}" is not a class of a ${labelOf("DrugCategory", fields.drugCategory)}.`,
    },
  ];
}
