/**
 * The offline control once the reader has pressed it (or saved the course on an earlier visit):
 * registers the service worker with Workbox's window library, shows how far saving has got and
 * "저장됨" only once the worker has stored every file and activated, offers a new version
 * ("새 버전이 있습니다 — 업데이트") and switches to it only when the reader presses the button,
 * and can remove the saved copy again.
 */
import { Workbox } from 'workbox-window';
import { progressChannel, type ProgressMessage } from './offline-messages.ts';
import { formatBytes, localStore, rememberSaved, wasSaved } from './offline-support.ts';
import { offlineView, type OfflineState, type OfflineStrings } from './offline-view.ts';

interface Parts {
  root: HTMLElement;
  size: HTMLElement;
  status: HTMLElement;
  progress: HTMLProgressElement;
  save: HTMLButtonElement;
  remove: HTMLButtonElement;
  update: HTMLElement;
  updateButton: HTMLButtonElement;
  later: HTMLButtonElement;
}

function part<T extends HTMLElement>(root: HTMLElement, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`offline control: ${selector} missing (src/components/OfflineSave.astro)`);
  return found;
}

function parts(root: HTMLElement): Parts {
  return {
    root,
    size: part(root, '[data-offline-size]'),
    status: part(root, '[data-offline-status]'),
    progress: part<HTMLProgressElement>(root, 'progress'),
    save: part<HTMLButtonElement>(root, '[data-offline-save]'),
    remove: part<HTMLButtonElement>(root, '[data-offline-remove]'),
    update: part(root, '.offline-update'),
    updateButton: part<HTMLButtonElement>(root, '[data-offline-update]'),
    later: part<HTMLButtonElement>(root, '[data-offline-later]'),
  };
}

function strings(root: HTMLElement): OfflineStrings {
  const { saving = '', saved = '', failed = '', removed = '' } = root.dataset;
  return { saving, saved, failed, removed };
}

/** Lets the browser offer "add to home screen" once the course works offline (and not before). */
function linkHomeScreen(root: HTMLElement): void {
  const links = [
    { rel: 'manifest', href: root.dataset['manifest'] },
    { rel: 'apple-touch-icon', href: root.dataset['touchIcon'] },
  ];
  for (const { rel, href } of links) {
    if (!href || document.head.querySelector(`link[rel="${rel}"]`)) continue;
    document.head.append(Object.assign(document.createElement('link'), { rel, href }));
  }
}

function unlinkHomeScreen(): void {
  for (const link of document.head.querySelectorAll('link[rel="manifest"], link[rel="apple-touch-icon"]'))
    link.remove();
}

/** The size saving takes, from offline.json (written by the build); left blank when it cannot be read. */
async function showSize(ui: Parts): Promise<void> {
  const { facts = '', sizeLabel = '' } = ui.root.dataset;
  try {
    const response = await fetch(new URL(facts, location.href), { cache: 'no-cache' });
    const { bytes, files } = (await response.json()) as { bytes: number; files: number };
    ui.size.textContent = sizeLabel
      .replace('{size}', formatBytes(bytes))
      .replace('{files}', files.toLocaleString('ko-KR'));
  } catch {
    ui.size.textContent = '';
  }
}

/** Starts the control inside `root` (src/components/OfflineSave.astro). */
export async function startOffline(root: HTMLElement): Promise<void> {
  const ui = parts(root);
  const text = strings(root);
  const scope = new URL(root.dataset['root'] ?? '/', location.href).href;
  const worker = new URL(root.dataset['worker'] ?? 'sw.js', location.href).href;
  let state: OfflineState = { kind: 'idle' };
  let wb: Workbox | undefined;
  let updating = false;

  const render = (next: OfflineState): void => {
    state = next;
    const view = offlineView(state, text);
    root.dataset['state'] = state.kind;
    ui.status.textContent = view.status;
    ui.progress.hidden = view.percent === undefined;
    ui.progress.value = view.percent ?? 0;
    ui.save.hidden = !view.canSave;
    ui.save.disabled = !view.canSave;
    ui.remove.hidden = !view.canRemove;
    ui.size.hidden = state.kind === 'saved';
  };
  const saved = (): void => {
    rememberSaved(localStore(), scope, true);
    linkHomeScreen(root);
    render({ kind: 'saved' });
  };
  const offerUpdate = (): void => {
    ui.update.hidden = false;
  };

  new BroadcastChannel(progressChannel(scope)).addEventListener('message', (event: MessageEvent<ProgressMessage>) => {
    // A new version stores in the background: only the first save shows its progress.
    if (state.kind !== 'saving') return;
    if (event.data.type === 'progress') render({ kind: 'saving', done: event.data.done, total: event.data.total });
    else render({ kind: 'failed' });
  });

  /** Registers the worker (the browser then checks for a new version) and follows what it does. */
  const connect = async (immediate: boolean): Promise<void> => {
    wb = new Workbox(worker, { scope });
    wb.addEventListener('activated', (event) => {
      if (!event.isUpdate && !event.isExternal) saved();
    });
    wb.addEventListener('redundant', (event) => {
      if (state.kind === 'saving' && !event.isExternal) render({ kind: 'failed' });
    });
    wb.addEventListener('waiting', offerUpdate);
    wb.addEventListener('controlling', (event) => {
      // The page whose reader agreed reloads into the new version; another open page of the course,
      // which had the old one, is only told. (The first save also takes control: nothing to do.)
      if (updating) location.reload();
      else if (event.isUpdate) offerUpdate();
    });
    const registration = await wb.register({ immediate });
    if (registration?.active) saved();
    else if (state.kind !== 'saving') render({ kind: 'saving', done: 0, total: 0 });
  };

  ui.save.addEventListener('click', () => {
    render({ kind: 'saving', done: 0, total: 0 });
    // Ask the browser not to clear the copy when the phone runs short of space (it may say no).
    void navigator.storage?.persist?.().catch(() => false);
    connect(true).catch(() => render({ kind: 'failed' }));
  });
  ui.remove.addEventListener('click', () => {
    void remove(scope).then(() => {
      rememberSaved(localStore(), scope, false);
      unlinkHomeScreen();
      render({ kind: 'removed' });
      void showSize(ui);
    });
  });
  ui.updateButton.addEventListener('click', () => {
    updating = true;
    ui.updateButton.disabled = true;
    void navigator.serviceWorker.getRegistration(scope).then((registration) => {
      if (registration?.waiting && wb) wb.messageSkipWaiting();
      else location.reload();
    });
  });
  ui.later.addEventListener('click', () => {
    ui.update.hidden = true;
  });

  const registration = await navigator.serviceWorker.getRegistration(scope);
  // A reader who saved once is re-registered on every visit, even if the browser dropped the worker.
  if (registration?.active) {
    saved();
    // Offline, the browser cannot fetch sw.js to look for a new version: the saved copy still works.
    await connect(false).catch(() => undefined);
  } else if (registration || wasSaved(localStore(), scope)) {
    render({ kind: 'saving', done: 0, total: 0 });
    await connect(false).catch(() => render({ kind: 'failed' }));
  } else {
    render({ kind: 'idle' });
    await showSize(ui);
  }
}

/** Unregisters the worker at `scope` and deletes what it stored. */
async function remove(scope: string): Promise<void> {
  const registration = await navigator.serviceWorker.getRegistration(scope);
  await registration?.unregister();
  for (const name of await caches.keys()) if (name.endsWith(scope)) await caches.delete(name);
}
