/**
 * The search dialog, loaded on first use: Pagefind's Component UI (its modal, with Korean strings)
 * with the Korean query module in front of the engine. Served over HTTP the engine is Pagefind; opened
 * from disk (file://, where Pagefind cannot load) it is the bundle's script-loaded index.
 */
import { koreanSearch, searchContext, type LexiconData, type SearchEngine } from '../lib/search/index.ts';
import { inOrder } from '../lib/search/lexicon-data.ts';
import { createOfflineEngine } from '../lib/search/offline-engine.ts';
import type { OfflineIndex } from '../lib/search/offline-index.ts';
import { LEXICON_FILE, OFFLINE_INDEX_FILE, OFFLINE_INDEX_GLOBAL, PAGEFIND_DIR } from '../lib/search/paths.ts';

interface Engine extends SearchEngine {
  filters: () => Promise<unknown>;
  init?: () => Promise<void>;
}

/** Search starts 120 ms after the last keystroke (Pagefind's default is 300). */
const DEBOUNCE_MS = '120';
/** The lessons' Pagefind filter (`data-pagefind-filter="part:…"` in LessonLayout.astro). */
const PART_FILTER = 'part';

interface ComponentInstance {
  __pagefind__: unknown;
  /** Pagefind's event bus: the filter dropdown fills its options on a `filters` event. */
  __dispatch__: (event: string, ...payload: unknown[]) => void;
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

/** Search without the lexicon file still works: no vocabulary, no spelling guesses. */
const NO_LEXICON: LexiconData = { glossary: [], vocabulary: { terms: [], fillers: [] }, words: [], pages: 1 };

async function pagefindEngine(root: URL): Promise<{ engine: Engine; lexicon: LexiconData }> {
  const bundle = new URL(PAGEFIND_DIR, root);
  const api = (await import(/* @vite-ignore */ new URL('pagefind.js', bundle).href)) as {
    createInstance: (options: object) => Engine;
  };
  const engine = api.createInstance({ basePath: bundle.pathname, baseUrl: root.pathname });
  // Fetch the wasm and the index metadata while the reader starts typing.
  void engine.init?.();
  const response = await fetch(new URL(LEXICON_FILE, root));
  const lexicon = response.ok ? ((await response.json()) as LexiconData) : NO_LEXICON;
  return { engine, lexicon };
}

async function offlineEngine(root: URL, relativeRoot: string): Promise<{ engine: Engine; lexicon: LexiconData }> {
  await script(new URL(OFFLINE_INDEX_FILE, root).href);
  const index = window[OFFLINE_INDEX_GLOBAL];
  if (!index) throw new Error(`search: ${OFFLINE_INDEX_FILE} did not define window.${OFFLINE_INDEX_GLOBAL}`);
  return { engine: createOfflineEngine(index, relativeRoot), lexicon: index.lexicon };
}

function element(name: string, attributes: Record<string, string> = {}, ...children: HTMLElement[]): HTMLElement {
  const node = document.createElement(name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  node.append(...children);
  return node;
}

/**
 * Pagefind's default modal layout, spelled out so the input can take our placeholder and debounce,
 * with a dropdown under it that limits results to one or more parts of the course.
 */
function modalParts(placeholder: string, partLabel: string): HTMLElement[] {
  return [
    element('pagefind-modal-header', {}, element('pagefind-input', { placeholder, debounce: DEBOUNCE_MS })),
    element(
      'pagefind-modal-body',
      {},
      element('pagefind-filter-dropdown', { filter: PART_FILTER, label: partLabel, wrap: '', 'show-empty': '' }),
      element('pagefind-summary'),
      element('pagefind-results'),
    ),
    element('pagefind-modal-footer', {}, element('pagefind-keyboard-hints')),
  ];
}

/**
 * Names each part option by the part alone: Pagefind labels options "<value>, N results" in English,
 * and N would count one search word's results, not the merged list the dialog shows. Names the
 * dropdown by its label too: a combobox takes no name from its content, so screen readers heard none.
 */
function nameOptionsByValue(root: HTMLElement, label: string): void {
  const rename = () => {
    for (const option of root.querySelectorAll<HTMLElement>('.pf-dropdown-option[data-value]')) {
      const value = option.dataset['value'] ?? '';
      if (option.getAttribute('aria-label') !== value) option.setAttribute('aria-label', value);
    }
    for (const trigger of root.querySelectorAll<HTMLElement>('.pf-dropdown-trigger[role="combobox"]')) {
      if (trigger.getAttribute('aria-label') !== label) trigger.setAttribute('aria-label', label);
    }
  };
  new MutationObserver(rename).observe(root, { subtree: true, childList: true, attributeFilter: ['aria-label'] });
}

/**
 * Escape in the open part list closes the list and leaves the dialog open, as in any listbox;
 * Pagefind's modal would close itself (and lose the results) on the same key.
 */
function escapeClosesListFirst(root: HTMLElement): void {
  root.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Escape') return;
      const open = root.querySelector<HTMLElement>('.pf-dropdown-trigger[aria-expanded="true"]');
      if (!open) return;
      event.stopPropagation();
      event.preventDefault();
      open.click();
      open.focus();
    },
    true,
  );
}

async function createModal(button: HTMLButtonElement): Promise<Modal> {
  const relativeRoot = button.dataset['searchRoot'] ?? '/';
  const root = new URL(relativeRoot, location.href);
  const bundle = new URL(PAGEFIND_DIR, root);
  const [{ engine, lexicon }] = await Promise.all([
    location.protocol === 'file:' ? offlineEngine(root, relativeRoot) : pagefindEngine(root),
    style(new URL('pagefind-component-ui.css', bundle).href),
    script(new URL('pagefind-component-ui.js', bundle).href),
  ]);
  const manager = window.PagefindComponents?.getInstanceManager();
  if (!manager) throw new Error('search: pagefind-component-ui.js did not define window.PagefindComponents');
  const instance = manager.getInstance('default', { bundlePath: bundle.href });
  // Setting the engine before the first search keeps the UI from importing pagefind.js itself.
  // Parts listed in course order, not in the index's order.
  const totals = inOrder(
    (await engine.filters()) as Record<string, Record<string, number>>,
    PART_FILTER,
    lexicon.parts ?? [],
  );
  const search = koreanSearch(engine, searchContext(lexicon));
  instance.__pagefind__ = {
    // Every part stays listed while a query is on: the counts are the parts' lesson counts.
    search: async (term: string | null, options?: object) => {
      const response = await search(term, options);
      return response && { ...response, filters: totals, totalFilters: totals };
    },
    filters: () => Promise.resolve(totals),
  };
  const modal = document.createElement('pagefind-modal') as Modal;
  const partLabel = button.dataset['partFilter'] ?? '';
  modal.append(...modalParts(button.dataset['placeholder'] ?? '', partLabel));
  document.body.append(modal);
  nameOptionsByValue(modal, partLabel);
  escapeClosesListFirst(modal);
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
  // Pagefind announces the filters when it loads its own engine; with ours set, we announce them.
  instance.__dispatch__('filters', { available: totals, total: totals });
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
