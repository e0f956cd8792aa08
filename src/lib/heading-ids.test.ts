import { describe, expect, test } from 'vitest';
import { headingIds } from './heading-ids.ts';

describe('headingIds', () => {
  test('returns GitHub-style slugs, numbered when a heading text comes again, afresh for each lesson', () => {
    const id = headingIds();
    expect([id('Docker 설치'), id('Docker 설치'), id('CPU, RAM 사용량')]).toEqual([
      'docker-설치',
      'docker-설치-1',
      'cpu-ram-사용량',
    ]);
    expect(headingIds()('Docker 설치')).toBe('docker-설치');
  });
});
