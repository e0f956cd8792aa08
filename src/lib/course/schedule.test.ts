import { describe, expect, test } from 'vitest';
import { clock, isoDuration, lessonMinutes, partSchedule } from './schedule.ts';

describe('lessonMinutes', () => {
  test('returns teaching plus exercises, a missing one counted as 0', () => {
    expect(lessonMinutes({ teaching: 15, exercises: 10 })).toBe(25);
    expect(lessonMinutes({ teaching: 15 })).toBe(15);
    expect(lessonMinutes({})).toBe(0);
  });
});

describe('partSchedule', () => {
  test('returns start times cumulated from 0 and the part total', () => {
    const lessons = [
      { id: 'a', teaching: 20, exercises: 10 },
      { id: 'b', teaching: 15, exercises: 0 },
      { id: 'c', teaching: 25, exercises: 20 },
    ];
    const { rows, total } = partSchedule(lessons);
    expect(rows.map((row) => [row.lesson.id, row.start, row.minutes])).toEqual([
      ['a', 0, 30],
      ['b', 30, 15],
      ['c', 45, 45],
    ]);
    expect(total).toBe(90);
  });

  test('returns no rows and a total of 0 for a part without lessons', () => {
    expect(partSchedule([])).toEqual({ rows: [], total: 0 });
  });
});

describe('clock', () => {
  test.each([
    [0, '0:00'],
    [5, '0:05'],
    [65, '1:05'],
    [600, '10:00'],
  ])('returns %i minutes as %s', (minutes, expected) => {
    expect(clock(minutes)).toBe(expected);
  });
});

describe('isoDuration', () => {
  test.each([
    [0, 'PT0M'],
    [25, 'PT25M'],
    [60, 'PT1H'],
    [95, 'PT1H35M'],
  ])('returns %i minutes as %s', (minutes, expected) => {
    expect(isoDuration(minutes)).toBe(expected);
  });
});
