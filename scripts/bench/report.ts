/**
 * The benchmark's output: a table for people, one JSON object per line for machines, and the
 * targets of issue 8 (the ratio to the bare reference, linear growth, memory).
 */
import type { CourseResult } from './measure-course.ts';

const KB = 1024;

/** The result as one flat JSON line (sizes in KB with one decimal). */
export function jsonLine(result: CourseResult): string {
  const { page, ...rest } = result;
  const kb = (bytes: number | undefined): number | null =>
    bytes === undefined ? null : Math.round((bytes / KB) * 10) / 10;
  return JSON.stringify({
    ...rest,
    page: page?.page ?? null,
    html_kb: kb(page?.html),
    css_kb: kb(page?.css),
    js_kb: kb(page?.js),
    font_kb: kb(page?.fonts),
    total_kb: kb(page?.total),
    index_kb: kb(result.index_bytes),
  });
}

const COLUMNS: readonly [string, (result: CourseResult) => string][] = [
  ['course', (r) => r.course],
  ['lessons', (r) => String(r.lessons)],
  ['build s', (r) => r.build_s.toFixed(1)],
  ['site s', (r) => r.site_s.toFixed(1)],
  ['PDF s', (r) => (r.pdf_s === undefined ? '-' : r.pdf_s.toFixed(1))],
  ['check s', (r) => (r.course === 'bare' ? '-' : r.check_s.toFixed(1))],
  ['astro s', (r) => r.astro_s.toFixed(1)],
  ['links s', (r) => (r.course === 'bare' ? '-' : r.links_s.toFixed(2))],
  ['index s', (r) => r.index_s.toFixed(1)],
  ['lessons/s', (r) => r.lessons_per_s.toFixed(1)],
  ['CPU s', (r) => r.cpu_s.toFixed(1)],
  ['peak MB', (r) => String(r.peak_rss_mb)],
  [
    'page KB gz (html/css/js/font = all)',
    (r) =>
      r.page
        ? [r.page.html, r.page.css, r.page.js, r.page.fonts].map((b) => (b / KB).toFixed(1)).join('/') +
          ` = ${(r.page.total / KB).toFixed(1)}`
        : '-',
  ],
  ['index KB (files)', (r) => `${Math.round(r.index_bytes / KB)} (${r.index_files})`],
];

/** A plain-text table of `results`, one row each. */
export function table(results: readonly CourseResult[]): string {
  const rows = [COLUMNS.map(([name]) => name), ...results.map((result) => COLUMNS.map(([, cell]) => cell(result)))];
  const widths = COLUMNS.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  const line = (row: readonly string[]): string =>
    row
      .map((cell, column) => (column < 2 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0)))
      .join('  ');
  return [line(rows[0] ?? []), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.slice(1).map(line)].join(
    '\n',
  );
}

/** What the results say about issue 8's targets, one sentence a line. */
export function verdicts(results: readonly CourseResult[]): string[] {
  const ours = results.filter((result) => result.course !== 'bare');
  const out: string[] = [];
  for (const result of ours) {
    const bare = results.find((other) => other.course === 'bare' && other.lessons === result.lessons);
    if (bare) {
      // The site stages only: the PDF step has no counterpart in the bare build and is reported on its own.
      const ratio = result.site_s / bare.site_s;
      const cpu = result.cpu_s / bare.cpu_s;
      const runs = result.runs > 1 ? `, fastest of ${result.runs} builds each` : '';
      const pdf = result.pdf_s === undefined ? '' : ', PDF step left out; CPU includes it';
      out.push(
        `${result.lessons} lessons: ${ratio.toFixed(2)}× the bare build (${result.site_s.toFixed(1)} s vs ${bare.site_s.toFixed(1)} s${runs}${pdf}; CPU ${cpu.toFixed(2)}×; target ≤ 2×) ${ratio <= 2 ? 'OK' : 'OVER'}`,
      );
    }
  }
  const sorted = [...ours].sort((a, b) => a.lessons - b.lessons);
  for (let index = 1; index < sorted.length; index += 1) {
    const [small, large] = [sorted[index - 1] as CourseResult, sorted[index] as CourseResult];
    const added = large.lessons - small.lessons;
    const wall = ((large.build_s - small.build_s) / added) * 1000;
    const cpu = ((large.cpu_s - small.cpu_s) / added) * 1000;
    out.push(
      `${small.lessons} → ${large.lessons} lessons: ${wall.toFixed(0)} ms (CPU ${cpu.toFixed(0)} ms) per added lesson; ${(large.lessons / small.lessons).toFixed(1)}× the lessons took ${(large.build_s / small.build_s).toFixed(1)}× the time`,
    );
  }
  if (sorted.length >= 3) {
    // CPU time rather than wall time: it is what grows with the work, whatever else the machine runs.
    const slopes = sorted.slice(1).map((large, index) => {
      const small = sorted[index] as CourseResult;
      return (large.cpu_s - small.cpu_s) / (large.lessons - small.lessons);
    });
    const growth = (slopes.at(-1) ?? 0) / (slopes[0] || 1);
    out.push(
      `CPU cost per added lesson changes ${growth.toFixed(2)}× from the smallest to the largest step (1.0 = linear) ${growth <= 1.5 ? 'OK' : 'SUPERLINEAR'}`,
    );
  }
  const peak = Math.max(...results.map((result) => result.peak_rss_mb));
  out.push(`peak memory ${peak} MB (target < 2048 MB) ${peak < 2048 ? 'OK' : 'OVER'}`);
  const real = results.find((result) => result.course === 'real');
  if (real) {
    out.push(
      `real course (${real.lessons} lessons): site ${real.site_s.toFixed(1)} s (target < 15 s) ${real.site_s < 15 ? 'OK' : 'OVER'}`,
    );
    if (real.pdf_s !== undefined)
      out.push(`real course PDF handouts: ${real.pdf_s.toFixed(1)} s on their own, every PDF printed (cold cache)`);
  }
  return out;
}
