import { describe, expect, test } from 'vitest';
import { jsonLine, table, verdicts } from './report.ts';
import type { CourseResult } from './measure-course.ts';

function result(course: CourseResult['course'], lessons: number, build: number): CourseResult {
  return {
    course,
    lessons,
    build_s: build,
    site_s: build,
    pdf_s: undefined,
    check_s: course === 'bare' ? 0 : 1,
    astro_s: build - 2,
    links_s: 0.2,
    index_s: 1,
    lessons_per_s: lessons / build,
    peak_rss_mb: 700,
    cpu_s: build * 1.5,
    page:
      course === 'bare'
        ? undefined
        : {
            page: 'lessons/a/index.html',
            html: 5120,
            css: 4096,
            js: 1024,
            inlineJs: 512,
            fonts: 0,
            total: 9728,
            assets: [],
          },
    index_bytes: 2048,
    index_files: 3,
    runs: 1,
  };
}

describe('jsonLine', () => {
  test('returns one JSON object with the fields issue 8 asks for', () => {
    const parsed = JSON.parse(jsonLine(result('synthetic', 100, 10))) as Record<string, unknown>;
    expect(parsed).toMatchObject({
      lessons: 100,
      build_s: 10,
      peak_rss_mb: 700,
      check_s: 1,
      astro_s: 8,
      index_s: 1,
      html_kb: 5,
      total_kb: 9.5,
      index_kb: 2,
    });
  });
});

describe('table', () => {
  test('returns a header, a rule and one row per result', () => {
    const lines = table([result('real', 16, 8), result('bare', 16, 4)]).split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[2]).toMatch(/^real\s+16\s+8\.0\s+8\.0\s+-\s+1\.0/u);
    expect(lines[3]).toMatch(/^bare\s+16\s+4\.0\s+4\.0\s+-\s+-/u);
  });
});

describe('verdicts', () => {
  test('returns the ratio to the bare build, the growth and the memory verdicts', () => {
    const results = [
      result('real', 16, 8),
      result('synthetic', 100, 20),
      result('bare', 100, 8),
      result('synthetic', 1000, 150),
      result('bare', 1000, 60),
    ];
    expect(verdicts(results)).toMatchInlineSnapshot(`
      [
        "100 lessons: 2.50× the bare build (20.0 s vs 8.0 s; CPU 2.50×; target ≤ 2×) OVER",
        "1000 lessons: 2.50× the bare build (150.0 s vs 60.0 s; CPU 2.50×; target ≤ 2×) OVER",
        "16 → 100 lessons: 143 ms (CPU 214 ms) per added lesson; 6.3× the lessons took 2.5× the time",
        "100 → 1000 lessons: 144 ms (CPU 217 ms) per added lesson; 10.0× the lessons took 7.5× the time",
        "CPU cost per added lesson changes 1.01× from the smallest to the largest step (1.0 = linear) OK",
        "peak memory 700 MB (target < 2048 MB) OK",
        "real course (16 lessons): site 8.0 s (target < 15 s) OK",
      ]
    `);
  });

  test('compares the site stages only and reports the PDF step on its own', () => {
    const results = [{ ...result('real', 23, 25), site_s: 3, pdf_s: 22 }, result('bare', 23, 1.5)];
    expect(verdicts(results)).toEqual([
      '23 lessons: 2.00× the bare build (3.0 s vs 1.5 s, PDF step left out; CPU includes it; CPU 16.67×; target ≤ 2×) OK',
      'peak memory 700 MB (target < 2048 MB) OK',
      'real course (23 lessons): site 3.0 s (target < 15 s) OK',
      'real course PDF handouts: 22.0 s on their own, every PDF printed (cold cache)',
    ]);
  });

  test('says how many builds the figures are the fastest of', () => {
    const results = [
      { ...result('synthetic', 1000, 15), runs: 3 },
      { ...result('bare', 1000, 8), runs: 3 },
    ];
    expect(verdicts(results)[0]).toBe(
      '1000 lessons: 1.88× the bare build (15.0 s vs 8.0 s, fastest of 3 builds each; CPU 1.88×; target ≤ 2×) OK',
    );
  });
});
