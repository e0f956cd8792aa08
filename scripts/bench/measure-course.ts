/**
 * Builds one course with the full pipeline, exactly as `npm run build` does (scripts/build.ts: the
 * command check beside Astro, then the link check beside the search index), or the bare reference
 * with `astro build`, and measures it.
 */
import { existsSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { runStage, type StageRun } from './run.ts';
import { stageSeconds } from './stages.ts';
import { parseBuildSummary } from '../lib/build-summary.ts';
import { checkBudget } from './budget-report.ts';
import type { PageCost } from './page-cost.ts';

export interface CourseResult {
  course: 'real' | 'synthetic' | 'bare';
  lessons: number;
  build_s: number;
  /** The command check, which runs beside Astro (0 for the bare reference). */
  check_s: number;
  /** True when the build printed no summary line with the check's time. */
  check_skipped: boolean;
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
  const env = {
    ...process.env,
    COURSE_CONTENT_DIR: plan.contentDir,
    OUT_DIR: plan.outDir,
    CACHE_DIR: plan.cacheDir,
    NO_COLOR: '1',
    LINK_CHECK: 'warn',
  };
  const command =
    plan.course === 'bare'
      ? [path.join(repoRoot, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build']
      : [path.join(repoRoot, 'scripts', 'build.ts')];
  const build = await runStage(node, command, { cwd: plan.root, env });
  if (build.code !== 0) throw failed(`the build of ${plan.contentDir || plan.root}`, build);

  const summary = build.lines.map((line) => parseBuildSummary(line.text)).find((found) => found !== undefined);
  const buildS = build.wallMs / 1000;
  const index = await dirSize(path.join(plan.outDir, 'pagefind'));
  const budget = plan.course === 'bare' ? undefined : await checkBudget(plan.outDir, process.env['BASE_PATH'] ?? '/');
  const heaviest = budget?.costs.reduce<PageCost | undefined>(
    (max, cost) => (!max || cost.total > max.total ? cost : max),
    undefined,
  );
  return {
    course: plan.course,
    lessons: plan.lessons,
    build_s: round(buildS),
    check_s: summary?.check ?? 0,
    check_skipped: plan.course !== 'bare' && !summary,
    astro_s: summary?.astro ?? round(buildS),
    links_s: stageSeconds(build.lines, 'course:link-check'),
    index_s: stageSeconds(build.lines, plan.course === 'bare' ? 'bare:pagefind' : 'course:pagefind'),
    lessons_per_s: round(plan.lessons / buildS),
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
