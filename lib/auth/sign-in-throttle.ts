// Slows password guessing: after MAX_FAILURES failed sign-ins for one email within WINDOW_MS, further attempts
// for that email are refused until the oldest failure leaves the window. Kept in memory, which is enough
// for the single-process self-hosted server; a restart clears it.
const MAX_FAILURES = 10;
const WINDOW_MS = 15 * 60_000;

const failures = new Map<string, number[]>();

function recent(key: string, now: number): number[] {
  const kept = (failures.get(key) ?? []).filter((at) => now - at < WINDOW_MS);
  if (kept.length > 0) failures.set(key, kept);
  else failures.delete(key);
  return kept;
}

/** Minutes until the next attempt is allowed, or 0 when it is allowed now. */
export function signInLockMinutes(email: string, now = Date.now()): number {
  const kept = recent(email, now);
  if (kept.length < MAX_FAILURES) return 0;
  return Math.ceil((kept[0]! + WINDOW_MS - now) / 60_000);
}

export function recordSignInFailure(email: string, now = Date.now()): void {
  failures.set(email, [...recent(email, now), now]);
}

export function clearSignInFailures(email: string): void {
  failures.delete(email);
}
