/**
 * Whether this process already runs under the heavy-work lock (`flock /tmp/heavy.lock npm run …`): then a
 * build it starts must not take the lock again, or it waits for its own parent forever. Linux only
 * (/proc/locks); elsewhere the answer is false.
 */
import { readFileSync, statSync } from 'node:fs';

/** The pids that hold (not wait for) a flock() lock on inode `inode` of device `major:minor`, from /proc/locks. */
export function flockHolders(procLocks: string, major: number, minor: number, inode: number): number[] {
  const device = `${major.toString(16).padStart(2, '0')}:${minor.toString(16).padStart(2, '0')}:${inode}`;
  const holders: number[] = [];
  for (const line of procLocks.split('\n')) {
    // `5: FLOCK  ADVISORY  WRITE 16415 fe:00:2149382 0 EOF`; a waiter's line has `->` after the number.
    const match = /^\d+:\s+FLOCK\s+\S+\s+\S+\s+(\d+)\s+(\S+)\s/u.exec(line);
    if (match?.[2] === device) holders.push(Number(match[1]));
  }
  return holders;
}

/** The parent pid in the text of /proc/<pid>/stat (the command name in parentheses may hold spaces). */
export function parentPid(stat: string): number | undefined {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ppid = Number(fields[1]);
  return Number.isInteger(ppid) && ppid > 0 ? ppid : undefined;
}

function ancestors(pid: number): Set<number> {
  const seen = new Set<number>();
  for (let current: number | undefined = pid; current !== undefined && !seen.has(current);) {
    seen.add(current);
    try {
      current = parentPid(readFileSync(`/proc/${current}/stat`, 'utf8'));
    } catch {
      current = undefined;
    }
  }
  return seen;
}

/** True when `lockFile` is flock()ed by this process or one of its ancestors. */
export function heldByAncestor(lockFile: string): boolean {
  try {
    const { dev, ino } = statSync(lockFile);
    const major = (dev >> 8) & 0xfff;
    const minor = (dev & 0xff) | ((dev >> 12) & 0xfff00);
    const holders = flockHolders(readFileSync('/proc/locks', 'utf8'), major, minor, ino);
    const mine = ancestors(process.pid);
    return holders.some((pid) => mine.has(pid));
  } catch {
    return false;
  }
}
