/**
 * Runs one build stage as a child process and records its wall time, the peak RSS of its process
 * tree (sampled every ~50 ms) and when each line of its output arrived.
 */
import { spawn } from 'node:child_process';
import { readStats, treeUsage } from './process-tree.ts';

export interface TimedLine {
  /** Milliseconds since the stage started. */
  at: number;
  text: string;
}

export interface StageRun {
  code: number;
  wallMs: number;
  peakRss: number;
  /** CPU seconds of the process tree (last sample): steadier than wall time on a busy machine. */
  cpuS: number;
  lines: TimedLine[];
}

const SAMPLE_MS = 50;

/** Runs `command` with `args`; never rejects for a failing command (see `code`). */
export function runStage(
  command: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
): Promise<StageRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const lines: TimedLine[] = [];
    let peakRss = 0;
    let cpuS = 0;
    const sample = (): void => {
      if (child.pid === undefined) return;
      const usage = treeUsage(readStats(), child.pid);
      peakRss = Math.max(peakRss, usage.rss);
      cpuS = Math.max(cpuS, usage.cpu);
    };
    const timer = setInterval(sample, SAMPLE_MS);
    const collect = (stream: NodeJS.ReadableStream): void => {
      let rest = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        const at = performance.now() - started;
        const parts = (rest + chunk).split('\n');
        rest = parts.pop() ?? '';
        for (const text of parts) lines.push({ at, text });
      });
      stream.on('end', () => {
        if (rest) lines.push({ at: performance.now() - started, text: rest });
      });
    };
    collect(child.stdout);
    collect(child.stderr);
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({ code: code ?? 1, wallMs: performance.now() - started, peakRss, cpuS, lines });
    });
  });
}
