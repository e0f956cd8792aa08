/**
 * Copy buttons on code blocks. The text to copy is computed at build time (console-session.ts)
 * and stored on the figure, so the button copies commands without prompts or output.
 */
const RESET_MS = 2000;

async function copy(button: HTMLButtonElement, text: string): Promise<void> {
  const label = button.textContent ?? '';
  try {
    await navigator.clipboard.writeText(text);
    button.textContent = button.dataset['copied'] ?? label;
  } catch {
    button.textContent = button.dataset['failed'] ?? label;
  }
  setTimeout(() => {
    button.textContent = label;
  }, RESET_MS);
}

/** Shows and wires the copy button of every code block that has something to copy. */
export function initCopyButtons(): void {
  for (const figure of document.querySelectorAll<HTMLElement>('figure.code[data-copy]')) {
    const button = figure.querySelector<HTMLButtonElement>('.code-copy');
    const text = figure.dataset['copy'];
    if (!button || !text || !navigator.clipboard) continue;
    button.hidden = false;
    button.addEventListener('click', () => void copy(button, text));
  }
}
