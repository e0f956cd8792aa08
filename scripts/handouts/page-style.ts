/**
 * The running header and footer of a handout, as CSS page-margin boxes: the course title at the
 * start of the top margin, the document title at its end, `n / total` at the end of the bottom one.
 * Margin boxes are laid out with the page's own fonts (the print fonts), unlike Chromium's
 * header and footer templates, which see only the machine's fonts.
 */
import { PRINT_SANS } from './fonts/print-fonts.ts';

/** `text` as a CSS string literal. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/gu, (char) => `\\${char}`).replace(/[\n\r\f]/gu, ' ')}"`;
}

const BOX = `font-family:'${PRINT_SANS}';font-size:8pt;font-weight:400;color:#545b66`;

/** The page-margin rules for a handout titled `title` in the course `course`. */
export function pageStyle(course: string, title: string): string {
  return (
    `@page{` +
    `@top-left{content:${cssString(course)};${BOX};vertical-align:bottom}` +
    `@top-right{content:${cssString(title)};${BOX};vertical-align:bottom}` +
    `@bottom-right{content:counter(page) " / " counter(pages);${BOX};vertical-align:top}` +
    `}`
  );
}
