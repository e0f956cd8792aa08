// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified, rehypeHeadingIds } from '@astrojs/markdown-remark';
import { codeBlocks } from './src/markdown/shiki-code-blocks.ts';
import { rehypeHeadingLinks } from './src/markdown/rehype-heading-links.ts';
import { rehypeExternalLinks } from './src/markdown/rehype-external-links.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { linkCheck } from './src/integrations/link-check.ts';
import { remarkLessonImages } from './src/markdown/remark-lesson-images.ts';
import { pendingScreenshotsReport } from './src/markdown/pending-screenshots.ts';
import { remarkTermIds } from './src/markdown/remark-term-ids.ts';

// SITE_URL and BASE_PATH let one build serve https://example.org/ and another /docker-course/.
const site = process.env.SITE_URL ?? 'https://docker-course.example.org';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  // OUT_DIR and CACHE_DIR let tests and the benchmark build side by side without sharing files.
  ...(process.env.OUT_DIR ? { outDir: process.env.OUT_DIR } : {}),
  ...(process.env.CACHE_DIR ? { cacheDir: process.env.CACHE_DIR } : {}),
  trailingSlash: 'ignore',
  // 'jsx' (the Astro 7 default) joins Korean words that sit on separate lines; true keeps a space.
  compressHTML: true,
  build: { format: 'directory' },
  markdown: {
    // Smartypants would turn `--name` in prose into `–name`: commands must reach students as written.
    processor: unified({
      smartypants: false,
      // Missing screenshot files and unknown <Term> ids fail the build at lesson:line;
      // <PendingScreenshot>s are listed when it ends.
      remarkPlugins: [remarkLessonImages, remarkTermIds],
      rehypePlugins: [rehypeHeadingIds, rehypeHeadingLinks, rehypeExternalLinks],
    }),
    shikiConfig: {
      themes: { light: 'github-light', dark: 'github-dark-default' },
      defaultColor: false,
      transformers: [codeBlocks()],
    },
  },
  // handouts/ holds the PDFs `npm run handouts` prints from the built site, after this check runs.
  integrations: [
    mdx(),
    sitemap(),
    linkCheck({ generated: ['pagefind/', 'handouts/'] }),
    pendingScreenshotsReport(),
    pagefindIndex(),
  ],
  devToolbar: { enabled: false },
  // Scripts ship as files, never inline, so the pages work under a strict CSP (src/lib/csp.ts).
  vite: { build: { assetsInlineLimit: 0 } },
});
