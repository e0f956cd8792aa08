/** How long a build step took, as its log lines end: `(1.23 s)`. `npm run bench` reads it back. */

/** `(1.23 s)` for a step that began at `started` (a `performance.now()` reading). */
export function seconds(started: number, now = performance.now()): string {
  return `(${((now - started) / 1000).toFixed(2)} s)`;
}

/** The seconds at the end of a log line written with `seconds()`, or undefined. */
export function parseSeconds(line: string): number | undefined {
  const found = /\((\d+(?:\.\d+)?) s\)\s*$/u.exec(line);
  return found?.[1] === undefined ? undefined : Number(found[1]);
}
