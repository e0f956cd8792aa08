import { describe, expect, test } from 'vitest';
import { overBudget } from './budget.ts';
import type { PageCost } from './page-cost.ts';

const cost = (js: number, total: number): PageCost => ({
  page: 'lessons/a/index.html',
  html: total - js,
  css: 0,
  js,
  inlineJs: 512,
  fonts: 0,
  total,
  assets: ['_astro/a.js'],
});

describe('overBudget', () => {
  test('returns nothing for a page within both limits', () => {
    expect(overBudget(cost(10 * 1024, 40 * 1024))).toEqual([]);
  });

  test('returns a message per limit exceeded, saying by how much', () => {
    expect(overBudget(cost(12 * 1024, 41 * 1024))).toMatchInlineSnapshot(`
      [
        {
          "message": "12.0 KB of JavaScript (gzip) is over the 10.0 KB budget by 2.0 KB; inline scripts 0.5 KB, files: _astro/a.js",
          "rule": "js",
        },
        {
          "message": "41.0 KB in all (gzip: HTML 29.0 KB, CSS 0.0 KB, JS 11.5 KB, fonts 0.0 KB) is over the 40.0 KB budget by 1.0 KB",
          "rule": "total",
        },
      ]
    `);
  });
});
