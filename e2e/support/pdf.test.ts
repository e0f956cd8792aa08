import { describe, expect, test } from 'vitest';
import { joinLines } from './pdf.ts';

const item = (str: string, x: number, y: number): { str: string; transform: number[] } => ({
  str,
  transform: [1, 0, 0, 1, x, y],
});

describe('joinLines', () => {
  test('returns lines top to bottom, pieces left to right, a baseline off by a point kept on its line', () => {
    expect(
      joinLines([
        item('아래 줄', 10, 100),
        item('docker', 10, 120),
        item(' run ', 50, 120.8),
        item('<이름>', 80, 120),
        item('', 0, 90),
      ]),
    ).toEqual(['docker run <이름>', '아래 줄']);
  });
});
