/**
 * Which files of the built site the service worker stores, and how their list is written:
 * everything a page can load (pages, scripts, styles, fonts, images, the whole Pagefind index),
 * but not the PDF handouts, nor the files only tools or crawlers read.
 */
import type { ManifestEntry, ManifestTransform } from 'workbox-build';
import { OFFLINE_FILES } from './files.ts';

/**
 * Left out, with why: the PDFs (handouts/) are the same lessons again laid out for A4 paper, 70 % of
 * the real course's bytes and growing with every lesson; a phone downloads a PDF to its own storage
 * anyway. The sitemap and site.json are for crawlers and tools; the worker and the facts describe
 * the store itself.
 */
export const PRECACHE_IGNORES = [
  'handouts/**',
  'sitemap-*.xml',
  'sitemap-index.xml',
  'site.json',
  OFFLINE_FILES.worker,
  OFFLINE_FILES.facts,
] as const;

/**
 * Files whose names carry a content hash (Astro's bundles, Pagefind's chunks and metadata): their
 * URL is their version, so they need no revision and no cache-busting on fetch.
 */
export const HASHED_NAMES = /^(?:_astro\/|pagefind\/(?:fragment|index|filter)\/|pagefind\/pagefind\.[^/]+\.pf_meta$)/u;

/** A list in URL order, whatever order the file system listed the files in (two builds, one worker). */
export const sortEntries: ManifestTransform = (entries) => ({
  manifest: [...entries].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0)),
  warnings: [],
});

/** The precache list as the worker receives it: URL and revision (null for hashed names), nothing else. */
export function workerEntries(entries: readonly ManifestEntry[]): ManifestEntry[] {
  return entries.map(({ url, revision }) => ({ url, revision }));
}
