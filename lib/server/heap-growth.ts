// How far V8 lets the heap grow past what it held after its last full collection before collecting again.
// V8's own factor reaches 4x under allocation-heavy work: applying a 1,000-proposal capture (a few hundred MB
// of short-lived query objects) grew a server holding ~110 MB to a 530 MB heap, and V8 keeps the pages it
// grew to, so the process stayed 200 MB bigger for good. At 1.25x the same apply peaked at ~225 MB, at the cost
// of about two dozen more full collections over the bench's captures section (mostly incremental, 8-25 ms
// each; `npm run bench -- captures` with BENCH_SERVER_NODE_ARGS=--trace-gc).
// HEAP_GROWING_PERCENT=0 leaves V8's default.
import "server-only";
import v8 from "node:v8";

export const DEFAULT_HEAP_GROWING_PERCENT = 25;

/** The percent to set, or null for V8's default; a value that is not a whole number 0-400 is refused. */
export function heapGrowingPercent(value: string | undefined): number | null {
  if (value === undefined || value.trim() === "") return DEFAULT_HEAP_GROWING_PERCENT;
  const percent = Number(value);
  if (!Number.isInteger(percent) || percent < 0 || percent > 400) throw new Error(`HEAP_GROWING_PERCENT must be a whole number from 0 to 400, got "${value}"`);
  return percent === 0 ? null : percent;
}

/** Applies HEAP_GROWING_PERCENT to this process (V8 reads the flag at every full collection). */
export function limitHeapGrowth(): void {
  const percent = heapGrowingPercent(process.env.HEAP_GROWING_PERCENT);
  if (percent !== null) v8.setFlagsFromString(`--heap-growing-percent=${percent}`);
}
