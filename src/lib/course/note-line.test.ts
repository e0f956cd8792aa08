import { describe, expect, test } from 'vitest';
import { allAdded, toNoteLine } from './note-line.ts';

describe('toNoteLine', () => {
  test('returns the note’s own text unmarked and the course’s 덧붙임 marked', () => {
    expect(toNoteLine('docker ps로 봅니다.')).toEqual({ text: 'docker ps로 봅니다.', added: false });
    expect(toNoteLine({ 덧붙임: '-a를 붙입니다.' })).toEqual({ text: '-a를 붙입니다.', added: true });
  });
});

describe('allAdded', () => {
  test('returns true only for a list the course wrote whole', () => {
    expect(allAdded([toNoteLine({ 덧붙임: '가' }), toNoteLine({ 덧붙임: '나' })])).toBe(true);
    expect(allAdded([toNoteLine({ 덧붙임: '가' }), toNoteLine('나')])).toBe(false);
    expect(allAdded([])).toBe(false);
  });
});
