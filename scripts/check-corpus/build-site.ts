/**
 * Builds a course with Astro (pages, the link check, the search index) into a folder of its own,
 * under the machine's heavy-work lock (`flock /tmp/heavy.lock`, or HEAVY_LOCK) when flock exists and the
 * command does not run under that lock already.
 * The command check is not part of it: the corpus table reports it per note.
 */
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { heldByAncestor } from './heavy-lock.ts';

export interface BuildResult {
  ok: boolean;
  /** stdout and stderr together. */
  output: string;
}

/** Runs `astro build` on `content` into `work/dist`. */
export function buildSite(content: string, work: string): Promise<BuildResult> {
  const astro = [process.execPath, path.resolve('node_modules/astro/bin/astro.mjs'), 'build'];
  const lock = process.env['HEAVY_LOCK'] ?? '/tmp/heavy.lock';
  // Under `flock /tmp/heavy.lock npm run check:corpus` the lock is ours already: taking it again would wait forever.
  const locked = spawnSync('flock', ['--version']).status === 0 && !heldByAncestor(lock);
  const [command = '', ...args] = locked ? ['flock', lock, ...astro] : astro;
  const env = {
    ...process.env,
    COURSE_CONTENT_DIR: path.resolve(content),
    OUT_DIR: path.join(work, 'dist'),
    CACHE_DIR: path.join(work, 'cache'),
    BASE_PATH: '/',
    HANDOUTS: 'off',
    NO_COLOR: '1',
  };
  return new Promise((resolve) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('close', (code) => resolve({ ok: code === 0, output: Buffer.concat(chunks).toString('utf8') }));
  });
}

/** The first line of a failed build's output that names an error, for the table. */
export function firstError(output: string): string {
  const lines = output.split('\n').map((line) => line.trim());
  return lines.find((line) => /\berror\b/iu.test(line) && line.length > 10) ?? lines.filter(Boolean).at(-1) ?? 'failed';
}
