// The browser gets only the listed namespaces: every namespace a client component (or a component module a
// client component imports) reads must be among them, else it would show its key.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CLIENT_NAMESPACES, pickMessages } from "@/lib/i18n/client-messages";

const root = process.cwd();

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return /\.tsx?$/.test(name) && !name.endsWith(".test.ts") ? [full] : [];
  });
}

function resolveComponent(specifier: string): string | null {
  for (const ext of [".tsx", ".ts"]) {
    const file = path.join(root, specifier.replace(/^@\//, "") + ext);
    try {
      if (statSync(file).isFile()) return file;
    } catch {}
  }
  return null;
}

/** Files that run in the browser: "use client" modules and the component modules they import, transitively. */
function clientFiles(): string[] {
  const seen = new Set(sources(path.join(root, "components")).concat(sources(path.join(root, "app"))).filter((file) => readFileSync(file, "utf8").includes('"use client"')));
  const queue = [...seen];
  while (queue.length) {
    const text = readFileSync(queue.pop()!, "utf8");
    for (const [, specifier] of text.matchAll(/from "(@\/components\/[^"]+)"/g)) {
      const file = resolveComponent(specifier!);
      if (file && !seen.has(file)) {
        seen.add(file);
        queue.push(file);
      }
    }
  }
  return [...seen];
}

describe("client messages", () => {
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
});
