/**
 * Splits an `astro build` run into stages from when its log lines arrived: the search index is
 * the time between the line before the Pagefind integration's report and that report.
 */
import type { TimedLine } from './run.ts';

/** Astro's notice that a hook is still running: printed during a stage, so it does not start one. */
const SLOW_HOOK = /Waiting for integration/u;

/** Seconds between the line that precedes the first line matching `marker` and that line, or 0. */
export function secondsBefore(lines: readonly TimedLine[], marker: RegExp): number {
  const index = lines.findIndex((line) => marker.test(line.text));
  const start = lines.slice(0, Math.max(index, 0)).findLast((line) => !SLOW_HOOK.test(line.text));
  const end = lines[index];
  return start && end ? (end.at - start.at) / 1000 : 0;
}

/** The index stage of a build log (our integration or the bare reference's). */
export function indexSeconds(lines: readonly TimedLine[]): number {
  return secondsBefore(lines, /\[(?:course|bare):pagefind\]/u);
}

/** The link-check stage of a build log. */
export function linkCheckSeconds(lines: readonly TimedLine[]): number {
  return secondsBefore(lines, /\[course:link-check\]/u);
}
