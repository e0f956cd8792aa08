/** Integration that prints the screenshots the lessons still wait for, once the build is done. */
import type { AstroIntegration } from 'astro';
import { pendingReport } from '../lib/screenshots.ts';
import { pendingScreenshots } from './lesson-images.ts';

/** Logs every `<PendingScreenshot>` the lesson-images plugin saw, with its lesson file and line. */
export function pendingScreenshotsReport(): AstroIntegration {
  return {
    name: 'course:pending-screenshots',
    hooks: {
      'astro:build:start': () => {
        pendingScreenshots.clear();
      },
      'astro:build:done': ({ logger }) => {
        const items = [...pendingScreenshots.values()].flat();
        if (items.length === 0) return;
        for (const line of pendingReport(items)) logger.warn(line);
      },
    },
  };
}
