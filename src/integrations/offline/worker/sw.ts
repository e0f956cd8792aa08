/**
 * The course's service worker. esbuild bundles it at build time and the build writes the precache
 * list in place of `self.__WB_MANIFEST` (../worker-file.ts). On install it stores every listed
 * file, a few at a time, telling the pages how far it has got; then it answers from that store.
 * A newer version waits until a page says the reader agreed (SKIP_WAITING), or until no page of the
 * course is open.
 */
import { clientsClaim } from 'workbox-core';
import { PrecacheController, PrecacheRoute, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { isSkipWaiting, progressChannel, type ProgressMessage } from '../../../scripts/offline-messages.ts';
import { pool } from './pool.ts';
import { variations } from './variations.ts';

/** The parts of the service worker's global scope used here (the DOM library has no worker types). */
interface LifecycleEvent extends Event {
  waitUntil: (promise: Promise<unknown>) => void;
}
interface WorkerScope {
  __WB_MANIFEST: PrecacheEntry[];
  location: Location;
  registration: { scope: string };
  skipWaiting: () => Promise<void>;
  addEventListener: ((type: 'install' | 'activate', listener: (event: LifecycleEvent) => void) => void) &
    ((type: 'message', listener: (event: MessageEvent) => void) => void);
}
declare const self: WorkerScope;

/** Requests in flight while storing: what a browser opens to one host over HTTP/1.1. */
const CONCURRENCY = 6;

const entries = self.__WB_MANIFEST;
const controller = new PrecacheController();
controller.addToCacheList(entries);
// Workbox fetches a file with a revision past the HTTP cache (its URL alone does not say which version it is).
const revised = new Set(
  entries.filter((entry) => entry.revision).map((entry) => new URL(entry.url, self.location.href).href),
);

/** Stores every file not stored yet: Workbox's own install stores one at a time, and a course has thousands. */
async function install(event: LifecycleEvent): Promise<void> {
  const channel = new BroadcastChannel(progressChannel(self.registration.scope));
  const files = [...controller.getURLsToCacheKeys()];
  const report = (message: ProgressMessage): void => channel.postMessage(message);
  let done = 0;
  let reported = 0;
  try {
    await pool(files, CONCURRENCY, async ([url, cacheKey]) => {
      const request = new Request(url, { cache: revised.has(url) ? 'reload' : 'default', credentials: 'same-origin' });
      const [response, handled] = controller.strategy.handleAll({ params: { cacheKey }, request, event });
      await Promise.all([response, handled]);
      done += 1;
      // At most one message per 100 ms: thousands of files must not flood the page.
      if (done === files.length || performance.now() - reported > 100) {
        reported = performance.now();
        report({ type: 'progress', done, total: files.length });
      }
    });
  } catch (error) {
    report({ type: 'failed', done, total: files.length, reason: String(error) });
    throw error;
  } finally {
    channel.close();
  }
}

self.addEventListener('install', (event) => event.waitUntil(install(event)));
self.addEventListener('activate', (event) => event.waitUntil(controller.activate(event)));
self.addEventListener('message', (event) => {
  if (isSkipWaiting(event.data)) void self.skipWaiting();
});
// The first version takes the open page at once, so it works offline without a reload. A newer one
// only activates after SKIP_WAITING, and then the page that asked reloads (src/scripts/offline-save.ts).
clientsClaim();
registerRoute(
  new PrecacheRoute(controller, {
    cleanURLs: false,
    // Pagefind asks for pagefind-entry.json?ts=<time>: the stored copy answers whatever the time.
    ignoreURLParametersMatching: [/^utm_/u, /^fbclid$/u, /^ts$/u],
    urlManipulation: variations,
  }),
);
