// The working calendar stays on the server: its provisional years bring lunar-typescript (~100 KB gzipped)
// into any browser bundle that imports it. The timelines' client code once did, through a pure helper that
// lived beside the calendar-reading code; this walks the client modules' value imports to keep it out, and
// zod with it.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = process.cwd();
const SERVER_ONLY = ["lib/domain/china-calendar.ts", "lib/domain/provisional-holidays.ts"];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return /\.tsx?$/.test(name) && !name.endsWith(".test.ts") ? [full] : [];
  });
}

function resolve(specifier: string): string | null {
  const base = path.join(root, specifier.replace(/^@\//, ""));
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {}
  }
  return null;
}

/** Value imports of a module, `import("…")` included ("import type" and "export type" are erased and left out). */
function valueImports(text: string): string[] {
  const specifiers = [
    ...[...text.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+"(@\/[^"]+)"/gms)].map(([, specifier]) => specifier!),
    ...[...text.matchAll(/\bimport\(\s*"(@\/[^"]+)"\s*\)/g)].map(([, specifier]) => specifier!),
  ];
  return specifiers.flatMap((specifier) => resolve(specifier) ?? []);
}

/** Browser-side modules: the "use client" ones and every module they import for its values, each with the module that first imported it. */
function browserModules(): Map<string, string | null> {
  const starts = [...sources(path.join(root, "components")), ...sources(path.join(root, "app"))].filter((file) => readFileSync(file, "utf8").includes('"use client"'));
  const via = new Map<string, string | null>(starts.map((file) => [file, null]));
  const queue = [...starts];
  while (queue.length) {
    const file = queue.shift()!;
    const text = readFileSync(file, "utf8");
    // A "use server" module reaches the browser as a reference to the action, not as code.
    if (via.get(file) !== null && text.startsWith('"use server"')) {
      via.delete(file);
      continue;
    }
    if (SERVER_ONLY.includes(path.relative(root, file))) continue;
    for (const next of valueImports(text)) {
      if (!via.has(next)) {
        via.set(next, file);
        queue.push(next);
      }
    }
  }
  return via;
}

function chainTo(file: string, via: Map<string, string | null>): string {
  const chain: string[] = [];
  for (let at: string | null = file; at; at = via.get(at) ?? null) chain.push(path.relative(root, at));
  return chain.join(" <- ");
}

describe("client bundles", () => {
  const via = browserModules();

  it("no browser-side module imports the working calendar", () => {
    const reached = [...via.keys()].filter((file) => SERVER_ONLY.includes(path.relative(root, file))).map((file) => chainTo(file, via));
    expect(reached).toEqual([]);
  });

  // zod validates on the server. The vocabulary's zod enums once lived beside its labels, so every page that
  // showed a label (dashboard, timeline, candidate, import) carried zod: ~30 KB gzipped.
  it("no browser-side module imports zod", () => {
    const importsZod = (file: string) => {
      const text = readFileSync(file, "utf8");
      return /^(?:import|export)\s+(?!type\b)[^;]*?["']zod(?:\/[^"']*)?["']/m.test(text) || /\bimport\(\s*["']zod/.test(text);
    };
    const reached = [...via.keys()].filter(importsZod).map((file) => chainTo(file, via));
    expect(reached).toEqual([]);
  });
});
