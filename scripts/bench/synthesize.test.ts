import { describe, expect, test } from 'vitest';
import { planCourse, rewriteFrontmatter } from './synthesize.ts';

describe('planCourse', () => {
  const sources = [
    { slug: 'install-docker', part: 'setup' },
    { slug: 'image-layers', part: 'images-containers' },
  ];

  test('returns the real lessons first, then copies with new slugs spread over the parts', () => {
    expect(planCourse(sources, ['setup', 'virtualization', 'images-containers'], 5)).toEqual([
      { slug: 'install-docker', source: 'install-docker', part: 'setup', order: 1 },
      { slug: 'image-layers', source: 'image-layers', part: 'images-containers', order: 1 },
      { slug: 'install-docker-0002', source: 'install-docker', part: 'images-containers', order: 2 },
      { slug: 'image-layers-0003', source: 'image-layers', part: 'setup', order: 2 },
      { slug: 'install-docker-0004', source: 'install-docker', part: 'virtualization', order: 1 },
    ]);
  });

  test('returns unique slugs and unique orders within each part for a large course', () => {
    const plan = planCourse(sources, ['a', 'b', 'c'], 1000);
    expect(new Set(plan.map((lesson) => lesson.slug)).size).toBe(1000);
    expect(new Set(plan.map((lesson) => `${lesson.part}/${lesson.order}`)).size).toBe(1000);
  });

  test('throws when there is nothing to copy', () => {
    expect(() => planCourse([], ['a'], 3)).toThrowErrorMatchingInlineSnapshot(
      `[Error: planCourse: the course has no lessons or no parts to copy from]`,
    );
  });
});

describe('rewriteFrontmatter', () => {
  test('returns the lesson with part and order replaced in the frontmatter only', () => {
    const text = '---\ntitle: a\npart: setup\norder: 3\n---\n\norder: 3 stays in the body\n';
    expect(rewriteFrontmatter(text, { part: 'commands', order: 12 })).toBe(
      '---\ntitle: a\npart: commands\norder: 12\n---\n\norder: 3 stays in the body\n',
    );
  });

  test('throws when the lesson has no frontmatter', () => {
    expect(() => rewriteFrontmatter('# a\n', { part: 'a', order: 1 })).toThrow(/no frontmatter/u);
  });
});
