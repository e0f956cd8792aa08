/**
 * Lesson pages of the built site (DIST_DIR, default dist/) stay within the page-weight budget:
 * 10 KB gzip of JavaScript and 40 KB gzip in all, images aside (issue 7).
 */
import { describe, expect, test } from 'vitest';
import { checkBudget } from '../scripts/bench/budget-report.ts';
import { readBuiltSite } from '../scripts/lib/built-site.ts';
import { DIST } from './support/site.ts';

describe('checkBudget', () => {
  test('returns no lesson page over budget', async () => {
    const report = await checkBudget(DIST, (await readBuiltSite(DIST)).base);
    expect(report.costs.length).toBeGreaterThan(0);
    expect(report.errors).toEqual([]);
  });

  test('returns costs that count the stylesheets and scripts each lesson page loads', async () => {
    const report = await checkBudget(DIST, (await readBuiltSite(DIST)).base);
    for (const cost of report.costs) {
      expect(cost.css, `${cost.page} loads no stylesheet: the measure is not following its <link>s`).toBeGreaterThan(0);
      expect(cost.total).toBe(cost.html + cost.css + (cost.js - cost.inlineJs) + cost.fonts);
    }
  });
});
