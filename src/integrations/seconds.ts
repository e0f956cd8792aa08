/**
 * How long a build step took, as its log lines end: `(1.23 s)`. Only people read these lines; tools
 * read the times from BUILD_TIMINGS (timings.ts).
 */

/** `(1.23 s)` for a step that began at `started` (a `performance.now()` reading). */
export function seconds(started: number, now = performance.now()): string {
  return `(${((now - started) / 1000).toFixed(2)} s)`;
}
