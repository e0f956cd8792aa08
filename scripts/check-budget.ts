/**
 * `npm run check:budget [dist-dir]`: every lesson page within 10 KB gzip of JS and 40 KB gzip in all.
 * The site directory defaults to DIST_DIR or `dist`; BASE_PATH is the base it was built with.
 */
import { checkBudget, summarize } from './bench/budget-report.ts';
import { LESSON_BUDGET, kb } from './bench/budget.ts';

const outDir = process.argv[2] ?? process.env['DIST_DIR'] ?? 'dist';
const report = await checkBudget(outDir, process.env['BASE_PATH'] ?? '/');
console.log(
  `lesson pages: ${report.costs.length} (budget: JS ${kb(LESSON_BUDGET.js)}, all ${kb(LESSON_BUDGET.total)}, gzip)`,
);
for (const line of summarize(report.costs)) console.log(`  ${line}`);
for (const error of report.errors) console.error(error);
process.exitCode = report.errors.length > 0 ? 1 : 0;
