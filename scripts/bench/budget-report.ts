/**
 * Runs the lesson-page budget over a built site: measures every lesson page and reports the pages
 * over budget in the `path:line:column severity rule message` form.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { LESSON_BUDGET, kb, overBudget, type Budget } from './budget.ts';
import { pageCost, type PageCost } from './page-cost.ts';

export interface BudgetReport {
  costs: PageCost[];
  errors: string[];
}

/** The lesson pages of the site built in `outDir`, relative to it, sorted. */
export async function lessonPages(outDir: string): Promise<string[]> {
  const slugs = await readdir(path.join(outDir, 'lessons'), { withFileTypes: true }).catch(() => []);
  return slugs
    .filter((entry) => entry.isDirectory())
    .map((entry) => `lessons/${entry.name}/index.html`)
    .sort();
}

/** Measures every lesson page in `outDir` against `budget`. */
export async function checkBudget(outDir: string, base: string, budget: Budget = LESSON_BUDGET): Promise<BudgetReport> {
  const pages = await lessonPages(outDir);
  if (pages.length === 0)
    return {
      costs: [],
      errors: [
        `${outDir}:1:1 error budget/no-lessons no lesson pages under ${outDir}/lessons/: build the site first (npm run build)`,
      ],
    };
  const costs = await Promise.all(pages.map((page) => pageCost(outDir, page, base)));
  const errors = costs.flatMap((cost) =>
    overBudget(cost, budget).map(
      (problem) => `${path.join(outDir, cost.page)}:1:1 error budget/${problem.rule} ${problem.message}`,
    ),
  );
  return { costs, errors };
}

/** One summary line per measure: the heaviest lesson page and the median one. */
export function summarize(costs: readonly PageCost[]): string[] {
  const keys = ['html', 'css', 'js', 'fonts', 'total'] as const;
  return keys.map((key) => {
    const sorted = costs.map((cost) => cost[key]).sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
    const max = sorted.at(-1) ?? 0;
    return `${key.padEnd(6)} median ${kb(median).padStart(9)}  max ${kb(max).padStart(9)}`;
  });
}
