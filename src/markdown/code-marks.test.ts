import { describe, expect, test } from 'vitest';
import { codeMarks, parseFenceMeta } from './code-marks.ts';

describe('codeMarks', () => {
  test('returns prompt and placeholder marks and output lines of a console block', () => {
    const result = codeMarks('$ docker search 이미지\nNAME  DESCRIPTION', 'console');
    expect(result.session).toBe(true);
    expect(result.marks.get(0)).toEqual([
      { start: 0, end: 2, kind: 'prompt' },
      { start: 16, end: 19, kind: 'placeholder' },
    ]);
    expect([...result.output]).toEqual([1]);
    expect(result.copy).toBe('docker search 이미지');
  });

  test('returns placeholders of a bash script but none in its comments', () => {
    const result = codeMarks('# IMAGE 지우기\ndocker rmi IMAGE', 'bash');
    expect(result.session).toBe(false);
    expect(result.marks.has(0)).toBe(false);
    expect(result.marks.get(1)).toEqual([{ start: 11, end: 16, kind: 'placeholder' }]);
  });

  test('treats an unlabelled block with prompts as a session', () => {
    expect(codeMarks('# docker ps -a', 'plaintext').session).toBe(true);
  });

  test('marks nothing in a Dockerfile', () => {
    const result = codeMarks('FROM mysql:5.7\nEXPOSE 3306', 'dockerfile');
    expect(result.marks.size).toBe(0);
    expect(result.copy).toBe('FROM mysql:5.7\nEXPOSE 3306');
  });
});

describe('parseFenceMeta', () => {
  test.each([
    [
      'expect-error="이름이 없습니다" title=\'x\'',
      [
        ['expect-error', '이름이 없습니다'],
        ['title', 'x'],
      ],
    ],
    ['nocheck', [['nocheck', '']]],
    [
      'mark=3 nocheck="Docker Desktop 전용"',
      [
        ['mark', '3'],
        ['nocheck', 'Docker Desktop 전용'],
      ],
    ],
    ['', []],
  ])('returns the attributes of %j', (meta, entries) => {
    expect([...parseFenceMeta(meta)]).toEqual(entries);
  });

  test('returns the first value when a key repeats', () => {
    expect(parseFenceMeta('a=1 a=2').get('a')).toBe('1');
  });
});
