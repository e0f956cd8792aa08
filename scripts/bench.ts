/**
 * `npm run bench [-- --lessons N|real] [--json] [--keep] [--no-bare] [--no-pdf]`: builds the real course and
 * synthetic courses of 100 and 1,000 lessons with the full pipeline, and a bare Astro + Pagefind
 * reference of each size, and reports time per stage (the real course's PDF step on its own), peak
 * memory and what a lesson page weighs.
 */
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from './bench/args.ts';
import { jsonLine, table, verdicts } from './bench/report.ts';
import { runBench } from './bench/run-bench.ts';

const args = parseArgs(process.argv.slice(2));
const repoRoot = path.resolve(import.meta.dirname, '..');
const realContent = path.resolve(process.env['COURSE_CONTENT_DIR'] ?? path.join(repoRoot, 'content'));
const log = (line: string): void => console.error(`bench: ${line}`);

log(`${os.cpus().length} CPUs, ${Math.round(os.totalmem() / 2 ** 30)} GB RAM, Node ${process.version}`);
const results = await runBench(
  args,
  repoRoot,
  realContent,
  (result) => {
    if (args.json) console.log(jsonLine(result));
  },
  log,
);
if (!args.json) {
  console.log(table(results));
  console.log('');
  for (const line of verdicts(results)) console.log(line);
}
