// Every capture kind, in the order the capture form lists them.
import { acceptanceDirectory } from "@/lib/captures/kinds/acceptance-directory";
import { approvalNotices } from "@/lib/captures/kinds/approval-notices";
import { breakthroughPublicity } from "@/lib/captures/kinds/breakthrough-publicity";
import { nhsaList } from "@/lib/captures/kinds/nhsa-list";
import { priorityPublicity } from "@/lib/captures/kinds/priority-publicity";
import { provincialNotice } from "@/lib/captures/kinds/provincial-notice";
import { reviewTasks } from "@/lib/captures/kinds/review-tasks";

export const CAPTURE_KINDS = [acceptanceDirectory, reviewTasks, breakthroughPublicity, priorityPublicity, approvalNotices, nhsaList, provincialNotice] as const;

export type CaptureKindName = (typeof CAPTURE_KINDS)[number]["name"];
export const CAPTURE_KIND_NAMES = CAPTURE_KINDS.map((kind) => kind.name) as CaptureKindName[];

export function captureKind(name: string) {
  return CAPTURE_KINDS.find((kind) => kind.name === name);
}
