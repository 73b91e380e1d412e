// The browser gets only the listed namespaces: every namespace a client component (or a component module a
// client component imports) reads must be among them, else it would show its key.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  CLIENT_NAMESPACES,
  mergeMessages,
  PAGE_CLIENT_NAMESPACES,
  pickMessages,
  pickMessagesText,
  SHARED_CLIENT_NAMESPACES,
  type PageMessagesName,
} from "@/lib/i18n/client-messages";
import { parseMessagesText } from "@/lib/i18n/messages-text";

const root = process.cwd();

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return /\.tsx?$/.test(name) && !name.endsWith(".test.ts") ? [full] : [];
  });
}

function resolveComponent(specifier: string, from = root): string | null {
  for (const ext of [".tsx", ".ts"]) {
    const file = specifier.startsWith(".") ? path.resolve(path.dirname(from), specifier + ext) : path.join(root, specifier.replace(/^@\//, "") + ext);
    try {
      if (statSync(file).isFile()) return file;
    } catch {}
  }
  return null;
}

/** Component modules `file` imports (from @/components or beside it; `import("…")` too), transitively, itself included. */
function importClosure(file: string): Set<string> {
  const seen = new Set([file]);
  const queue = [file];
  while (queue.length) {
    const current = queue.pop()!;
    for (const [, specifier] of readFileSync(current, "utf8").matchAll(/(?:from |import\()"(@\/components\/[^"]+|\.{1,2}\/[^"]+)"/g)) {
      const imported = resolveComponent(specifier!, current);
      if (imported && !seen.has(imported)) {
        seen.add(imported);
        queue.push(imported);
      }
    }
  }
  return seen;
}

/** Files that run in the browser: "use client" modules and the component modules they import, transitively. */
function clientFiles(): string[] {
  const roots = sources(path.join(root, "components")).concat(sources(path.join(root, "app"))).filter((file) => readFileSync(file, "utf8").includes('"use client"'));
  return [...new Set(roots.flatMap((file) => [...importClosure(file)]))];
}

const namespacesRead = (file: string) => [...readFileSync(file, "utf8").matchAll(/useTranslations\("([\w.]+)"\)/g)].map(([, namespace]) => namespace!);
const coveredBy = (sent: readonly string[]) => (namespace: string) => sent.some((path) => namespace === path || namespace.startsWith(`${path}.`));

describe("client messages", () => {
  it("every page sends what its client components read: the shared namespaces, and its own through PageMessages", () => {
    const browserSide = new Set(clientFiles());
    const entries = sources(path.join(root, "app")).filter((file) => /\/(page|layout|loading|error|not-found|template)\.tsx$/.test(file));
    const missing: string[] = [];
    for (const entry of entries) {
      const own = /withPageMessages\("(\w+)"/.exec(readFileSync(entry, "utf8"))?.[1] as PageMessagesName | undefined;
      const covered = coveredBy([...SHARED_CLIENT_NAMESPACES, ...(own ? PAGE_CLIENT_NAMESPACES[own] : [])]);
      for (const file of importClosure(entry)) {
        if (!browserSide.has(file)) continue;
        for (const namespace of namespacesRead(file)) if (!covered(namespace)) missing.push(`${path.relative(root, entry)} → ${path.relative(root, file)}: ${namespace}`);
      }
    }
    expect(entries.length).toBeGreaterThan(20);
    expect(missing).toEqual([]);
  });

  it("sends a page's own namespaces only where a page asks for them", () => {
    const shared = coveredBy(SHARED_CLIENT_NAMESPACES);
    for (const namespaces of Object.values(PAGE_CLIENT_NAMESPACES)) for (const namespace of namespaces) expect(shared(namespace)).toBe(false);
  });

  it("every namespace a browser-side component reads is sent", () => {
    const covered = (namespace: string) => CLIENT_NAMESPACES.some((sent) => namespace === sent || namespace.startsWith(`${sent}.`));
    const missing: string[] = [];
    for (const file of clientFiles()) {
      for (const [, namespace] of readFileSync(file, "utf8").matchAll(/useTranslations\("([\w.]+)"\)/g)) {
        if (!covered(namespace!)) missing.push(`${path.relative(root, file)}: ${namespace}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("picks whole namespaces and parts of one", () => {
    const messages = { a: { x: "1" }, b: { y: "2", z: "3" }, c: { w: "4" } };
    expect(pickMessages(messages, ["a", "b.z", "d"])).toEqual({ a: { x: "1" }, b: { z: "3" } });
  });

  it("adds a page's own messages to the layout's, part by part, without changing either", () => {
    const layout = { common: { a: "1" }, timeline: { clock: { left: "2" } } };
    const page = { timeline: { legend: "3", clock: { left: "2", done: "4" } }, captures: { title: "5" } };
    expect(mergeMessages(layout, page)).toEqual({ common: { a: "1" }, timeline: { legend: "3", clock: { left: "2", done: "4" } }, captures: { title: "5" } });
    expect(layout).toEqual({ common: { a: "1" }, timeline: { clock: { left: "2" } } });
  });

  it("the dashboard's shared messages carry the review clock's words but not the rest of the timeline's", () => {
    const shared = pickMessages({ timeline: { legend: "Legend", clock: { clockLeft: "{remaining} WD left" } } });
    expect(shared.timeline).toEqual({ clock: { clockLeft: "{remaining} WD left" } });
  });

  it("sends the picked messages as JSON text, made again for another catalogue (a development server reloads them)", () => {
    const catalogue = { a: { x: "1" }, b: { y: "2", z: "3" } };
    const text = pickMessagesText(catalogue, ["a", "b.z"]);
    expect(JSON.parse(text)).toEqual(pickMessages(catalogue, ["a", "b.z"]));
    // Made once: a change to the same catalogue object is not seen (a production catalogue never changes).
    catalogue.a.x = "changed";
    expect(pickMessagesText(catalogue, ["a", "b.z"])).toBe(text);
    expect(JSON.parse(pickMessagesText(catalogue, ["b"]))).toEqual({ b: { y: "2", z: "3" } });
    const edited = { a: { x: "one" }, b: { y: "2", z: "3" } };
    expect(JSON.parse(pickMessagesText(edited, ["a", "b.z"]))).toEqual({ a: { x: "one" }, b: { z: "3" } });
  });

  it("parses the same text once: the server renders each page's client components with the same messages", () => {
    const text = JSON.stringify({ common: { appName: "Pathway Tracker" } });
    const parsed = parseMessagesText(text);
    expect(parsed).toEqual({ common: { appName: "Pathway Tracker" } });
    expect(parseMessagesText(`${text}`)).toBe(parsed);
    expect(parseMessagesText(JSON.stringify({ common: { appName: "路径追踪" } }))).toEqual({ common: { appName: "路径追踪" } });
    expect(() => parseMessagesText("{not json")).toThrow(SyntaxError);
  });
});
