// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified, rehypeHeadingIds } from '@astrojs/markdown-remark';
import { codeBlocks } from './src/markdown/shiki-code-blocks.ts';
import { rehypeHeadingLinks } from './src/markdown/rehype-heading-links.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';

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
      rehypePlugins: [rehypeHeadingIds, rehypeHeadingLinks],
    }),
    shikiConfig: {
      themes: { light: 'github-light', dark: 'github-dark' },
      defaultColor: false,
      transformers: [codeBlocks()],
    },
  },
  integrations: [mdx(), sitemap(), pagefindIndex()],
  devToolbar: { enabled: false },
});
