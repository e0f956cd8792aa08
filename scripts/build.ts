/**
 * `npm run build`: check every command block and build the site with Astro (pages, link check,
 * search index), then print the PDF handouts and check the links again with the PDFs in place.
 * The check and Astro run side by side: the check is one process on one core, Astro mostly
 * another. A failing check stops Astro. When any step fails, the output directory is removed, so
 * no half-built site that looks complete is ever left behind to be served or copied to a classroom.
 * HANDOUTS=off builds without PDFs (and without links to them); each stage's time goes to
 * BUILD_TIMINGS (src/integrations/timings.ts), from which the last line is written.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync, statSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { checkBuiltLinks } from '../src/integrations/link-check.ts';
import { parseTimings, recordTiming, requireStages, since, TIMINGS_ENV } from '../src/integrations/timings.ts';
import { handoutsEnabled } from '../src/lib/print/handouts-setting.ts';
import { buildSummary, type PdfTimes } from './lib/build-summary.ts';
import { readBuiltSite } from './lib/built-site.ts';
import { assertRemovable } from './lib/removable.ts';
import { findChromium } from './lib/chromium.ts';
import { lastCommitDate } from './handouts/date.ts';
import { runHandouts } from './handouts/index.ts';
import { DEFAULT_CACHE, pdfDate } from './handouts/options.ts';

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
// The stages append their times here; a file of our own unless the caller (the benchmark) names one.
const ownTimings = !process.env[TIMINGS_ENV];
const timingsFile = process.env[TIMINGS_ENV] || path.join(os.tmpdir(), `build-timings-${process.pid}.jsonl`);
const timingsFrom = ownTimings ? 0 : (statSync(timingsFile, { throwIfNoEntry: false })?.size ?? 0);
const env = { ...process.env, [TIMINGS_ENV]: timingsFile };
if (ownTimings) rmSync(timingsFile, { force: true });

/** When the command check and Astro were started (after the settings and the browser were checked). */
let siteStarted = started;

function finished(name: string, child: ChildProcess): Promise<Finished> {
  return new Promise((resolve) => {
    child.on('close', (code, signal) =>
      resolve({ name, code: code ?? (signal ? 1 : 0), seconds: (performance.now() - siteStarted) / 1000 }),
    );
  });
}

function fail(step: Finished): never {
  rmSync(outDir, { recursive: true, force: true });
  if (ownTimings) rmSync(timingsFile, { force: true });
  console.error(
    `\nbuild failed at step "${step.name}" (exit ${step.code}). ` +
      `${path.relative(process.cwd(), outDir) || outDir}/ was removed so that no partial site is left. ` +
      'Fix the errors above (each names the file and line) and run `npm run build` again.',
  );
  process.exit(step.code);
}

/** Runs a step of this process; on an error prints its message (and `hint`) and fails the build. */
async function step<T>(name: string, work: () => Promise<T>, hint = ''): Promise<T> {
  try {
    return await work();
  } catch (error) {
    console.error(`${name}: ${error instanceof Error ? error.message : String(error)}${hint}`);
    return fail({ name, code: 1, seconds: since(started) });
  }
}

const NO_PDF_HINT = '\nTo build the site without the PDF handouts: HANDOUTS=off npm run build';
const pdfs = await step('settings', () => Promise.resolve(handoutsEnabled()));
// A machine without a browser hears so at once, not after the site is built.
if (pdfs) await step('find Chromium', () => findChromium(), NO_PDF_HINT);

// The check's report is held back and printed as one block, so it does not break into Astro's log.
siteStarted = performance.now();
const check = spawn(process.execPath, ['scripts/check-commands.ts', content], {
  stdio: ['ignore', 'pipe', 'pipe'],
  env,
});
const report: Buffer[] = [];
check.stdout.on('data', (chunk: Buffer) => report.push(chunk));
check.stderr.on('data', (chunk: Buffer) => report.push(chunk));
const astro = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { stdio: 'inherit', env });
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
recordTiming('check', checked.seconds, env);
recordTiming('astro', built.seconds, env);

let pdf: PdfTimes | undefined;
if (pdfs) {
  const pdfStarted = performance.now();
  const results = await step(
    'PDF handouts',
    () =>
      runHandouts({
        site: outDir,
        out: path.join(outDir, 'handouts'),
        siteUrl: process.env['SITE_URL'] || undefined,
        date: pdfDate(process.env, lastCommitDate),
        jobs: 2,
        only: undefined,
        cache: path.resolve(process.env['HANDOUTS_CACHE'] || DEFAULT_CACHE),
      }),
    NO_PDF_HINT,
  );
  const printed = results.filter((result) => !result.cached).length;
  console.log(
    `handouts: ${results.length} PDF(s) in ${path.relative(process.cwd(), path.join(outDir, 'handouts'))} ` +
      `(${printed} printed, ${results.length - printed} from the cache)`,
  );
  // The link check again, now that the PDFs exist: nothing is taken on trust any more.
  await step('link check with PDFs', async () => {
    const { base, site } = await readBuiltSite(outDir);
    await checkBuiltLinks(outDir, { base, site: site || undefined }, consoleLogger('handouts:link-check'), {
      generated: [],
    });
  });
  pdf = { seconds: since(pdfStarted), printed, cached: results.length - printed };
  recordTiming('pdf', pdf.seconds, env);
}

const timings = await step('build summary', async () => {
  const text = (await readFile(timingsFile)).subarray(timingsFrom).toString('utf8');
  return requireStages(parseTimings(text, timingsFile), ['check', 'astro', 'links', 'index'], timingsFile);
});
if (ownTimings) await rm(timingsFile, { force: true });
console.log(buildSummary(timings, pdf));

/** Enough of Astro's logger for the link check run outside Astro. */
function consoleLogger(label: string): AstroIntegrationLogger {
  const line = (text: string): string => `[${label}] ${text}`;
  return {
    info: (text: string) => console.log(line(text)),
    warn: (text: string) => console.warn(line(text)),
    error: (text: string) => console.error(line(text)),
    debug: () => {},
  } as unknown as AstroIntegrationLogger;
}
