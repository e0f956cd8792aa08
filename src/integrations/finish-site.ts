/**
 * Finishes the built site: the link check and the Pagefind index, side by side. Pagefind indexes
 * in a process of its own while the link check reads the pages here, so on two cores the two
 * together take about as long as the longer one. A broken link still fails the build (and
 * `npm run build` then removes the output, index included).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkBuiltLinks, type LinkCheckOptions, type SiteConfig } from './link-check.ts';
import { indexSite } from './pagefind.ts';
import { recordTiming, since, type Stage } from './timings.ts';

/** Runs `work`, then appends its time to BUILD_TIMINGS as `stage` (even when it fails). */
async function timed(stage: Stage, work: () => Promise<void>): Promise<void> {
  const started = performance.now();
  try {
    await work();
  } finally {
    recordTiming(stage, since(started));
  }
}

/** The integration; add it last, so both steps see the final HTML. */
export function finishSite(options: LinkCheckOptions = {}): AstroIntegration {
  const config: SiteConfig = { base: '/', site: undefined };
  return {
    name: 'course:finish-site',
    hooks: {
      'astro:config:done': ({ config: astro }) => {
        config.base = astro.base;
        config.site = astro.site;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const [indexed, checked] = await Promise.allSettled([
          timed('index', () => indexSite(outDir, logger.fork('course:pagefind'))),
          timed('links', () => checkBuiltLinks(outDir, config, logger.fork('course:link-check'), options)),
        ]);
        // A broken link is the author's to fix first; an indexing failure comes after it.
        for (const result of [checked, indexed]) if (result.status === 'rejected') throw result.reason;
      },
    },
  };
}
