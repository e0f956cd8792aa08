/**
 * The benchmark's steps: for each course size, write the course (or use the real one), build and
 * measure it, then write and build the bare reference of the same size.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { BenchArgs } from './args.ts';
import { writeBareProject } from './bare.ts';
import { measureCourse, type CourseResult } from './measure-course.ts';
import { readLessons, synthesizeCourse } from './synthesize.ts';
import { makeShadowRoot } from './shadow.ts';

/** The fastest of several builds of one course: the run least disturbed by anything else on the machine. */
export function fastest(runs: readonly CourseResult[]): CourseResult | undefined {
  return runs.reduce<CourseResult | undefined>(
    (best, run) => (!best || run.build_s < best.build_s ? run : best),
    undefined,
  );
}

/** Runs the benchmark; `onResult` hears of each result as soon as it is measured. */
export async function runBench(
  args: BenchArgs,
  repoRoot: string,
  realContent: string,
  onResult: (result: CourseResult) => void,
  log: (line: string) => void,
): Promise<CourseResult[]> {
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'course-bench-'));
  const results: CourseResult[] = [];
  const record = (result: CourseResult): void => {
    results.push(result);
    onResult(result);
  };
  try {
    const project = path.join(tmp, 'project');
    await makeShadowRoot(repoRoot, project);
    const real = await readLessons(realContent);
    for (const size of args.sizes) {
      const work = path.join(tmp, size === 0 ? 'real' : `course-${size}`);
      await mkdir(work, { recursive: true });
      let contentDir = realContent;
      let lessons = real.map((lesson) => ({ slug: lesson.slug, text: lesson.text }));
      if (size > 0) {
        contentDir = path.join(work, 'content');
        log(`writing a ${size}-lesson course into ${contentDir}`);
        const plan = await synthesizeCourse(realContent, contentDir, size);
        const texts = new Map(real.map((lesson) => [lesson.slug, lesson.text]));
        lessons = plan.map((lesson) => ({ slug: lesson.slug, text: texts.get(lesson.source) ?? '' }));
      }
      const bareRoot = path.join(work, 'bare');
      if (args.bare) await writeBareProject(bareRoot, repoRoot, lessons);
      const course: CourseResult[] = [];
      const bare: CourseResult[] = [];
      // Course and bare reference in turn, each run in fresh output and cache folders (no warm cache).
      for (let run = 1; run <= args.repeat; run += 1) {
        const of = args.repeat > 1 ? ` (run ${run} of ${args.repeat})` : '';
        log(`building the ${size === 0 ? 'real' : size}-lesson course${of}`);
        course.push(
          await measureCourse(
            {
              course: size === 0 ? 'real' : 'synthetic',
              lessons: lessons.length,
              root: project,
              contentDir,
              outDir: path.join(work, `dist-${run}`),
              cacheDir: path.join(work, `cache-${run}`),
              // Printing 1,000 lessons is not what the site stages are measured on: the real course only.
              pdfs: args.pdf && size === 0,
            },
            project,
          ),
        );
        if (!args.bare) continue;
        log(`building the bare reference of ${lessons.length} plain MDX pages${of}`);
        bare.push(
          await measureCourse(
            {
              course: 'bare',
              lessons: lessons.length,
              root: bareRoot,
              contentDir: '',
              outDir: path.join(bareRoot, `dist-${run}`),
              cacheDir: path.join(bareRoot, `.cache-${run}`),
              pdfs: false,
            },
            repoRoot,
          ),
        );
      }
      for (const runs of [course, bare]) {
        const best = fastest(runs);
        if (best) record({ ...best, runs: runs.length });
      }
    }
  } finally {
    if (args.keep) log(`kept the courses and builds in ${tmp}`);
    else await rm(tmp, { recursive: true, force: true });
  }
  return results;
}
