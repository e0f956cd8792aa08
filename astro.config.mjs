// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { codeBlocks } from './src/markdown/shiki-code-blocks.ts';
import { headingLinks } from './src/markdown/heading-links.ts';
import { externalLinks } from './src/markdown/external-links.ts';
import { finishSite } from './src/integrations/finish-site.ts';
import { offlineCourse } from './src/integrations/offline/index.ts';
import { lessonImages } from './src/markdown/lesson-images.ts';
import { pendingScreenshotsReport } from './src/markdown/pending-screenshots.ts';
import { termIds } from './src/markdown/term-ids.ts';
import { checkerNotes } from './src/markdown/checker-notes.ts';
import { exercises } from './src/markdown/exercises.ts';
import { quietWarnings } from './src/integrations/quiet-warnings.ts';
import { handoutsEnabled } from './src/lib/print/handouts-setting.ts';

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
    // Sätteri (Astro's native Markdown processor) compiles a lesson several times faster than unified.
    // Smart punctuation would turn `--name` in prose into `–name`: commands must reach students as written.
    processor: satteri({
      features: { smartPunctuation: false },
      // Missing screenshot files, unknown <Term> ids and misplaced <Solution>s fail the build at
      // lesson:line; <PendingScreenshot>s are listed when it ends; exercises are numbered.
      // checkerNotes: the command checker's warnings and infos, in Korean under their block.
      mdastPlugins: [lessonImages(), termIds(), exercises(), checkerNotes()],
      hastPlugins: [headingLinks(), externalLinks()],
    }),
    shikiConfig: {
      themes: { light: 'github-light', dark: 'github-dark-default' },
      defaultColor: false,
      transformers: [codeBlocks()],
    },
  },
  // handouts/ holds the PDFs `npm run build` prints once Astro is done; it checks their links then.
  // Under HANDOUTS=off no PDF is made and no page may link to one.
  integrations: [
    mdx(),
    sitemap(),
    pendingScreenshotsReport(),
    finishSite({ generated: handoutsEnabled() ? ['pagefind/', 'handouts/'] : ['pagefind/'] }),
    // After finishSite: the service worker's list of files to store takes in the search index.
    offlineCourse(),
  ],
  devToolbar: { enabled: false },
  // Scripts ship as files, never inline, so the pages work under a strict CSP (src/lib/csp.ts);
  // quietWarnings drops Astro's harmless head-inject warning, printed once per lesson.
  vite: { build: { assetsInlineLimit: 0, rolldownOptions: { onwarn: quietWarnings } } },
});
