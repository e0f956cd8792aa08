/** Command-line options of `npm run handouts`, with defaults from the environment. */
import path from 'node:path';
import { parseArgs } from 'node:util';

export interface HandoutOptions {
  /** The built site (Astro's output directory). */
  site: string;
  /** Where the PDFs go; default `<site>/handouts`, so they ship with the site. */
  out: string;
  /** The public site URL; when set, every lesson gets a QR code and printed link to its online page. */
  siteUrl: string | undefined;
  /** Creation date written into every PDF, so the same site gives the same bytes. */
  date: Date;
  /** Pages rendered at once. */
  jobs: number;
  /** Only the handouts whose PDF path contains this text (`cheatsheet`, `lessons/install-docker`). */
  only: string | undefined;
  /** The content-hash cache of printed PDFs, or undefined to print everything afresh. */
  cache: string | undefined;
}

export const DEFAULT_CACHE = path.join('node_modules', '.cache', 'handouts');

export const USAGE = `Usage: npm run handouts -- [--site dist] [--out <site>/handouts] [--site-url https://…] [--jobs 2] [--only lessons/x] [--cache <dir> | --no-cache]

Prints the built site's handouts to PDF with headless Chromium: the whole course, each part,
each lesson and the command cheat sheet. \`npm run build\` already does this; run it to reprint
(what changed only: PDFs whose page, assets, fonts and printer are unchanged come from the cache,
default ${DEFAULT_CACHE}).
Environment: SITE_URL as for the build; CHROMIUM_PATH (see scripts/lib/chromium.ts);
SOURCE_DATE_EPOCH (seconds; the PDFs' creation date, default the last commit's date).`;

/** Reads the options from `argv` and `env`; throws with the usage text on an unknown option. */
export function parseOptions(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  fallbackDate: () => Date,
): HandoutOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      site: { type: 'string' },
      out: { type: 'string' },
      'site-url': { type: 'string' },
      jobs: { type: 'string' },
      only: { type: 'string' },
      cache: { type: 'string' },
      'no-cache': { type: 'boolean' },
      help: { type: 'boolean' },
    },
    strict: true,
  });
  if (values.help) throw new Error(USAGE);
  const site = path.resolve(values.site ?? 'dist');
  const jobs = Number(values.jobs ?? '2');
  if (!Number.isInteger(jobs) || jobs < 1)
    throw new Error(`--jobs is "${values.jobs}", expected a whole number of at least 1.`);
  if (values['no-cache'] && values.cache !== undefined)
    throw new Error('--cache and --no-cache contradict each other: give one.');
  return {
    site,
    out: path.resolve(values.out ?? path.join(site, 'handouts')),
    siteUrl: values['site-url'] ?? (env['SITE_URL'] || undefined),
    date: pdfDate(env, fallbackDate),
    jobs,
    only: values.only,
    cache: values['no-cache'] ? undefined : path.resolve(values.cache ?? DEFAULT_CACHE),
  };
}

/** SOURCE_DATE_EPOCH as a date, or `fallbackDate()` when unset; throws on anything but seconds. */
export function pdfDate(env: NodeJS.ProcessEnv, fallbackDate: () => Date): Date {
  const epoch = env['SOURCE_DATE_EPOCH'];
  if (epoch !== undefined && !/^\d+$/u.test(epoch))
    throw new Error(`SOURCE_DATE_EPOCH is "${epoch}", expected seconds since 1970 (e.g. 1767225600).`);
  return epoch !== undefined ? new Date(Number(epoch) * 1000) : fallbackDate();
}
