import { describe, expect, test } from 'vitest';
import { pool } from './pool.ts';

describe('pool', () => {
  test('returns after running every item, never more than the limit at once', async () => {
    let running = 0;
    let most = 0;
    const seen: number[] = [];
    await pool([1, 2, 3, 4, 5, 6, 7], 3, async (item) => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setImmediate(resolve));
      seen.push(item);
      running -= 1;
    });
    expect(seen.sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(most).toBe(3);
  });

  test('returns at once for no items', async () => {
    await expect(pool([], 6, () => Promise.reject(new Error('not called')))).resolves.toBeUndefined();
  });

  test('rejects with the first error and starts nothing after it', async () => {
    const started: number[] = [];
    const run = pool([1, 2, 3, 4, 5, 6], 2, async (item) => {
      started.push(item);
      await new Promise((resolve) => setImmediate(resolve));
      if (item === 2) throw new Error('file 2 failed');
    });
    await expect(run).rejects.toThrow('file 2 failed');
    expect(started).toEqual([1, 2, 3]);
  });
});
