/**
 * The small-screen menu: the button opens the sidebar as a panel, Escape or a second press
 * closes it and focus returns to the button. Wide screens show the sidebar and hide the button.
 */
function setOpen(button: HTMLButtonElement, panel: HTMLElement, open: boolean): void {
  button.setAttribute('aria-expanded', String(open));
  button.setAttribute('aria-label', (open ? button.dataset['labelClose'] : button.dataset['labelOpen']) ?? '');
  panel.dataset['open'] = String(open);
  document.documentElement.dataset['menuOpen'] = String(open);
}

/** Wires the menu button to the sidebar it controls. */
export function initMenu(): void {
  const button = document.querySelector<HTMLButtonElement>('.menu-button');
  const panel = button && document.getElementById(button.getAttribute('aria-controls') ?? '');
  if (!button || !panel) return;
  button.hidden = false;
  setOpen(button, panel, false);
  button.addEventListener('click', () => {
    const open = button.getAttribute('aria-expanded') !== 'true';
    setOpen(button, panel, open);
    if (open) panel.querySelector<HTMLElement>('[aria-current="page"], a')?.focus();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || button.getAttribute('aria-expanded') !== 'true') return;
    setOpen(button, panel, false);
    button.focus();
  });
}
