/**
 * The bare reference: a minimal Astro project of plain MDX pages (no layout, no components) indexed
 * by Pagefind, using this repository's node_modules, so the course build has a floor to compare to.
 */
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { plainMarkdown } from './plain-mdx.ts';

/** The bare project's Astro config: MDX, and Pagefind over the output when the build is done. */
export const BARE_CONFIG = `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { appendFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

const pagefindIndex = {
  name: 'bare:pagefind',
  hooks: {
    'astro:build:done': async ({ dir, logger }) => {
      const started = performance.now();
      const site = fileURLToPath(dir);
      const { index } = await pagefind.createIndex({ forceLanguage: 'ko' });
      const added = await index.addDirectory({ path: site });
      await index.writeFiles({ outputPath: site + 'pagefind' });
      await pagefind.close();
      const seconds = (performance.now() - started) / 1000;
      logger.info('indexed ' + added.page_count + ' pages (' + seconds.toFixed(2) + ' s)');
      // The same JSON line the course build's stages write (src/integrations/timings.ts).
      if (process.env.BUILD_TIMINGS)
        appendFileSync(process.env.BUILD_TIMINGS, JSON.stringify({ stage: 'index', seconds }) + '\\n');
    },
  },
};

export default defineConfig({
  // node_modules is a link to the repository's: keep every cache out of it.
  outDir: process.env.OUT_DIR ?? 'dist',
  cacheDir: process.env.CACHE_DIR ?? '.cache',
  vite: { cacheDir: (process.env.CACHE_DIR ?? '.cache') + '/vite' },
  integrations: [mdx(), pagefindIndex],
  devToolbar: { enabled: false },
});
`;

/**
 * The one shell every bare page gets: Pagefind skips files without an <html> element, so the floor is
 * a minimal document, with no navigation, styles, scripts or components.
 */
export const BARE_SHELL = `---
const { frontmatter } = Astro.props;
---
<html lang="ko"><head><meta charset="utf-8" /><title>{frontmatter.title}</title></head><body><slot /></body></html>
`;

/** Writes a bare project with one page per lesson in `lessons` (slug and MDX text) into `dir`. */
export async function writeBareProject(
  dir: string,
  repoRoot: string,
  lessons: readonly { slug: string; text: string }[],
): Promise<void> {
  const pages = path.join(dir, 'src', 'pages', 'lessons');
  await mkdir(pages, { recursive: true });
  await writeFile(
    path.join(dir, 'package.json'),
    `${JSON.stringify({ name: 'bare-reference', private: true, type: 'module' }, null, 2)}\n`,
  );
  await writeFile(path.join(dir, 'astro.config.mjs'), BARE_CONFIG);
  await mkdir(path.join(dir, 'src', 'layouts'), { recursive: true });
  await writeFile(path.join(dir, 'src', 'layouts', 'Shell.astro'), BARE_SHELL);
  await symlink(path.join(repoRoot, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  const plain = new Map<string, string>();
  for (const lesson of lessons) {
    const text = plain.get(lesson.text) ?? plainMarkdown(lesson.text);
    plain.set(lesson.text, text);
    await writeFile(
      path.join(pages, `${lesson.slug}.mdx`),
      `---\nlayout: ../../layouts/Shell.astro\ntitle: ${JSON.stringify(lesson.slug)}\n---\n\n${text}`,
    );
  }
}
