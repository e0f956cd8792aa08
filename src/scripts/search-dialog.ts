/**
 * The search dialog, loaded on first use: Pagefind's Component UI (its modal, with Korean strings)
 * with the Korean query module in front of the engine. Served over HTTP the engine is Pagefind; opened
 * from disk (file://, where Pagefind cannot load) it is the bundle's script-loaded index.
 */
import {
  BUILTIN_TERMS,
  createLexicon,
  koreanSearch,
  type GlossaryNames,
  type SearchEngine,
} from '../lib/search/index.ts';
import { createOfflineEngine } from '../lib/search/offline-engine.ts';
import type { OfflineIndex } from '../lib/search/offline-index.ts';
import { LEXICON_FILE, OFFLINE_INDEX_FILE, OFFLINE_INDEX_GLOBAL, PAGEFIND_DIR } from '../lib/search/paths.ts';

interface Engine extends SearchEngine {
  filters: () => Promise<unknown>;
  init?: () => Promise<void>;
}

/** Search starts 120 ms after the last keystroke (Pagefind's default is 300). */
const DEBOUNCE_MS = '120';

interface ComponentInstance {
  __pagefind__: unknown;
}

interface Modal extends HTMLElement {
  open: () => void;
  dialogEl: HTMLDialogElement | null;
}

declare global {
  interface Window {
    PagefindComponents?: {
      getInstanceManager: () => { getInstance: (name: string, options?: object) => ComponentInstance };
    };
    [OFFLINE_INDEX_GLOBAL]?: OfflineIndex;
  }
}

function load<T extends HTMLScriptElement | HTMLLinkElement>(element: T, url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    element.addEventListener('load', () => resolve());
    element.addEventListener('error', () => reject(new Error(`search: could not load ${url}`)));
    document.head.append(element);
  });
}

function script(url: string): Promise<void> {
  return load(Object.assign(document.createElement('script'), { src: url }), url);
}

function style(url: string): Promise<void> {
  return load(Object.assign(document.createElement('link'), { rel: 'stylesheet', href: url }), url);
}

async function pagefindEngine(root: URL): Promise<{ engine: Engine; glossary: GlossaryNames[] }> {
  const bundle = new URL(PAGEFIND_DIR, root);
  const api = (await import(/* @vite-ignore */ new URL('pagefind.js', bundle).href)) as {
    createInstance: (options: object) => Engine;
  };
  const engine = api.createInstance({ basePath: bundle.pathname, baseUrl: root.pathname });
  // Fetch the wasm and the index metadata while the reader starts typing.
  void engine.init?.();
  const response = await fetch(new URL(LEXICON_FILE, root));
  const glossary = response.ok ? ((await response.json()) as GlossaryNames[]) : [];
  return { engine, glossary };
}

async function offlineEngine(root: URL, relativeRoot: string): Promise<{ engine: Engine; glossary: GlossaryNames[] }> {
  await script(new URL(OFFLINE_INDEX_FILE, root).href);
  const index = window[OFFLINE_INDEX_GLOBAL];
  if (!index) throw new Error(`search: ${OFFLINE_INDEX_FILE} did not define window.${OFFLINE_INDEX_GLOBAL}`);
  return { engine: createOfflineEngine(index, relativeRoot), glossary: index.glossary };
}

function element(name: string, attributes: Record<string, string> = {}, ...children: HTMLElement[]): HTMLElement {
  const node = document.createElement(name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  node.append(...children);
  return node;
}

/** Pagefind's default modal layout, spelled out so the input can take our placeholder and debounce. */
function modalParts(placeholder: string): HTMLElement[] {
  return [
    element('pagefind-modal-header', {}, element('pagefind-input', { placeholder, debounce: DEBOUNCE_MS })),
    element('pagefind-modal-body', {}, element('pagefind-summary'), element('pagefind-results')),
    element('pagefind-modal-footer', {}, element('pagefind-keyboard-hints')),
  ];
}

async function createModal(button: HTMLButtonElement): Promise<Modal> {
  const relativeRoot = button.dataset['searchRoot'] ?? '/';
  const root = new URL(relativeRoot, location.href);
  const bundle = new URL(PAGEFIND_DIR, root);
  const [{ engine, glossary }] = await Promise.all([
    location.protocol === 'file:' ? offlineEngine(root, relativeRoot) : pagefindEngine(root),
    style(new URL('pagefind-component-ui.css', bundle).href),
    script(new URL('pagefind-component-ui.js', bundle).href),
  ]);
  const manager = window.PagefindComponents?.getInstanceManager();
  if (!manager) throw new Error('search: pagefind-component-ui.js did not define window.PagefindComponents');
  const instance = manager.getInstance('default', { bundlePath: bundle.href });
  // Setting the engine before the first search keeps the UI from importing pagefind.js itself.
  instance.__pagefind__ = {
    search: koreanSearch(engine, createLexicon(BUILTIN_TERMS, glossary)),
    filters: () => engine.filters(),
  };
  const modal = document.createElement('pagefind-modal') as Modal;
  modal.append(...modalParts(button.dataset['placeholder'] ?? ''));
  document.body.append(modal);
  modal.addEventListener(
    'close',
    () => {
      button.setAttribute('aria-expanded', 'false');
      button.focus();
    },
    true,
  );
  await customElements.whenDefined('pagefind-modal');
  await new Promise(requestAnimationFrame);
  return modal;
}

let pending: Promise<Modal> | undefined;

/** Opens the search dialog, loading it the first time. */
export async function openSearch(button: HTMLButtonElement): Promise<void> {
  pending ??= createModal(button);
  try {
    const modal = await pending;
    button.setAttribute('aria-expanded', 'true');
    modal.open();
  } catch (error) {
    pending = undefined;
    button.title = button.dataset['failed'] ?? '';
    throw error;
  }
}
