/**
 * Fails the build when a built page links to a file, page or `#anchor` that does not exist, leaves
 * Astro's `base`, or opens another origin without `rel="noopener"`. The errors name the lesson
 * source and the link. Run by `finishSite()`; files written after Astro (the Pagefind index) are
 * listed in `generated` and taken on trust. LINK_CHECK=warn reports the problems without failing
 * (for drafts and the benchmark).
 */
import type { AstroIntegrationLogger } from 'astro';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { formatProblem } from '../lib/links/format.ts';
import { checkSite } from '../lib/links/site.ts';
import { seconds } from './seconds.ts';

export interface LinkCheckOptions {
  /** The course content root (the lesson sources); defaults to COURSE_CONTENT_DIR or `content`. */
  contentDir?: string;
  /** Site paths written by later integrations. */
  generated?: readonly string[];
}

export interface SiteConfig {
  /** Astro's `base`. */
  base: string;
  /** Astro's `site`, if any. */
  site: string | undefined;
}

/** Checks every link of the site built into `outDir`; throws when one is broken (unless LINK_CHECK=warn). */
export async function checkBuiltLinks(
  outDir: string,
  config: SiteConfig,
  logger: AstroIntegrationLogger,
  options: LinkCheckOptions = {},
): Promise<void> {
  const started = performance.now();
  const contentDir = options.contentDir ?? process.env['COURSE_CONTENT_DIR'] ?? 'content';
  const { problems, pages, links } = await checkSite(outDir, {
    base: config.base,
    site: config.site,
    generated: options.generated ?? ['pagefind/'],
  });
  if (problems.length === 0) {
    logger.info(`checked ${links} links in ${pages} pages ${seconds(started)}`);
    return;
  }
  const readSource = (file: string): string | undefined => (existsSync(file) ? readFileSync(file, 'utf8') : undefined);
  const where = { outDir: path.relative(process.cwd(), outDir) || '.', contentDir, readSource };
  const report = process.env['LINK_CHECK'] === 'warn' ? logger.warn.bind(logger) : logger.error.bind(logger);
  for (const problem of problems) report(formatProblem(problem, where));
  const summary = `${problems.length} broken or unsafe link(s) in ${pages} pages, listed above`;
  // The lines above carry the links; the error stays short so Astro adds no misleading hint.
  if (process.env['LINK_CHECK'] === 'warn') logger.warn(`${summary} (LINK_CHECK=warn: not failing the build)`);
  else
    throw new Error(
      `link check failed: ${summary}. Fix each link at the file:line:column given (LINK_CHECK=warn builds anyway while drafting).`,
    );
}
