/**
 * The link-check and index stages of a build log: each reports its own time at the end of its
 * line, `… (1.23 s)` (src/integrations/seconds.ts; the bare reference's Pagefind hook does the same).
 */
import { parseSeconds } from '../../src/integrations/seconds.ts';
import type { TimedLine } from './run.ts';

/** The seconds reported on the first line of integration `label` that has them, or 0. */
export function stageSeconds(lines: readonly TimedLine[], label: string): number {
  for (const line of lines) {
    if (!line.text.includes(`[${label}]`)) continue;
    const found = parseSeconds(line.text);
    if (found !== undefined) return found;
  }
  return 0;
}
