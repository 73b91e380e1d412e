import { afterEach, describe, expect, it, vi } from "vitest";
import { toDayKey } from "@/lib/domain/calendar-day";
import { serverToday } from "@/lib/today";

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("serverToday", () => {
  it("is the server's calendar day at UTC midnight", () => {
    vi.stubEnv("PATHWAY_TODAY", "");
    const today = serverToday(new Date(2026, 10, 24, 23, 59));
    expect(toDayKey(today)).toBe("2026-11-24");
    expect(today.getUTCHours()).toBe(0);
  });

  it("can be pinned for tests and demos", () => {
    vi.stubEnv("PATHWAY_TODAY", "2024-09-10");
    expect(toDayKey(serverToday())).toBe("2024-09-10");
  });

  it("refuses a pinned value that is not a day", () => {
    vi.stubEnv("PATHWAY_TODAY", "2024-02-30");
    expect(() => serverToday()).toThrow(/PATHWAY_TODAY="2024-02-30" is not a calendar day/);
  });
});
