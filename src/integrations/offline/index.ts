/**
 * "오프라인으로 저장" at build time (issue 17): once the site is built and indexed, writes the
 * home-screen icons, the web app manifest, the service worker with its precache list and
 * offline.json (what saving stores, for the control). Add it after finishSite(), so the list sees
 * the Pagefind index. The PDF handouts `npm run build` prints afterwards are left out on purpose
 * (./precache.ts).
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { t } from '../../i18n/ko.ts';
import { seconds } from '../seconds.ts';
import { ICONS, OFFLINE_FILES, TOUCH_ICON } from './files.ts';
import { writeIcon } from './icons.ts';
import { lightToken, webManifest } from './web-manifest.ts';
import { bundleWorker, writeWorker } from './worker-file.ts';

const TOKENS = fileURLToPath(new URL('../../styles/tokens.css', import.meta.url));

/** Writes the icons and the manifest into `outDir`. */
async function writeHomeScreenFiles(outDir: string): Promise<void> {
  const css = await readFile(TOKENS, 'utf8');
  const background = lightToken(css, '--color-bg', TOKENS);
  const accent = lightToken(css, '--color-accent', TOKENS);
  const favicon = await readFile(path.join(outDir, 'favicon.svg'));
  await Promise.all([...ICONS, TOUCH_ICON].map((icon) => writeIcon(outDir, favicon, icon, accent)));
  const manifest = webManifest({
    name: t('site.title'),
    description: t('site.description'),
    lang: t('site.lang'),
    background,
    accent,
  });
  await writeFile(path.join(outDir, OFFLINE_FILES.manifest), `${JSON.stringify(manifest, null, 2)}\n`);
}

/** Writes every offline file into the built site `outDir`. */
export async function writeOfflineFiles(outDir: string, logger: AstroIntegrationLogger): Promise<void> {
  const started = performance.now();
  const [code] = await Promise.all([bundleWorker(), writeHomeScreenFiles(outDir)]);
  const facts = await writeWorker(outDir, code);
  await writeFile(path.join(outDir, OFFLINE_FILES.facts), `${JSON.stringify(facts)}\n`);
  const megabytes = (facts.bytes / 1e6).toFixed(1);
  logger.info(`${OFFLINE_FILES.worker} stores ${facts.files} files, ${megabytes} MB ${seconds(started)}`);
}

/** The integration. */
export function offlineCourse(): AstroIntegration {
  return {
    name: 'course:offline',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await writeOfflineFiles(fileURLToPath(dir), logger.fork('course:offline'));
      },
    },
  };
}
