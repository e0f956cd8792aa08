/**
 * Measures how long the checker takes over the course once the shell parser has started:
 * `node packages/check-commands/src/timing.ts [paths…]` prints the median of 10 runs.
 */
import { parse } from 'sh-syntax';
import { checkSources } from './check.ts';
import { collectSources } from './files/collect.ts';

const RUNS = 10;
const paths = process.argv.slice(2);
const { sources } = await collectSources(paths.length > 0 ? paths : [process.env['COURSE_CONTENT_DIR'] ?? 'content']);
const started = performance.now();
await parse('true');
const parserStart = performance.now() - started;
const times: number[] = [];
const cpu: number[] = [];
let diagnostics = 0;
for (let run = 0; run < RUNS; run += 1) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  diagnostics = (await checkSources(sources)).length;
  times.push(performance.now() - t0);
  const used = process.cpuUsage(c0);
  cpu.push((used.user + used.system) / 1000);
}
// The first run also compiles the compose schema and loads the Dockerfile validator.
const first = times[0] ?? 0;
const sorted = [...times].sort((a, b) => a - b);
const median = sorted[Math.floor(RUNS / 2)] ?? 0;
console.log(
  `check-commands timing: ${sources.length} files, ${diagnostics} diagnostics; parser start ${parserStart.toFixed(1)} ms; ` +
    `first run ${first.toFixed(1)} ms (CPU ${(cpu[0] ?? 0).toFixed(1)} ms), then median ${median.toFixed(1)} ms, ` +
    `fastest ${(sorted[0] ?? 0).toFixed(1)} ms (${RUNS} runs; wall-clock times grow with the machine's load, CPU time does not)`,
);
