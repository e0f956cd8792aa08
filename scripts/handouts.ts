/**
 * Prints the course handouts to PDF after `npm run build`: the whole course, each part, each
 * lesson and the command cheat sheet, into dist/handouts/. Options: `npm run handouts -- --help`.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { runHandouts } from './handouts/index.ts';
import { parseOptions } from './handouts/options.ts';

/** The last commit's date, so PDFs from the same sources carry the same date. */
function lastCommitDate(): Date {
  try {
    const seconds = execFileSync('git', ['log', '-1', '--format=%ct'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    if (/^\d+$/u.test(seconds)) return new Date(Number(seconds) * 1000);
  } catch {
    /* not a git checkout: fall through */
  }
  return new Date();
}

const started = performance.now();
try {
  const options = parseOptions(process.argv.slice(2), process.env, lastCommitDate);
  const results = await runHandouts(options, ({ file, pages, bytes }) => {
    console.log(`${path.relative(process.cwd(), file)}  ${pages} page(s)  ${(bytes / 1024).toFixed(0)} KiB`);
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `handouts: ${results.length} PDF(s) in ${path.relative(process.cwd(), options.out) || '.'} in ${seconds} s`,
  );
} catch (error) {
  console.error(`handouts: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
