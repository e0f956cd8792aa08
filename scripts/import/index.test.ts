import { describe, expect, test } from 'vitest';
import { importNote, type ImportOptions } from './index.ts';

const options: ImportOptions = {
  file: '005_note.txt',
  parts: ['setup', 'commands'],
  lessons: [
    { slug: 'install-docker', part: 'setup', order: 1 },
    { slug: 'docker-volumes', part: 'setup', order: 2 },
  ],
  glossary: [],
  imageExists: () => false,
  part: 'setup',
};

describe('importNote', () => {
  test('returns the next free order in the part and a slug from the title', () => {
    const result = importNote('# Docker Volume 정리\n\n볼륨은 데이터를 보존합니다.', options);
    expect(result.slug).toBe('docker-volume');
    expect(result.frontmatter).toMatchObject({
      title: 'Docker Volume 정리',
      part: 'setup',
      order: 3,
      sources: ['notes/005_note.txt'],
    });
    expect(result.lost).toEqual([]);
  });

  test('returns the order a lesson already has when it is imported over itself', () => {
    expect(importNote('# Docker Volumes\n\n본문입니다.', options).frontmatter.order).toBe(2);
  });

  test('returns an order-taken issue when --order collides with another lesson', () => {
    const result = importNote('본문입니다.', { ...options, order: 1 });
    expect(result.issues).toContainEqual({
      line: 1,
      rule: 'order-taken',
      message: 'order 1 in part setup is already lesson install-docker; pick a free --order',
    });
  });

  test('throws naming the accepted parts when the part is unknown', () => {
    expect(() => importNote('x', { ...options, part: 'nope' })).toThrow(
      'part "nope" is not in parts.yaml; use one of: setup, commands',
    );
  });

  test('returns stray-line and pending-screenshot issues for lines that need a person', () => {
    const result = importNote('## 실습\n\n![화면](shot.png)\n\n9:20', options);
    expect(result.issues.map((issue) => [issue.line, issue.rule])).toEqual([
      [3, 'pending-screenshot'],
      [5, 'stray-line'],
    ]);
  });
});
