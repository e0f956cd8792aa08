import { describe, expect, test } from 'vitest';
import { lessonsBeforeSummaries, summarizedLesson, summaryAnchor, type Answer } from './summaries.ts';

const same = (answer: Answer): Answer => answer;
const lesson = (id: string): Answer => ({ url: `/base/lessons/${id}/`, anchor: '' });
const summary = (id: string): Answer => ({ url: '/base/keypoints/', anchor: summaryAnchor(id) });

describe('summaryAnchor and summarizedLesson', () => {
  test('name the lesson a key-points section sums up, and nothing for another anchor', () => {
    expect(summarizedLesson(summaryAnchor('docker-run'))).toBe('docker-run');
    expect(summarizedLesson('install-on-rocky')).toBeUndefined();
  });
});

describe('lessonsBeforeSummaries', () => {
  test('moves a summary ranked above its lesson to just after the lesson', () => {
    const ranked = [summary('b'), lesson('a'), lesson('b'), lesson('c')];
    expect(lessonsBeforeSummaries(ranked, same)).toEqual([lesson('a'), lesson('b'), summary('b'), lesson('c')]);
  });

  test('keeps a summary whose lesson is not among the results, or is already above it, where it is', () => {
    const ranked = [summary('z'), lesson('a'), summary('a')];
    expect(lessonsBeforeSummaries(ranked, same)).toEqual(ranked);
  });

  test('leaves a lesson section whose anchor looks like a summary alone', () => {
    const ranked = [{ url: '/lessons/a/', anchor: 'lesson-b' }, lesson('b')];
    expect(lessonsBeforeSummaries(ranked, same)).toEqual(ranked);
  });
});
