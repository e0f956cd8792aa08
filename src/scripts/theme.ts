/** The theme toggle: a pressed button means dark. The choice persists in localStorage. */
type Theme = 'light' | 'dark';

function current(): Theme {
  const chosen = document.documentElement.dataset['theme'];
  if (chosen === 'light' || chosen === 'dark') return chosen;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

function render(button: HTMLButtonElement, theme: Theme): void {
  button.setAttribute('aria-pressed', String(theme === 'dark'));
  button.title = (theme === 'dark' ? button.dataset['labelLight'] : button.dataset['labelDark']) ?? '';
}

/** Wires every theme toggle on the page. */
export function initThemeToggle(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('.theme-toggle')) {
    button.hidden = false;
    render(button, current());
    button.addEventListener('click', () => {
      const next: Theme = current() === 'dark' ? 'light' : 'dark';
      document.documentElement.dataset['theme'] = next;
      try {
        localStorage.setItem('theme', next);
      } catch {
        /* private mode: the choice lasts for this page only */
      }
      render(button, next);
    });
  }
}
