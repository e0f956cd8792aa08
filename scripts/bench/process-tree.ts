/**
 * Resident memory of a whole process tree (Astro spawns workers; Pagefind runs a native binary),
 * read from Linux's /proc.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Linux x86-64 and arm64 both use 4 KiB pages for RSS accounting in /proc/<pid>/stat. */
const PAGE_SIZE = 4096;

/** Clock ticks per second of the CPU times in /proc/<pid>/stat (USER_HZ, 100 on Linux). */
const CLOCK_TICKS = 100;

export interface ProcStat {
  pid: number;
  ppid: number;
  /** Resident set size in bytes. */
  rss: number;
  /** CPU seconds used by the process and its reaped children. */
  cpu: number;
}

/** Parses the text of /proc/<pid>/stat; the command name may hold spaces and parentheses. */
export function parseStat(text: string): ProcStat | undefined {
  const close = text.lastIndexOf(')');
  const pid = Number.parseInt(text, 10);
  if (close < 0 || Number.isNaN(pid)) return undefined;
  // Fields after the name, from field 3 (state): ppid is field 4, utime to cstime 14–17, rss 24.
  const fields = text
    .slice(close + 2)
    .split(' ')
    .map(Number);
  const ticks = fields.slice(11, 15).reduce((sum, value) => sum + value, 0);
  return { pid, ppid: fields[1] ?? 0, rss: (fields[21] ?? 0) * PAGE_SIZE, cpu: ticks / CLOCK_TICKS };
}

/** Total RSS and CPU seconds of `root` and every process descended from it. */
export function treeUsage(stats: readonly ProcStat[], root: number): { rss: number; cpu: number } {
  const children = new Map<number, ProcStat[]>();
  for (const stat of stats) children.set(stat.ppid, [...(children.get(stat.ppid) ?? []), stat]);
  const usage = { rss: 0, cpu: 0 };
  const queue = stats.filter((stat) => stat.pid === root);
  for (let stat = queue.shift(); stat; stat = queue.shift()) {
    usage.rss += stat.rss;
    usage.cpu += stat.cpu;
    queue.push(...(children.get(stat.pid) ?? []));
  }
  return usage;
}

/** Reads every process's stat now (processes that exit meanwhile are skipped). */
export function readStats(): ProcStat[] {
  const stats: ProcStat[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/u.test(name)) continue;
    try {
      const stat = parseStat(readFileSync(`/proc/${name}/stat`, 'utf8'));
      if (stat) stats.push(stat);
    } catch {
      // the process exited between readdir and read
    }
  }
  return stats;
}
