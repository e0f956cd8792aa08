/**
 * The last line of `npm run build`: each stage's time as the stages reported it (BUILD_TIMINGS,
 * src/integrations/timings.ts). The command check runs beside Astro, the link check beside the
 * search index inside it; the PDF handouts come after, on their own.
 */

export interface SiteTimes {
  check: number;
  astro: number;
  links: number;
  index: number;
}

export interface PdfTimes {
  seconds: number;
  printed: number;
  cached: number;
}

const s = (seconds: number): string => `${seconds.toFixed(2)} s`;

/**
 * `build: command check 1.15 s, astro build 5.01 s (link check 0.09 s, search index 0.21 s), side by
 * side: 5.01 s; PDF handouts 19.20 s (32 printed, 0 from the cache); 24.21 s in all`. `pdf` undefined:
 * the PDF step was skipped (HANDOUTS=off).
 */
export function buildSummary(site: SiteTimes, pdf: PdfTimes | undefined): string {
  const sideBySide = Math.max(site.check, site.astro);
  const handouts = pdf
    ? `PDF handouts ${s(pdf.seconds)} (${pdf.printed} printed, ${pdf.cached} from the cache)`
    : 'PDF handouts skipped (HANDOUTS=off)';
  return (
    `build: command check ${s(site.check)}, astro build ${s(site.astro)} ` +
    `(link check ${s(site.links)}, search index ${s(site.index)}), side by side: ${s(sideBySide)}; ` +
    `${handouts}; ${s(sideBySide + (pdf?.seconds ?? 0))} in all`
  );
}
