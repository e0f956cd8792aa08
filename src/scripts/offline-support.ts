/**
 * Small facts the offline control decides on: where a service worker can run, how a size reads,
 * where the reader's choice is remembered. Pure functions (tested beside), and localStore(), the
 * one place that touches the page's storage.
 */

/**
 * True when this page can keep the course offline. Service workers need a secure context over
 * HTTP(S): https, or http on the machine itself (localhost). Not file:// (the USB bundle) and not
 * http://192.168.… (the classroom server), where browsers offer no service worker.
 */
export function canStoreOffline(protocol: string, secureContext: boolean, hasServiceWorker: boolean): boolean {
  return (protocol === 'https:' || protocol === 'http:') && secureContext && hasServiceWorker;
}

/** A byte count as phones show file sizes (decimal units, one decimal): `850 KB`, `1.6 MB`. */
export function formatBytes(bytes: number): string {
  if (bytes < 1e6) return `${Math.max(1, Math.round(bytes / 1e3))} KB`;
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

/** The localStorage key that remembers the reader saved the course served at `scope` (an absolute URL). */
export function savedKey(scope: string): string {
  return `course-offline:${scope}`;
}

/** The page's localStorage, or undefined where touching it throws (storage blocked in some private modes). */
export function localStore(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** True when the reader saved the course at `scope` (storage that throws, as in some private modes, says no). */
export function wasSaved(storage: Pick<Storage, 'getItem'> | undefined, scope: string): boolean {
  try {
    return storage?.getItem(savedKey(scope)) === 'saved';
  } catch {
    return false;
  }
}

/** Remembers (or forgets) that the reader saved the course at `scope`; storage that throws is ignored. */
export function rememberSaved(
  storage: Pick<Storage, 'setItem' | 'removeItem'> | undefined,
  scope: string,
  saved: boolean,
): void {
  try {
    if (saved) storage?.setItem(savedKey(scope), 'saved');
    else storage?.removeItem(savedKey(scope));
  } catch {
    // Without storage the next visit asks the browser for the registration instead.
  }
}
