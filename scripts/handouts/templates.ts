/**
 * Chromium's running header and footer for a handout: the course and document titles above,
 * the page number below. Chromium fills `pageNumber` and `totalPages`; the templates need their
 * own font size and colours because page styles do not reach them.
 */

const escape = (text: string): string => text.replace(/[&<>"']/gu, (char) => `&#${char.charCodeAt(0)};`);

const BOX =
  "font-family:'Noto Sans CJK KR','Noto Sans KR',sans-serif;font-size:8pt;color:#545b66;inline-size:100%;margin-inline:15mm;display:flex;justify-content:space-between;gap:8mm;";

/** The header: course title at the start, document title at the end. */
export function headerTemplate(course: string, title: string): string {
  return `<div style="${BOX}"><span>${escape(course)}</span><span>${escape(title)}</span></div>`;
}

/** The footer: `n / total` at the end of the line. */
export function footerTemplate(): string {
  return `<div style="${BOX}justify-content:flex-end;"><span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`;
}
