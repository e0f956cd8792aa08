/**
 * `npm run handouts`: reprints the PDF handouts of a built site (`npm run build` prints them too):
 * the whole course, each part, each lesson and the command cheat sheet, into dist/handouts/.
 * Only what changed is printed again. Options: `npm run handouts -- --help`.
 */
import path from 'node:path';
import { lastCommitDate } from './handouts/date.ts';
import { runHandouts } from './handouts/index.ts';
import { parseOptions } from './handouts/options.ts';

const started = performance.now();
try {
  const options = parseOptions(process.argv.slice(2), process.env, lastCommitDate);
  const results = await runHandouts(options, ({ file, pages, bytes, cached }) => {
    const how = cached ? '  (cached)' : '';
    console.log(`${path.relative(process.cwd(), file)}  ${pages} page(s)  ${(bytes / 1024).toFixed(0)} KiB${how}`);
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const printed = results.filter((result) => !result.cached).length;
  console.log(
    `handouts: ${results.length} PDF(s) in ${path.relative(process.cwd(), options.out) || '.'} ` +
      `(${printed} printed, ${results.length - printed} from the cache) in ${seconds} s`,
  );
} catch (error) {
  console.error(`handouts: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
