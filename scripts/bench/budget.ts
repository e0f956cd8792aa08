/**
 * The page-weight budget of a lesson page (issue 7): what a student on a school network or a phone
 * downloads before the lesson is readable, images aside.
 */
import type { PageCost } from './page-cost.ts';

export interface Budget {
  /** Gzip bytes of JavaScript, inline and external. */
  js: number;
  /** Gzip bytes of HTML + CSS + JS + fonts. */
  total: number;
}

export const LESSON_BUDGET: Budget = { js: 10 * 1024, total: 40 * 1024 };

/** Kilobytes with one decimal, for messages and tables. */
export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** The ways `cost` exceeds `budget`, as messages that say by how much and where to look. */
export function overBudget(
  cost: PageCost,
  budget: Budget = LESSON_BUDGET,
): { rule: 'js' | 'total'; message: string }[] {
  const problems: { rule: 'js' | 'total'; message: string }[] = [];
  if (cost.js > budget.js) {
    problems.push({
      rule: 'js',
      message: `${kb(cost.js)} of JavaScript (gzip) is over the ${kb(budget.js)} budget by ${kb(cost.js - budget.js)}; inline scripts ${kb(cost.inlineJs)}, files: ${cost.assets.filter((file) => file.endsWith('.js')).join(', ') || 'none'}`,
    });
  }
  if (cost.total > budget.total) {
    problems.push({
      rule: 'total',
      message: `${kb(cost.total)} in all (gzip: HTML ${kb(cost.html)}, CSS ${kb(cost.css)}, JS ${kb(cost.js - cost.inlineJs)}, fonts ${kb(cost.fonts)}) is over the ${kb(budget.total)} budget by ${kb(cost.total - budget.total)}`,
    });
  }
  return problems;
}
