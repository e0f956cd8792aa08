/**
 * Copy buttons on code blocks. The text to copy is computed at build time (packages/code-blocks)
 * and stored on the figure, so the button copies commands without prompts or output.
 */
const RESET_MS = 2000;

/** One polite live region for the page: the buttons' accessible names do not change, so say it here. */
function statusRegion(): HTMLElement {
  const region = document.createElement('div');
  region.className = 'sr-only';
  region.setAttribute('role', 'status');
  document.body.append(region);
  return region;
}

async function copy(button: HTMLButtonElement, text: string, status: HTMLElement): Promise<void> {
  const label = button.textContent ?? '';
  let result: string;
  try {
    await navigator.clipboard.writeText(text);
    result = button.dataset['copied'] ?? label;
  } catch {
    result = button.dataset['failed'] ?? label;
  }
  button.textContent = result;
  status.textContent = result;
  setTimeout(() => {
    button.textContent = label;
    status.textContent = '';
  }, RESET_MS);
}

/** Shows and wires the copy button of every code block that has something to copy. */
export function initCopyButtons(): void {
  let status: HTMLElement | undefined;
  for (const figure of document.querySelectorAll<HTMLElement>('figure.code[data-copy]')) {
    const button = figure.querySelector<HTMLButtonElement>('.code-copy');
    const text = figure.dataset['copy'];
    if (!button || !text || !navigator.clipboard) continue;
    button.hidden = false;
    status ??= statusRegion();
    const region = status;
    button.addEventListener('click', () => void copy(button, text, region));
  }
}
