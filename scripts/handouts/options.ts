/** Command-line options of `npm run handouts`, with defaults from the environment the build used. */
import path from 'node:path';
import { parseArgs } from 'node:util';

export interface HandoutOptions {
  /** The built site (Astro's output directory). */
  site: string;
  /** Where the PDFs go; default `<site>/handouts`, so they ship with the site. */
  out: string;
  /** Astro's `base`, for serving the site as it was built. */
  base: string;
  /** The public site URL; when set, every lesson gets a QR code and printed link to its online page. */
  siteUrl: string | undefined;
  /** Creation date written into every PDF, so the same site gives the same bytes. */
  date: Date;
  chromium: string;
  /** Pages rendered at once. */
  jobs: number;
  /** Only the handouts whose PDF path contains this text (`cheatsheet`, `lessons/install-docker`). */
  only: string | undefined;
}

export const USAGE = `Usage: npm run handouts -- [--site dist] [--out <site>/handouts] [--base /] [--site-url https://…] [--jobs 2] [--only lessons/x]

Prints the built site's handouts to PDF with headless Chromium: the whole course, each part,
each lesson and the command cheat sheet. Run it after \`npm run build\`.
Environment: BASE_PATH and SITE_URL as for the build, CHROMIUM_PATH (default /usr/bin/chromium),
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
      base: { type: 'string' },
      'site-url': { type: 'string' },
      jobs: { type: 'string' },
      only: { type: 'string' },
      help: { type: 'boolean' },
    },
    strict: true,
  });
  if (values.help) throw new Error(USAGE);
  const site = path.resolve(values.site ?? 'dist');
  const jobs = Number(values.jobs ?? '2');
  if (!Number.isInteger(jobs) || jobs < 1)
    throw new Error(`--jobs is "${values.jobs}", expected a whole number of at least 1.`);
  const epoch = env['SOURCE_DATE_EPOCH'];
  if (epoch !== undefined && !/^\d+$/u.test(epoch))
    throw new Error(`SOURCE_DATE_EPOCH is "${epoch}", expected seconds since 1970 (e.g. 1767225600).`);
  return {
    site,
    out: path.resolve(values.out ?? path.join(site, 'handouts')),
    base: values.base ?? env['BASE_PATH'] ?? '/',
    siteUrl: values['site-url'] ?? (env['SITE_URL'] || undefined),
    date: epoch !== undefined ? new Date(Number(epoch) * 1000) : fallbackDate(),
    chromium: env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    jobs,
    only: values.only,
  };
}
