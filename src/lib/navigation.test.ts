import { describe, expect, test } from 'vitest';
import { groupByPart, neighbours, readingOrder, type LessonInfo, type PartInfo } from './navigation.ts';

const parts: PartInfo[] = [
  { id: 'b', title: '둘째', order: 2, summary: 's' },
  { id: 'a', title: '첫째', order: 1, summary: 's' },
];

const lesson = (id: string, part: string, order: number): LessonInfo => ({
  id,
  title: id,
  description: id,
  part,
  order,
});

describe('groupByPart', () => {
  test('returns parts and their lessons sorted by order whatever the input order', () => {
    const groups = groupByPart(parts, [lesson('b2', 'b', 2), lesson('a1', 'a', 1), lesson('b1', 'b', 1)]);
    expect(groups.map((g) => [g.number, g.part.id, g.lessons.map((l) => l.id)])).toEqual([
      [1, 'a', ['a1']],
      [2, 'b', ['b1', 'b2']],
    ]);
  });

  test('throws naming the lesson file and the known parts when a part does not exist', () => {
    expect(() => groupByPart(parts, [lesson('x', 'nope', 1)])).toThrowErrorMatchingInlineSnapshot(
      `[Error: content/lessons/x/index.mdx: frontmatter "part" is "nope", which is not in content/parts.yaml. Use one of: a, b.]`,
    );
  });
});

describe('groupByPart with duplicate orders', () => {
  test('throws naming both lesson files when two lessons of a part share an order', () => {
    expect(() => groupByPart(parts, [lesson('a1', 'a', 1), lesson('a2', 'a', 1)])).toThrowErrorMatchingInlineSnapshot(
      `[Error: content/lessons/a2/index.mdx: frontmatter "order" is 1, which content/lessons/a1/index.mdx already uses in part "a". Give each lesson of a part its own order.]`,
    );
  });

  test('accepts the same order in different parts', () => {
    expect(() => groupByPart(parts, [lesson('a1', 'a', 1), lesson('b1', 'b', 1)])).not.toThrow();
  });
});

describe('neighbours', () => {
  const ordered = readingOrder(groupByPart(parts, [lesson('b1', 'b', 1), lesson('a1', 'a', 1), lesson('a2', 'a', 2)]));

  test('returns the previous and next lesson across part boundaries', () => {
    expect(neighbours(ordered, 'a2')).toEqual({ previous: ordered[0], next: ordered[2] });
  });

  test('returns no previous lesson for the first and no next lesson for the last', () => {
    expect(neighbours(ordered, 'a1').previous).toBeUndefined();
    expect(neighbours(ordered, 'b1').next).toBeUndefined();
  });
});
