/**
 * The "오프라인으로 저장" control, the part every page loads: shown only where a service worker can
 * run (see canStoreOffline), its panel opens and closes here, and the rest (./offline-save.ts, with
 * Workbox's window library) loads on the first press. Nothing is registered or downloaded before
 * that; a reader who saved the course gets the rest at once on later visits, to re-register the
 * worker and hear about a new version.
 */
import { canStoreOffline, localStore, wasSaved } from './offline-support.ts';

function setOpen(button: HTMLButtonElement, panel: HTMLElement, open: boolean): void {
  button.setAttribute('aria-expanded', String(open));
  panel.hidden = !open;
}

/** Wires the offline control, if the page has one and the browser can keep the course. */
export function initOffline(): void {
  const root = document.querySelector<HTMLElement>('.offline');
  const button = root?.querySelector<HTMLButtonElement>('.offline-button');
  const panel = root?.querySelector<HTMLElement>('.offline-panel');
  if (!root || !button || !panel) return;
  if (!canStoreOffline(location.protocol, window.isSecureContext, 'serviceWorker' in navigator)) return;
  root.hidden = false;
  let started: Promise<void> | undefined;
  const start = (): Promise<void> =>
    (started ??= import('./offline-save.ts').then(({ startOffline }) => startOffline(root)));

  button.addEventListener('click', () => {
    const open = button.getAttribute('aria-expanded') !== 'true';
    setOpen(button, panel, open);
    if (open) void start();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || panel.hidden) return;
    setOpen(button, panel, false);
    button.focus();
  });

  const scope = new URL(root.dataset['root'] ?? '/', location.href).href;
  if (wasSaved(localStore(), scope)) void start();
  else void navigator.serviceWorker.getRegistration(scope).then((registration) => registration && start());
}
