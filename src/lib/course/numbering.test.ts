import { describe, expect, test } from 'vitest';
import { exerciseNumber, exercisePlaces } from './numbering.ts';

const parts = [
  { number: 1, lessons: [{ id: 'a' }, { id: 'b' }, { id: 'c' }] },
  { number: 2, lessons: [{ id: 'd' }, { id: 'e' }] },
];
const counts: Record<string, number> = { a: 2, b: 0, c: 3, d: 1, e: 2 };

describe('exercisePlaces', () => {
  test('returns each lesson the exercises of its part before it, starting again in each part', () => {
    const places = exercisePlaces(parts, (id) => counts[id] ?? 0);
    expect(Object.fromEntries(places)).toEqual({
      a: { part: 1, before: 0 },
      b: { part: 1, before: 2 },
      c: { part: 1, before: 2 },
      d: { part: 2, before: 0 },
      e: { part: 2, before: 1 },
    });
  });
});

describe('exerciseNumber', () => {
  test.each([
    [{ part: 1, before: 0 }, 1, '1-1'],
    [{ part: 1, before: 2 }, 3, '1-5'],
    [{ part: 6, before: 1 }, 1, '6-2'],
  ])('returns the part and the place in it for %j, exercise %i', (place, n, expected) => {
    expect(exerciseNumber(place, n)).toBe(expected);
  });
});
