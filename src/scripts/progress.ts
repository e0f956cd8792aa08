/**
 * Reading progress on this device only: a lesson counts as read when the reader reaches its end or
 * follows "next". Marks read lessons and counts them per part wherever the page lists them, offers
 * "이어서 보기" on the home page, and clears the record on request. Nothing leaves the browser;
 * where storage is refused (some file:// and private modes) the page simply shows no progress.
 */
import {
  PROGRESS_KEY,
  emptyProgress,
  markRead,
  parseProgress,
  readInPart,
  resumeTarget,
  type ProgressState,
} from '../lib/course/progress-state.ts';

/** The stored progress; a stored value that is not a valid record (or has invalid entries) is rewritten or dropped. */
function load(): ProgressState {
  try {
    const raw = localStorage.getItem(PROGRESS_KEY);
    const state = parseProgress(raw);
    if (raw !== null && raw !== JSON.stringify(state)) store(Object.keys(state.read).length > 0 ? state : undefined);
    return state;
  } catch {
    return emptyProgress();
  }
}

function store(state: ProgressState | undefined): void {
  try {
    if (state) localStorage.setItem(PROGRESS_KEY, JSON.stringify(state));
    else localStorage.removeItem(PROGRESS_KEY);
  } catch {
    /* storage refused: progress lasts for this page only */
  }
}

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/gu, (slot, name: string) => String(values[name] ?? slot));
}

/** Shows `state` on every progress element of the page. */
function render(state: ProgressState): void {
  const labels = document.querySelector<HTMLElement>('[data-progress-labels]')?.dataset['progressLabels'];
  const { read = '', count = '' } = labels ? (JSON.parse(labels) as Record<string, string>) : {};
  const links = [...document.querySelectorAll<HTMLAnchorElement>('a[data-progress-lesson]')];
  for (const link of links) {
    const done = Boolean(state.read[link.dataset['progressLesson'] ?? '']);
    let mark = link.querySelector<HTMLElement>('.read-mark');
    if (done && !mark) {
      mark = document.createElement('span');
      mark.className = 'read-mark';
      mark.setAttribute('role', 'img');
      mark.setAttribute('aria-label', read);
      link.append(mark);
    }
    mark?.toggleAttribute('hidden', !done);
  }
  for (const part of document.querySelectorAll<HTMLElement>('[data-progress-part]')) {
    const total = Number(part.dataset['total']);
    const n = readInPart(state, part.dataset['progressPart'] ?? '', total);
    let badge = part.querySelector<HTMLElement>('.progress-count');
    if (!badge) {
      badge = document.createElement('span');
      badge.className = 'progress-count';
      part.append(badge);
    }
    badge.textContent = fill(count, { read: n, total });
    badge.hidden = n === 0;
  }
  const resume = document.querySelector<HTMLAnchorElement>('a[data-progress-resume]');
  if (resume) {
    const target = resumeTarget([...new Set(links.map((link) => link.dataset['progressLesson'] ?? ''))], state);
    const link = links.find((candidate) => candidate.dataset['progressLesson'] === target);
    resume.hidden = !link;
    if (link) {
      resume.setAttribute('href', link.getAttribute('href') ?? '');
      resume.textContent = fill(resume.dataset['progressResume'] ?? '', { title: link.dataset['title'] ?? '' });
    }
  }
  const clear = document.querySelector<HTMLButtonElement>('button[data-progress-clear]');
  if (clear) clear.hidden = Object.keys(state.read).length === 0;
}

/** Wires the lesson being read (if any) and the progress elements of the page. */
export function initProgress(): void {
  const lesson = document.querySelector<HTMLElement>('article[data-lesson][data-part]');
  const id = lesson?.dataset['lesson'];
  const part = lesson?.dataset['part'];
  if (id && part) {
    const read = (): void => {
      const state = markRead(load(), id, part, Date.now());
      store(state);
      render(state);
    };
    const end = document.querySelector('.pagination');
    if (end && 'IntersectionObserver' in window) {
      const observer = new IntersectionObserver((entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        read();
      });
      observer.observe(end);
    }
    document.querySelector('a[rel="next"]')?.addEventListener('click', read);
  }
  document.querySelector('button[data-progress-clear]')?.addEventListener('click', () => {
    store(undefined);
    render(emptyProgress());
    const status = document.querySelector('[data-progress-status]');
    if (status) status.textContent = status.getAttribute('data-message') ?? '';
  });
  render(load());
  // Back and forward may show this page from the cache, with what was read since then missing.
  addEventListener('pageshow', (event) => {
    if (event.persisted) render(load());
  });
}
