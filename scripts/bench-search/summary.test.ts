import { describe, expect, test } from 'vitest';
import { noResultSummary, settledSummary } from './summary.ts';

describe('Pagefind summary texts', () => {
  test('a no-result summary is a settled summary of the same query', () => {
    expect(noResultSummary('도커').startsWith(settledSummary('도커'))).toBe(true);
    expect(settledSummary('도커 볼륨')).toBe('도커 볼륨에 대한 결과');
    expect(noResultSummary('ehzj')).toBe('ehzj에 대한 결과 없음');
  });
});
