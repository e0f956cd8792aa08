/**
 * `npm run check:budget [dist-dir]`: every lesson page within 10 KB gzip of JS and 40 KB gzip in all.
 * The site directory defaults to DIST_DIR or `dist`; the base it was built with comes from its site.json.
 */
import { checkBudget, summarize } from './bench/budget-report.ts';
import { LESSON_BUDGET, kb } from './bench/budget.ts';
import { readBuiltSite } from './lib/built-site.ts';

const outDir = process.argv[2] ?? process.env['DIST_DIR'] ?? 'dist';
const report = await readBuiltSite(outDir).then(
  (site) => checkBudget(outDir, site.base),
  (error: unknown) => ({
    costs: [],
    errors: [`${outDir}:1:1 error budget/no-site ${error instanceof Error ? error.message : String(error)}`],
  }),
);
console.log(
  `lesson pages: ${report.costs.length} (budget: JS ${kb(LESSON_BUDGET.js)}, all ${kb(LESSON_BUDGET.total)}, gzip)`,
);
for (const line of summarize(report.costs)) console.log(`  ${line}`);
for (const error of report.errors) console.error(error);
process.exitCode = report.errors.length > 0 ? 1 : 0;
