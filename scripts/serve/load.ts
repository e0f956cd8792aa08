/**
 * A classroom of phones against the course server, with autocannon: each client reads every
 * lesson page in turn with the stylesheets, scripts and images it names, then what a search loads
 * (Pagefind's component UI, entry, script, WebAssembly, metadata, index and fragment chunks), accepting
 * brotli and gzip as a phone's browser does. No cache: every client fetches everything each round,
 * the worst case of a class opening the course at once.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import autocannon, { type Request } from 'autocannon';
import { listFiles } from '../lib/built-site.ts';

const PHONE = {
  'accept-encoding': 'gzip, deflate, br',
  'user-agent': 'Mozilla/5.0 (Linux; Android 14; SM-A155F) AppleWebKit/537.36 Chrome/131 Mobile Safari/537.36',
};

/** The site files a browser loads with a page: stylesheets, icons, preloads, scripts, images (not links it may follow). */
export function pageAssets(html: string, base: string, files: ReadonlySet<string>): string[] {
  const found = new Set<string>();
  for (const [tag] of html.matchAll(/<(?:link|script|img)\b[^>]*>/gu)) {
    if (tag.startsWith('<link') && !/\srel="(?:stylesheet|icon|modulepreload|preload|manifest)"/u.test(tag)) continue;
    const url = /\s(?:src|href)="([^"#?]+)"/u.exec(tag)?.[1] ?? '';
    if (!url.startsWith(base)) continue;
    const file = decodeURI(url.slice(base.length));
    if (files.has(file)) found.add(file);
  }
  return [...found].sort();
}

/** What one phone requests in one round through the site built in `site` under `base`. */
export async function phoneRound(site: string, base: string): Promise<Request[]> {
  const files = await listFiles(site);
  const known = new Set(files);
  const lessons = files.filter((file) => /^lessons\/[^/]+\/index\.html$/u.test(file));
  const search = files.filter((file) =>
    /^pagefind\/(?:pagefind-entry\.json|pagefind\.js|pagefind-component-ui\.(?:js|css)|wasm\.[^/]+\.pagefind|pagefind\.[^/]+\.pf_meta|index\/.+|filter\/.+)$/u.test(
      file,
    ),
  );
  const fragments = files.filter((file) => file.startsWith('pagefind/fragment/'));
  const round: string[] = [];
  for (const [index, lesson] of lessons.entries()) {
    const html = await readFile(path.join(site, lesson), 'utf8');
    round.push(lesson.replace(/index\.html$/u, ''), ...pageAssets(html, base, known));
    // A search from this page: the fragments of a few results.
    round.push(...fragments.filter((_, at) => at % lessons.length === index).slice(0, 3));
  }
  round.push(...search);
  return round.map((file) => ({ method: 'GET', path: `${base}${encodeURI(file)}`, headers: PHONE }));
}

export interface LoadResult {
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  megabytesPerSecond: number;
}

/** Runs `connections` phones against `origin` for `seconds`, each repeating `round`. */
export async function classroomLoad(
  origin: string,
  round: Request[],
  { connections, seconds }: { connections: number; seconds: number },
): Promise<LoadResult> {
  const result = await autocannon({ url: origin, connections, duration: seconds, requests: round });
  return {
    requests: result.requests.total,
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    megabytesPerSecond: result.throughput.average / 1024 / 1024,
  };
}
