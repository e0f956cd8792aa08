/**
 * Refreshes the dates of data/facts.json from endoflife.date: each fact with an `endoflife`
 * reference gets that cycle's date as `since` and today as `checked`. Pure: the caller reads the answers.
 */
import type { Fact } from '../../packages/check-commands/index.ts';
import { cycleDate } from './endoflife.ts';

export interface Refresh {
  facts: Fact[];
  /** One line per fact whose date changed: `centos-7: since 2024-06 → 2024-06-30`. */
  changes: string[];
  /** Facts whose cycle or date the answer lacks, with what to do. */
  problems: string[];
}

/** The products the facts take dates from, each once. */
export function productsOf(facts: readonly Fact[]): string[] {
  return [...new Set(facts.flatMap((fact) => (fact.endoflife ? [fact.endoflife.product] : [])))];
}

/** New facts with dates from `answers` (endoflife.date's answer per product); facts without a reference are kept as they are. */
export function refreshFacts(facts: readonly Fact[], answers: ReadonlyMap<string, unknown>, today: string): Refresh {
  const changes: string[] = [];
  const problems: string[] = [];
  const refreshed = facts.map((fact) => {
    if (!fact.endoflife) return fact;
    const { product, cycle, field = 'eol' } = fact.endoflife;
    const since = cycleDate(answers.get(product), cycle, field);
    if (since === undefined) {
      problems.push(
        `${fact.id}: endoflife.date's ${product} has no ${field} date for cycle "${cycle}"; check endoflife.cycle or the product`,
      );
      return fact;
    }
    if (since !== fact.since) changes.push(`${fact.id}: since ${fact.since} → ${since}`);
    return { ...fact, since, checked: today };
  });
  return { facts: refreshed, changes, problems };
}
