/**
 * Builds one course with the full pipeline (command check, Astro with link check and search index)
 * or the bare reference, and measures it.
 */
import { existsSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { runStage, type StageRun } from './run.ts';
import { indexSeconds, linkCheckSeconds } from './stages.ts';
import { checkBudget } from './budget-report.ts';
import type { PageCost } from './page-cost.ts';

export interface CourseResult {
  course: 'real' | 'synthetic' | 'bare';
  lessons: number;
  build_s: number;
  check_s: number;
  /** True when scripts/check-commands.ts did not exist and the stage was skipped. */
  check_skipped: boolean;
  /** Astro's own work: the Astro process minus the search index. */
  astro_s: number;
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
  const checker = path.join(repoRoot, 'scripts', 'check-commands.ts');
  let check: StageRun | undefined;
  if (plan.course !== 'bare' && existsSync(checker)) {
    check = await runStage(node, [checker, plan.contentDir], { cwd: repoRoot, env });
    if (check.code !== 0) throw failed(`the command check of ${plan.contentDir}`, check);
  }
  const astroBin = path.join(repoRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const astro = await runStage(node, [astroBin, 'build'], { cwd: plan.root, env });
  if (astro.code !== 0) throw failed(`astro build of ${plan.contentDir}`, astro);

  const checkS = (check?.wallMs ?? 0) / 1000;
  const indexS = indexSeconds(astro.lines);
  const buildS = checkS + astro.wallMs / 1000;
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
    check_s: round(checkS),
    check_skipped: plan.course !== 'bare' && !check,
    astro_s: round(astro.wallMs / 1000 - indexS),
    links_s: round(linkCheckSeconds(astro.lines)),
    index_s: round(indexS),
    lessons_per_s: round(plan.lessons / buildS),
    peak_rss_mb: Math.round(Math.max(check?.peakRss ?? 0, astro.peakRss) / MB),
    cpu_s: round((check?.cpuS ?? 0) + astro.cpuS),
    page: heaviest,
    index_bytes: index.bytes,
    index_files: index.files,
  };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
