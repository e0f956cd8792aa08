/**
 * The search button and its keys (`/` outside a text field, Ctrl+K or ⌘K anywhere). This is all
 * a page loads before a reader asks for search: the dialog and Pagefind load on first use.
 */

function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || /^(?:INPUT|TEXTAREA|SELECT)$/u.test(target.tagName);
}

async function open(button: HTMLButtonElement): Promise<void> {
  if (button.getAttribute('aria-expanded') === 'true') return;
  button.setAttribute('aria-busy', 'true');
  try {
    const { openSearch } = await import('./search-dialog.ts');
    await openSearch(button);
  } finally {
    button.removeAttribute('aria-busy');
  }
}

/** Wires the search button and the shortcut keys. */
export function initSearch(): void {
  const button = document.querySelector<HTMLButtonElement>('.search-button');
  if (!button) return;
  button.hidden = false;
  button.addEventListener('click', () => void open(button));
  document.addEventListener('keydown', (event) => {
    const shortcut = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';
    const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !typing(event.target);
    if (!shortcut && !slash) return;
    if (document.querySelector('dialog[open]')) return;
    event.preventDefault();
    void open(button);
  });
}
