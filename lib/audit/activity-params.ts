// The /activity URL: ?user=<id|none>&entity=<type>&from=YYYY-MM-DD&to=YYYY-MM-DD&page=N. A bad parameter is
// dropped with a note saying why, so a hand-edited URL never breaks the page.
import { parseDayKey } from "@/lib/domain/calendar-day";
import type { ActivityFilter } from "@/lib/audit/queries";

export const ACTIVITY_PER_PAGE = 50;
const MAX_PAGE = 10_000;

type Raw = Record<string, string | string[] | undefined>;

export function parseActivityParams(raw: Raw): { filter: ActivityFilter; notes: string[] } {
  const notes: string[] = [];
  const one = (name: string) => {
    const value = raw[name];
    return Array.isArray(value) ? value[0] : value;
  };
  const filter: ActivityFilter = { page: 1, perPage: ACTIVITY_PER_PAGE };

  const user = one("user");
  if (user === "none") filter.actor = "none";
  else if (user && /^\d{1,9}$/.test(user)) filter.actor = Number(user);
  else if (user) notes.push(`user: "${user}" is not a user id or "none".`);

  const entity = one("entity");
  if (entity && /^[A-Za-z]{1,60}$/.test(entity)) filter.entityType = entity;
  else if (entity) notes.push(`entity: "${entity}" is not an entity type.`);

  for (const name of ["from", "to"] as const) {
    const value = one(name);
    if (!value) continue;
    const day = parseDayKey(value);
    if (day) filter[name] = day;
    else notes.push(`${name}: "${value}" is not a date (YYYY-MM-DD).`);
  }
  if (filter.from && filter.to && filter.from > filter.to) {
    notes.push("from is after to: the range was swapped.");
    [filter.from, filter.to] = [filter.to, filter.from];
  }

  const page = one("page");
  if (page && /^\d+$/.test(page) && Number(page) >= 1 && Number(page) <= MAX_PAGE) filter.page = Number(page);
  else if (page) notes.push(`page: "${page}" is not a page number.`);
  return { filter, notes };
}

/** The URL of another page of the same filter. */
export function activityHref(raw: Raw, page: number): string {
  const params = new URLSearchParams();
  for (const name of ["user", "entity", "from", "to"]) {
    const value = raw[name];
    const text = Array.isArray(value) ? value[0] : value;
    if (text) params.set(name, text);
  }
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `/activity?${query}` : "/activity";
}
