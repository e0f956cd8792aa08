import { describe, expect, test } from 'vitest';
import type { CourseResult } from './measure-course.ts';
import { fastest } from './run-bench.ts';

function run(build_s: number, cpu_s: number): CourseResult {
  return { build_s, cpu_s } as CourseResult;
}

describe('fastest', () => {
  test('returns the run with the shortest build, whole', () => {
    expect(fastest([run(18.2, 24), run(14.2, 19.7), run(15.5, 21.3)])).toEqual(run(14.2, 19.7));
  });

  test('returns undefined when nothing was built', () => {
    expect(fastest([])).toBeUndefined();
  });
});
