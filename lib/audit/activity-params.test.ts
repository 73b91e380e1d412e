import { describe, expect, it } from "vitest";
import { dayFromKey } from "@/lib/domain/calendar-day";
import { activityHref, parseActivityParams } from "@/lib/audit/activity-params";

describe("parseActivityParams", () => {
  it.each([
    [{}, { page: 1, perPage: 50 }, 0],
    [{ user: "7", entity: "Designation", page: "3" }, { actor: 7, entityType: "Designation", page: 3 }, 0],
    [{ user: "none" }, { actor: "none" }, 0],
    [{ user: "bob" }, { page: 1 }, 1],
    [{ from: "2025-01-01", to: "2025-02-01" }, { from: dayFromKey("2025-01-01"), to: dayFromKey("2025-02-01") }, 0],
    [{ from: "2025-02-01", to: "2025-01-01" }, { from: dayFromKey("2025-01-01"), to: dayFromKey("2025-02-01") }, 1],
    [{ from: "2025-02-30" }, { page: 1 }, 1],
    [{ entity: "Robert'); DROP" }, { page: 1 }, 1],
    [{ page: "0" }, { page: 1 }, 1],
  ])("%j", (raw, expected, noteCount) => {
    const { filter, notes } = parseActivityParams(raw);
    expect(filter).toMatchObject(expected);
    expect(notes).toHaveLength(noteCount);
  });

  it("keeps the filter when paging", () => {
    expect(activityHref({ user: "3", entity: "Application", page: "2" }, 3)).toBe("/activity?user=3&entity=Application&page=3");
    expect(activityHref({}, 1)).toBe("/activity");
  });
});
