/**
 * `npm run build`: check every command block and build the site with Astro (pages, link check,
 * search index). The two run side by side: the check is one process on one core, Astro mostly
 * another. A failing check stops Astro. When either fails, the output directory is removed, so no
 * half-built site that looks complete is ever left behind to be served or copied to a classroom.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { buildSummary } from './lib/build-summary.ts';
import { assertRemovable } from './lib/removable.ts';

interface Finished {
  name: string;
  code: number;
  seconds: number;
}

const outDir = path.resolve(process.env['OUT_DIR'] ?? 'dist');
const content = process.env['COURSE_CONTENT_DIR'] ?? 'content';
// Astro empties OUT_DIR as it starts and fail() removes it: OUT_DIR=. or ~ must stop here.
try {
  assertRemovable(process.env['OUT_DIR'] ?? 'dist', 'OUT_DIR', [content]);
} catch (error) {
  console.error(`error build/out-dir ${(error as Error).message}`);
  process.exit(1);
}
const started = performance.now();

function finished(name: string, child: ChildProcess): Promise<Finished> {
  return new Promise((resolve) => {
    child.on('close', (code, signal) =>
      resolve({ name, code: code ?? (signal ? 1 : 0), seconds: (performance.now() - started) / 1000 }),
    );
  });
}

function fail(step: Finished): never {
  rmSync(outDir, { recursive: true, force: true });
  console.error(
    `\nbuild failed at step "${step.name}" (exit ${step.code}). ` +
      `${path.relative(process.cwd(), outDir) || outDir}/ was removed so that no partial site is left. ` +
      'Fix the errors above (each names the file and line) and run `npm run build` again.',
  );
  process.exit(step.code);
}

// The check's report is held back and printed as one block, so it does not break into Astro's log.
const check = spawn(process.execPath, ['scripts/check-commands.ts', content], { stdio: ['ignore', 'pipe', 'pipe'] });
const report: Buffer[] = [];
check.stdout.on('data', (chunk: Buffer) => report.push(chunk));
check.stderr.on('data', (chunk: Buffer) => report.push(chunk));
const astro = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { stdio: 'inherit' });
// Both are listened to from the start: Astro may end (a config error) before the check does.
const checking = finished('command check', check);
const building = finished('astro build', astro);

const checked = await checking;
process.stdout.write(Buffer.concat(report));
if (checked.code !== 0) {
  astro.kill('SIGTERM');
  await building;
  fail(checked);
}
const built = await building;
if (built.code !== 0) fail(built);
console.log(buildSummary(checked.seconds, built.seconds));
