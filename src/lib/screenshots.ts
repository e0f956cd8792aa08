/**
 * Screenshots of the lessons: the ones the notes reference but nobody has taken yet
 * (`<PendingScreenshot>`), and the check that a markdown image points at a real file.
 */
import path from 'node:path';

export interface PendingScreenshot {
  /** Lesson file, relative to the project root. */
  lesson: string;
  line: number;
  /** The missing file's name, e.g. `virtualbox001.png`. */
  file: string;
  alt: string;
}

/** Matches a file name a screenshot can have: no folders, an image extension. */
const SCREENSHOT_FILE = /^[\w.-]+\.(?:png|jpe?g|webp|gif|avif)$/iu;

/** Returns why `file` is not a usable screenshot file name, or undefined when it is. */
export function screenshotFileProblem(file: unknown): string | undefined {
  if (typeof file !== 'string' || file === '') return 'file="…" is required';
  if (!SCREENSHOT_FILE.test(file)) return `file="${file}" must be a bare image file name such as "virtualbox001.png"`;
  return undefined;
}

/** True when a markdown image URL points inside the lesson folder (not a remote or site-root URL). */
export function isLocalImage(url: string): boolean {
  return !/^[a-z][a-z\d+.-]*:/iu.test(url) && !url.startsWith('/') && !url.startsWith('#');
}

/** The error for a markdown image whose file does not exist, in `path:line:column` form. */
export function missingImageMessage(lesson: string, line: number, column: number, url: string): string {
  const file = path.posix.basename(url);
  return (
    `${lesson}:${line}:${column} error missing-image ${url} does not exist. ` +
    `Put the screenshot at ${path.posix.join(path.posix.dirname(lesson), url)}, ` +
    `or replace the image with <PendingScreenshot file="${file}" alt="…">이 자리에 들어갈 화면: …</PendingScreenshot>.`
  );
}

/** The build report: one line per pending screenshot, grouped in lesson order. */
export function pendingReport(items: readonly PendingScreenshot[]): string[] {
  const sorted = [...items].sort((a, b) => a.lesson.localeCompare(b.lesson) || a.line - b.line);
  const lines = sorted.map((item) => `${item.lesson}:${item.line} ${item.file} — ${item.alt}`);
  return [`${items.length} pending screenshot(s):`, ...lines];
}
