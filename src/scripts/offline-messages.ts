/**
 * What the service worker tells the pages while it stores the course (src/integrations/offline/
 * worker/sw.ts → src/scripts/offline-save.ts), on a BroadcastChannel of the site's scope so that
 * two courses on one host do not hear each other.
 */

export type ProgressMessage =
  { type: 'progress'; done: number; total: number } | { type: 'failed'; done: number; total: number; reason: string };

/** The channel name for the service worker registered with `scope` (an absolute URL). */
export function progressChannel(scope: string): string {
  return `course-offline:${scope}`;
}

/** The message a page sends a waiting service worker when the reader agrees to update. */
export const SKIP_WAITING = { type: 'SKIP_WAITING' } as const;

/** True when `data` is the SKIP_WAITING message. */
export function isSkipWaiting(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as { type?: unknown }).type === SKIP_WAITING.type;
}
