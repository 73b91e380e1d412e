// `npx tsx scripts/bench/route-bundles.ts [.next]`: the JavaScript each page route sends to the browser after
// `next build`, raw and gzipped. Turbopack's build output no longer prints per-route sizes, so this reads the
// build's own manifests: the root main files every page loads plus the entry chunks of the route's
// layout, page and boundaries (from its client reference manifest).
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

const dist = path.resolve(process.argv[2] ?? ".next");
const buildManifest = JSON.parse(readFileSync(path.join(dist, "build-manifest.json"), "utf8")) as { rootMainFiles: string[] };

function manifests(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === "api" ? [] : manifests(full);
    return name === "page_client-reference-manifest.js" ? [full] : [];
  });
}

type RscManifest = { entryJSFiles: Record<string, string[]> };
const sizes = new Map<string, { raw: number; gzip: number }>();
function sizeOf(file: string) {
  let size = sizes.get(file);
  if (!size) {
    const bytes = readFileSync(path.join(dist, file));
    size = { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    sizes.set(file, size);
  }
  return size;
}

const rows = manifests(path.join(dist, "server", "app")).map((file) => {
  const holder = globalThis as { __RSC_MANIFEST?: Record<string, RscManifest> };
  holder.__RSC_MANIFEST = {};
  new Function(readFileSync(file, "utf8"))();
  const [route, manifest] = Object.entries(holder.__RSC_MANIFEST)[0]!;
  const files = new Set([...buildManifest.rootMainFiles, ...Object.values(manifest.entryJSFiles).flat()]);
  let raw = 0;
  let gzip = 0;
  for (const chunk of files) {
    const size = sizeOf(chunk);
    raw += size.raw;
    gzip += size.gzip;
  }
  return { route: route.replace(/\/page$/, "") || "/", chunks: files.size, rawKB: +(raw / 1024).toFixed(1), gzipKB: +(gzip / 1024).toFixed(1) };
});
rows.sort((a, b) => a.route.localeCompare(b.route));
console.table(rows);
