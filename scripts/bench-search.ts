/**
 * `npm run bench:search`: index size, bytes a search downloads, and keystroke-to-results time for the
 * built site in DIST_DIR (default dist/), or with BENCH_LESSONS=1000 for a synthetic course of that
 * many lessons built first. A benchmark, not a test: it prints figures and fails only when it cannot measure.
 */
import path from 'node:path';
import { measureSearch } from './bench-search/measure.ts';
import { buildSyntheticCourse } from './bench-search/synthetic.ts';

const QUERIES = [
  '이미지를 지우는 법',
  '도커허브',
  'docker exec',
  '컨테이너를 실행하려면',
  '우분투',
  '가상 머신과 컨테이너 차이',
];

const repoRoot = path.resolve(import.meta.dirname, '..');
const lessons = Number(process.env['BENCH_LESSONS'] ?? 0);
const site =
  lessons > 0
    ? await buildSyntheticCourse(path.resolve(process.env['COURSE_CONTENT_DIR'] ?? 'content'), lessons, repoRoot)
    : path.resolve(process.env['DIST_DIR'] ?? 'dist');
const lesson = process.env['BENCH_LESSON'] ?? 'lessons/install-docker/';
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

try {
  const figures = await measureSearch(site, QUERIES, lesson);
  console.log(`site: ${site} (${figures.pages} indexed pages)`);
  console.log(`index on disk: ${kb(figures.indexBytes)} (pagefind/ without its UI scripts)`);
  console.log(
    `opening search downloads: ${kb(figures.openBytes)} (${kb(figures.openGzipBytes)} with gzip on JS/CSS/JSON)`,
  );
  for (const { query, bytes, ms } of figures.queries)
    console.log(`  ${query}: ${ms} ms to first result, ${kb(bytes)} downloaded`);
  const times = figures.queries.map((item) => item.ms).sort((a, b) => a - b);
  console.log(
    `keystroke to first result: median ${times[Math.floor(times.length / 2)] ?? 0} ms, max ${times.at(-1) ?? 0} ms`,
  );
} catch (error) {
  console.error(`${site}:1:1 error bench-search/failed ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
