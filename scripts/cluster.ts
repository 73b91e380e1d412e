// Several `next start` processes on one database behind nginx (round robin), as a team would deploy it.
// Used by the two-process end-to-end spec and by `npm run bench -- dashboard` (BENCH_PROCESSES=2). The nginx
// configuration lives in a temporary directory; nothing outside it is touched. Needs Debian's nginx package.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { capCpu, type CpuCap } from "./cpu-cap.ts";
import { findFreePort } from "./db/embedded-postgres.ts";

const root = path.resolve(import.meta.dirname, "..");
const nextBin = path.join(root, "node_modules", ".bin", "next");

export type Cluster = {
  /** nginx, in front of every process. */
  baseUrl: string;
  /** Each process directly, in start order ("http://127.0.0.1:<port>"). */
  upstreams: string[];
  /** SIGTERM to every process and to nginx; resolves once all have exited. */
  stop: () => Promise<void>;
};

export function nginxAvailable(): boolean {
  return spawnSync("nginx", ["-v"], { stdio: "ignore" }).status === 0;
}

async function waitFor(url: string, what: string, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${what} did not answer ${url} within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once("exit", () => resolve());
  });
}

export function nginxConfig({ dir, port, upstreams }: { dir: string; port: number; upstreams: string[] }): string {
  return `worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  upstream pathway {
${upstreams.map((url) => `    server ${new URL(url).host};`).join("\n")}
    keepalive 32;
  }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://pathway;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_buffering off;
      add_header X-Upstream $upstream_addr always;
    }
  }
}
`;
}

export type ClusterOptions = {
  processes: number;
  env: Record<string, string | undefined>;
  /** Caps each app process at this many cores' worth of CPU time (a cgroup quota, scripts/cpu-cap.ts). */
  cpuCoresEach?: number;
};

export async function startCluster({ processes, env, cpuCoresEach }: ClusterOptions): Promise<Cluster> {
  const children: ChildProcess[] = [];
  const caps: CpuCap[] = [];
  const upstreams: string[] = [];
  const dir = mkdtempSync(path.join(tmpdir(), "pt-nginx-"));
  const stop = async () => {
    for (const child of children) child.kill("SIGTERM");
    await Promise.all(children.map(exited));
    for (const cap of caps) cap.release();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    for (let i = 0; i < processes; i++) {
      const port = await findFreePort();
      const child = spawn(nextBin, ["start", "-p", String(port), "-H", "127.0.0.1"], {
        cwd: root,
        env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env, PORT: String(port) } as NodeJS.ProcessEnv,
        stdio: ["ignore", "ignore", "inherit"],
      });
      children.push(child);
      upstreams.push(`http://127.0.0.1:${port}`);
    }
    await Promise.all(upstreams.map((url, i) => waitFor(`${url}/api/ready`, `next start #${i + 1}`)));
    // Capped once ready, so startup (reading the build, connecting) is not what the cap slows.
    if (cpuCoresEach !== undefined) for (const child of children) caps.push(capCpu(child.pid!, cpuCoresEach));
    const port = await findFreePort();
    writeFileSync(path.join(dir, "nginx.conf"), nginxConfig({ dir, port, upstreams }));
    children.push(spawn("nginx", ["-p", dir, "-c", path.join(dir, "nginx.conf")], { stdio: ["ignore", "ignore", "inherit"] }));
    const baseUrl = `http://127.0.0.1:${port}`;
    await waitFor(`${baseUrl}/api/health`, "nginx", 20_000);
    return { baseUrl, upstreams, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
