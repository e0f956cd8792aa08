import { describe, expect, test } from 'vitest';
import { exerciseAnchor, exerciseLabel, noteAnchor, placeOf } from './exercise.ts';

describe('exerciseLabel', () => {
  test('returns 실습 and the number, or 실습 alone without one', () => {
    expect(exerciseLabel('6-2')).toBe('실습 6-2');
    expect(exerciseLabel(undefined)).toBe('실습');
  });
});

describe('exerciseAnchor', () => {
  test('returns an id from the number, or from the place in the lesson without one', () => {
    expect(exerciseAnchor('6-2', 2)).toBe('exercise-6-2');
    expect(exerciseAnchor(undefined, '3')).toBe('exercise-3');
  });
});

describe('noteAnchor', () => {
  test('returns an id from the lesson and the place of the note in it', () => {
    expect(noteAnchor('docker-run', '2')).toBe('note-docker-run-2');
  });
});

describe('placeOf', () => {
  test.each([
    ['1', 1],
    ['12', 12],
    [undefined, 0],
    ['0', 0],
    ['x', 0],
    ['1.5', 0],
  ])('returns %j as %i', (value, expected) => {
    expect(placeOf(value)).toBe(expected);
  });
});
