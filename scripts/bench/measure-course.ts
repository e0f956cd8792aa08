/**
 * Builds one course with the full pipeline, exactly as `npm run build` does (scripts/build.ts: the
 * command check beside Astro, then the link check beside the search index, then the PDF handouts
 * when asked for), or the bare reference with `astro build`, and measures it. Each stage's time is
 * what the build reported in BUILD_TIMINGS; a stage that reported nothing fails the benchmark.
 */
import { existsSync } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseTimings, requireStages } from '../../src/integrations/timings.ts';
import { readBuiltSite } from '../lib/built-site.ts';
import { runStage, type StageRun } from './run.ts';
import { checkBudget } from './budget-report.ts';
import type { PageCost } from './page-cost.ts';

export interface CourseResult {
  course: 'real' | 'synthetic' | 'bare';
  lessons: number;
  /** The whole build, wall time: the site stages, then the PDF step (when it ran). */
  build_s: number;
  /** The site stages alone (build_s without the PDF step): what is compared with the bare build. */
  site_s: number;
  /** The PDF handouts step on its own, printing with a cold cache; undefined when it did not run. */
  pdf_s: number | undefined;
  /** The command check, which runs beside Astro (0 for the bare reference). */
  check_s: number;
  /** The `astro build` process, its link check and search index included. */
  astro_s: number;
  /** The link check and the search index, each on its own (they run side by side). */
  links_s: number;
  index_s: number;
  lessons_per_s: number;
  peak_rss_mb: number;
  /** CPU seconds of all stages (user + system, whole process tree). */
  cpu_s: number;
  /** The heaviest lesson page, gzip bytes (undefined for the bare reference). */
  page: PageCost | undefined;
  index_bytes: number;
  index_files: number;
  /** Builds made of this course (`--repeat`); the figures are the fastest one's. */
  runs: number;
}

export interface BuildPlan {
  course: CourseResult['course'];
  lessons: number;
  /** The project root to build in (the repository, or the bare project). */
  root: string;
  /** The course content root (unused by the bare reference). */
  contentDir: string;
  outDir: string;
  cacheDir: string;
  /** Whether the build prints the PDF handouts (into a fresh handout cache beside `outDir`). */
  pdfs: boolean;
}

const MB = 1024 * 1024;

/** Total size and count of the files under `dir`. */
async function dirSize(dir: string): Promise<{ bytes: number; files: number }> {
  if (!existsSync(dir)) return { bytes: 0, files: 0 };
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  let bytes = 0;
  let files = 0;
  for (const entry of entries.filter((item) => item.isFile())) {
    bytes += (await stat(path.join(entry.parentPath, entry.name))).size;
    files += 1;
  }
  return { bytes, files };
}

function failed(stage: string, run: StageRun): Error {
  const tail = run.lines
    .slice(-30)
    .map((line) => line.text)
    .join('\n');
  return new Error(`bench: ${stage} exited with ${run.code}:\n${tail}`);
}

/** Builds and measures the course described by `plan`. */
export async function measureCourse(plan: BuildPlan, repoRoot: string): Promise<CourseResult> {
  const node = process.execPath;
  const timingsFile = `${plan.outDir}.timings.jsonl`;
  const env = {
    ...process.env,
    COURSE_CONTENT_DIR: plan.contentDir,
    OUT_DIR: plan.outDir,
    CACHE_DIR: plan.cacheDir,
    NO_COLOR: '1',
    LINK_CHECK: 'warn',
    BUILD_TIMINGS: timingsFile,
    HANDOUTS: plan.pdfs ? 'on' : 'off',
    HANDOUTS_CACHE: `${plan.outDir}.handout-cache`,
  };
  const command =
    plan.course === 'bare'
      ? [path.join(repoRoot, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build']
      : [path.join(repoRoot, 'scripts', 'build.ts')];
  const build = await runStage(node, command, { cwd: plan.root, env });
  if (build.code !== 0) throw failed(`the build of ${plan.contentDir || plan.root}`, build);

  const timings = parseTimings(existsSync(timingsFile) ? await readFile(timingsFile, 'utf8') : '', timingsFile);
  const buildS = build.wallMs / 1000;
  const index = await dirSize(path.join(plan.outDir, 'pagefind'));
  const budget =
    plan.course === 'bare' ? undefined : await checkBudget(plan.outDir, (await readBuiltSite(plan.outDir)).base);
  const heaviest = budget?.costs.reduce<PageCost | undefined>(
    (max, cost) => (!max || cost.total > max.total ? cost : max),
    undefined,
  );
  const stages =
    plan.course === 'bare'
      ? { check: 0, astro: buildS, links: 0, index: requireStages(timings, ['index'], timingsFile).index }
      : requireStages(timings, ['check', 'astro', 'links', 'index'], timingsFile);
  const pdf = plan.pdfs ? requireStages(timings, ['pdf'], timingsFile).pdf : undefined;
  return {
    course: plan.course,
    lessons: plan.lessons,
    build_s: round(buildS),
    site_s: round(buildS - (pdf ?? 0)),
    pdf_s: pdf === undefined ? undefined : round(pdf),
    check_s: round(stages.check),
    astro_s: round(stages.astro),
    links_s: round(stages.links),
    index_s: round(stages.index),
    lessons_per_s: round(plan.lessons / (buildS - (pdf ?? 0))),
    peak_rss_mb: Math.round(build.peakRss / MB),
    cpu_s: round(build.cpuS),
    page: heaviest,
    index_bytes: index.bytes,
    index_files: index.files,
    runs: 1,
  };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
