/**
 * `npm run bench:serve`: starts `npm run serve` (scripts/serve.ts) in its own process, as a teacher
 * would, and puts a classroom of phones on it over loopback (load.ts). Reports requests per second,
 * latency, errors and the server process's peak memory (Linux: VmHWM from /proc).
 */
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { readBuiltSite } from '../lib/built-site.ts';
import { classroomLoad, phoneRound, type LoadResult } from './load.ts';

export interface ServeBench extends LoadResult {
  connections: number;
  seconds: number;
  /** Requests in one phone's round through the course. */
  round: number;
  /** Peak resident memory of the server process, or undefined off Linux. */
  peakMb: number | undefined;
}

/** A port no one listens on now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function peakMemoryMb(pid: number): Promise<number | undefined> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const kb = /^VmHWM:\s+(\d+) kB/mu.exec(status)?.[1];
  return kb === undefined ? undefined : Number(kb) / 1024;
}

/** Serves `site` with scripts/serve.ts and runs `connections` phones against it for `seconds`. */
export async function benchServe(site: string, connections: number, seconds: number): Promise<ServeBench> {
  const { base } = await readBuiltSite(site);
  const round = await phoneRound(site, base);
  const port = await freePort();
  const server = spawn(process.execPath, ['scripts/serve.ts'], {
    env: { ...process.env, DIST_DIR: site, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.stdout.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('press Ctrl+C')) resolve();
      });
      server.once('exit', (code) => reject(new Error(`scripts/serve.ts exited with ${code} before serving`)));
    });
    const load = await classroomLoad(`http://127.0.0.1:${port}`, round, { connections, seconds });
    const peakMb = server.pid === undefined ? undefined : await peakMemoryMb(server.pid);
    return { ...load, connections, seconds, round: round.length, peakMb };
  } finally {
    server.kill('SIGTERM');
  }
}
