/**
 * `npm run build`: check every command block, then build the site with Astro (pages, link
 * check, search index). When a step fails, the output directory is removed, so no half-built
 * site that looks complete is ever left behind to be served or copied to a classroom.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';

interface Step {
  name: string;
  command: string;
  args: string[];
}

const outDir = path.resolve(process.env['OUT_DIR'] ?? 'dist');
const content = process.env['COURSE_CONTENT_DIR'] ?? 'content';

const steps: Step[] = [
  { name: 'command check', command: process.execPath, args: ['scripts/check-commands.ts', content] },
  { name: 'astro build', command: process.execPath, args: ['node_modules/astro/bin/astro.mjs', 'build'] },
];

for (const step of steps) {
  const result = spawnSync(step.command, step.args, { stdio: 'inherit' });
  if (result.status !== 0) {
    rmSync(outDir, { recursive: true, force: true });
    console.error(
      `\nbuild failed at step "${step.name}" (exit ${String(result.status ?? result.signal)}). ` +
        `${path.relative(process.cwd(), outDir) || outDir}/ was removed so that no partial site is left. ` +
        'Fix the errors above (each names the file and line) and run `npm run build` again.',
    );
    process.exit(result.status ?? 1);
  }
}
