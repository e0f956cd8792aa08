import { describe, expect, test } from 'vitest';
import { formatProblem } from './format.ts';
import type { Problem } from './check.ts';

const problem: Problem = {
  page: 'lessons/a/index.html',
  line: 40,
  link: '/lessons/b/',
  rule: 'missing-file',
  message: 'link /lessons/b/ goes nowhere',
};

describe('formatProblem', () => {
  test('returns the lesson source position when the page is a lesson', () => {
    const sources: Record<string, string> = { 'content/lessons/a/index.mdx': '---\n---\n[b](/lessons/b/)\n' };
    expect(formatProblem(problem, { outDir: 'dist', contentDir: 'content', readSource: (file) => sources[file] })).toBe(
      'content/lessons/a/index.mdx:3:5 error link/missing-file link /lessons/b/ goes nowhere',
    );
  });

  test('returns the built page and line when the page has no source', () => {
    expect(
      formatProblem(
        { ...problem, page: 'index.html' },
        { outDir: 'dist/', contentDir: 'content', readSource: () => undefined },
      ),
    ).toBe('dist/index.html:40:1 error link/missing-file link /lessons/b/ goes nowhere');
  });
});
