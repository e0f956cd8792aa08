import { describe, expect, test } from 'vitest';
import { codeMarks } from './code-marks.ts';

describe('codeMarks', () => {
  test('returns prompt and placeholder marks and output lines of a console block', () => {
    const result = codeMarks('$ docker search 이미지\nNAME  DESCRIPTION', 'console');
    expect(result.kind).toBe('session');
    expect(result.marks.get(0)).toEqual([
      { start: 0, end: 2, kind: 'prompt' },
      { start: 16, end: 19, kind: 'placeholder' },
    ]);
    expect([...result.output]).toEqual([1]);
    expect(result.copy).toBe('docker search 이미지');
  });

  test('returns placeholders of a bash script but none in its comments', () => {
    const result = codeMarks('# IMAGE 지우기\ndocker rmi IMAGE', 'bash');
    expect(result.kind).toBe('script');
    expect(result.marks.has(0)).toBe(false);
    expect(result.marks.get(1)).toEqual([{ start: 11, end: 16, kind: 'placeholder' }]);
  });

  test('treats an unlabelled block with `$` prompts as a session', () => {
    expect(codeMarks('$ docker ps -a', 'plaintext').kind).toBe('session');
  });

  test('treats a text block whose only prompts are `# ` as text, copied whole', () => {
    const result = codeMarks('# docker ps -a', 'text');
    expect(result.kind).toBe('other');
    expect(result.copy).toBe('# docker ps -a');
  });

  test('marks every line of expected output and copies nothing', () => {
    const result = codeMarks('CONTAINER ID   IMAGE\nabc123   nginx', 'text', 'output');
    expect(result.kind).toBe('output');
    expect([...result.output]).toEqual([0, 1]);
    expect(result.copy).toBe('');
  });

  test('marks the placeholders of a synopsis and copies nothing', () => {
    const result = codeMarks('docker rmi 이미지이름[:태그] or ImageID', 'sh', 'synopsis');
    expect(result.kind).toBe('synopsis');
    expect(result.marks.get(0)).toEqual([{ start: 11, end: 32, kind: 'placeholder' }]);
    expect(result.copy).toBe('');
  });

  test('marks nothing in a Dockerfile', () => {
    const result = codeMarks('FROM mysql:5.7\nEXPOSE 3306', 'dockerfile');
    expect(result.marks.size).toBe(0);
    expect(result.copy).toBe('FROM mysql:5.7\nEXPOSE 3306');
  });
});
