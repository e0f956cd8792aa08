/**
 * Reads a PDF with pdfjs-dist (no command-line tools): page count and sizes, document info, whether
 * it is tagged, the embedded fonts with their types, and the text as printed lines.
 */
import { readFile } from 'node:fs/promises';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';

export interface PdfFont {
  /** The embedded name, e.g. `AAAAAA+NanumGothicCoding`. */
  name: string;
  /** pdf.js's font type: `CIDFontType2` (TrueType), `Type3`, `Type1`… */
  type: string;
  /** Every character printed in this font, once each. */
  chars: string;
}

export interface PdfFacts {
  pages: number;
  /** Width and height of each page, in points. */
  sizes: [number, number][];
  info: Record<string, unknown>;
  /** True when the document is tagged (its MarkInfo says Marked). */
  tagged: boolean;
  fonts: PdfFont[];
  /** Every printed line, top to bottom and page by page, its pieces joined in reading order. */
  lines: string[];
}

/** Points two pieces of one printed line may sit apart vertically (fonts differ in baseline). */
const SAME_LINE = 2.5;

/** The printed lines of one page's text items. */
export function joinLines(items: readonly Pick<TextItem, 'str' | 'transform'>[]): string[] {
  const sorted = items
    .filter((item) => item.str !== '')
    .map((item) => ({ text: item.str, x: Number(item.transform[4]), y: Number(item.transform[5]) }))
    .sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: { y: number; pieces: { text: string; x: number }[] }[] = [];
  for (const piece of sorted) {
    const line = lines.find((candidate) => Math.abs(candidate.y - piece.y) <= SAME_LINE);
    if (line) line.pieces.push(piece);
    else lines.push({ y: piece.y, pieces: [piece] });
  }
  return lines.map((line) =>
    line.pieces
      .sort((a, b) => a.x - b.x)
      .map((piece) => piece.text)
      .join(''),
  );
}

/** Reads `file`. */
export async function readPdf(file: string): Promise<PdfFacts> {
  const data = new Uint8Array(await readFile(file));
  const pdf = await getDocument({ data, fontExtraProperties: true, verbosity: 0, isEvalSupported: false }).promise;
  try {
    const fonts = new Map<string, PdfFont>();
    const sizes: [number, number][] = [];
    const lines: string[] = [];
    for (let number = 1; number <= pdf.numPages; number += 1) {
      const page = await pdf.getPage(number);
      const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
      sizes.push([x1 - x0, y1 - y0]);
      await page.getOperatorList();
      const text = await page.getTextContent();
      const items = text.items.filter((item): item is TextItem => 'str' in item);
      for (const item of items) {
        if (!fonts.has(item.fontName)) {
          const font = page.commonObjs.get(item.fontName) as { name?: string; type?: string };
          fonts.set(item.fontName, { name: font.name ?? '', type: font.type ?? '', chars: '' });
        }
        const font = fonts.get(item.fontName);
        if (font) font.chars = [...new Set([...font.chars, ...item.str.replace(/\s/gu, '')])].join('');
      }
      lines.push(...joinLines(items));
    }
    const { info } = await pdf.getMetadata();
    const mark = (await pdf.getMarkInfo()) as { Marked?: boolean } | null;
    return {
      pages: pdf.numPages,
      sizes,
      info: info as Record<string, unknown>,
      tagged: mark?.Marked === true,
      fonts: [...fonts.values()],
      lines,
    };
  } finally {
    await pdf.destroy();
  }
}
