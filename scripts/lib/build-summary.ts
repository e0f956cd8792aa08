/**
 * The last line of `npm run build`: how long the command check and the Astro build took (they run
 * side by side, so the total is the longer of the two). `npm run bench` reads it back.
 */

/** `build: command check 1.2 s, astro build 15.3 s, side by side: 15.3 s in all`. */
export function buildSummary(checkSeconds: number, astroSeconds: number): string {
  const total = Math.max(checkSeconds, astroSeconds);
  return `build: command check ${checkSeconds.toFixed(2)} s, astro build ${astroSeconds.toFixed(2)} s, side by side: ${total.toFixed(2)} s in all`;
}

/** The check and Astro seconds of a summary line, or undefined for any other line. */
export function parseBuildSummary(line: string): { check: number; astro: number } | undefined {
  const found = /^build: command check ([\d.]+) s, astro build ([\d.]+) s,/u.exec(line);
  if (!found?.[1] || !found[2]) return undefined;
  return { check: Number(found[1]), astro: Number(found[2]) };
}
