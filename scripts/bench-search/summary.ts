/**
 * Pagefind's Korean result summary (its own `ko` translation), read by the search tests and the
 * benchmark to know a search has settled: "<query>에 대한 결과 N건" or "<query>에 대한 결과 없음",
 * never "… 검색 중".
 */

/** The start of the summary once the search for `query` has settled. */
export function settledSummary(query: string): string {
  return `${query}에 대한 결과`;
}

/** The summary when the search for `query` found nothing. */
export function noResultSummary(query: string): string {
  return `${settledSummary(query)} 없음`;
}
