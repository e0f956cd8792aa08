import { describe, expect, test } from 'vitest';
import { englishBases } from './english.ts';

describe('englishBases', () => {
  test.each([
    ['containers', 'container'],
    ['images', 'image'],
    ['repositories', 'repository'],
    ['layers', 'layer'],
    ['stopped', 'stop'],
    ['started', 'start'],
    ['created', 'create'],
    ['using', 'use'],
    ['running', 'run'],
    ['tagging', 'tag'],
  ])('%s may stand for %s', (word, base) => {
    expect(englishBases(word)).toContain(base);
  });

  test('gives nothing for a word without such an ending, a short word or Hangul', () => {
    expect(englishBases('docker')).toEqual([]);
    expect(englishBases('class')).toEqual([]);
    expect(englishBases('is')).toEqual([]);
    expect(englishBases('컨테이너들')).toEqual([]);
  });
});
