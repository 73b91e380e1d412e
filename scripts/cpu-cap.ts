// Caps a process tree's CPU time with a Linux cgroup CPU quota, so a benchmark on a small machine can give
// each app process "a core of its own" (a fraction of one) and still leave PostgreSQL, nginx and the load
// generator room: the way to see whether processes scale when cores are not the limit. cgroup v1's `cpu`
// controller (cpu.cfs_quota_us) and cgroup v2's `cpu.max` both work; it needs write access to the
// hierarchy (root, or a delegated subtree). Nothing here changes a process that is not asked for.
import { existsSync, mkdirSync, readFileSync, rmdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { processTree } from "./process-tree.ts";

const PERIOD_US = 100_000;

type Hierarchy = { root: string; setQuota: (dir: string, cores: number) => void };

const hierarchies: Hierarchy[] = [
  {
    root: "/sys/fs/cgroup/cpu",
    setQuota: (dir, cores) => {
      writeFileSync(path.join(dir, "cpu.cfs_period_us"), String(PERIOD_US));
      writeFileSync(path.join(dir, "cpu.cfs_quota_us"), String(Math.round(cores * PERIOD_US)));
    },
  },
  {
    root: "/sys/fs/cgroup",
    setQuota: (dir, cores) => writeFileSync(path.join(dir, "cpu.max"), `${Math.round(cores * PERIOD_US)} ${PERIOD_US}`),
  },
];

/** Why CPU caps cannot be set here, or null when they can (a group is made, capped and removed to find out). */
export function cpuCapUnavailableReason(): string | null {
  const reasons: string[] = [];
  for (const hierarchy of hierarchies) {
    if (!existsSync(hierarchy.root)) continue;
    const dir = path.join(hierarchy.root, `pathway-probe-${process.pid}`);
    try {
      mkdirSync(dir);
      hierarchy.setQuota(dir, 0.5);
      return null;
    } catch (error) {
      reasons.push(`${hierarchy.root}: ${(error as Error).message}`);
    } finally {
      if (existsSync(dir)) rmdirSync(dir);
    }
  }
  return reasons.length ? `no writable cgroup CPU controller (${reasons.join("; ")})` : "no cgroup CPU controller";
}

/** Moves what is left in the group back to its parent, then removes it (a group must be empty to go). */
function removeGroup(dir: string): void {
  if (!existsSync(dir)) return;
  const members = readFileSync(path.join(dir, "cgroup.procs"), "utf8").split("\n").filter(Boolean);
  for (const member of members) moveTo(path.dirname(dir), member);
  rmdirSync(dir);
}

/** Puts a process in a group; one that exited meanwhile (ESRCH) has nothing left to move. */
function moveTo(dir: string, pid: number | string): void {
  try {
    writeFileSync(path.join(dir, "cgroup.procs"), String(pid));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ESRCH") throw error;
  }
}

export type CpuCap = {
  /** Removes the group, moving any process still in it back to the parent group. */
  release: () => void;
};

/** Puts `pid` and its descendants in a new cgroup allowed `cores` CPUs' worth of time (0.4 = 40% of one core). */
export function capCpu(pid: number, cores: number): CpuCap {
  for (const hierarchy of hierarchies) {
    if (!existsSync(hierarchy.root)) continue;
    const dir = path.join(hierarchy.root, `pathway-cap-${pid}`);
    try {
      mkdirSync(dir);
      hierarchy.setQuota(dir, cores);
      for (const member of processTree(pid)) moveTo(dir, member);
    } catch {
      removeGroup(dir);
      continue;
    }
    return { release: () => removeGroup(dir) };
  }
  throw new Error(`cannot cap process ${pid}: ${cpuCapUnavailableReason() ?? "the cgroup refused it"}`);
}
