/**
 * Builds the Pagefind search index into `<outDir>/pagefind/` when Astro has written the site,
 * through Pagefind's Node API, so `npm run build` always ships a working offline search.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import * as pagefind from 'pagefind';

/** Fails the build with Pagefind's own messages when indexing goes wrong. */
function check(errors: readonly string[], step: string): void {
  if (errors.length > 0) throw new Error(`pagefind ${step} failed:\n${errors.join('\n')}`);
}

/** The integration; add it last so it indexes the final HTML. */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'course:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'ko' });
        check(errors, 'createIndex');
        if (!index) throw new Error('pagefind createIndex returned no index');
        try {
          const added = await index.addDirectory({ path: site });
          check(added.errors, 'addDirectory');
          const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
          check(written.errors, 'writeFiles');
          logger.info(`indexed ${added.page_count} pages into ${path.relative(process.cwd(), written.outputPath)}`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
