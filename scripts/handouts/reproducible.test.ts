import { describe, expect, test } from 'vitest';
import { fixPdfDates, pdfDigits, renumberNodeIds } from './reproducible.ts';

const DATE = new Date(Date.UTC(2026, 0, 2, 3, 4, 5));

describe('pdfDigits', () => {
  test.each([
    [0, '20260102030405'],
    [540, '20260102120405'],
    [-300, '20260101220405'],
  ])('returns the local digits for an offset of %i minutes', (offset, expected) => {
    expect(pdfDigits(DATE, offset)).toBe(expected);
  });
});

describe('fixPdfDates', () => {
  test('returns the PDF with both dates replaced and its length unchanged', () => {
    const pdf = Buffer.from(
      "<</Producer (Skia/PDF m156)\n/CreationDate (D:20261122045054+00'00')\n/ModDate (D:20261122045055+09'00')>>\n\xff",
      'latin1',
    );
    const fixed = fixPdfDates(pdf, DATE);
    expect(fixed.length).toBe(pdf.length);
    expect(fixed.toString('latin1')).toBe(
      "<</Producer (Skia/PDF m156)\n/CreationDate (D:20260102030405+00'00')\n/ModDate (D:20260102120405+09'00')>>\n\xff",
    );
  });

  test('returns a PDF without dates unchanged', () => {
    const pdf = Buffer.from('%PDF-1.4\n%%EOF', 'latin1');
    expect(fixPdfDates(pdf, DATE).equals(pdf)).toBe(true);
  });
});

describe('renumberNodeIds', () => {
  test('returns ids numbered in file order with the id tree re-sorted, length unchanged', () => {
    const pdf = Buffer.from(
      '/ID (node00006516)\n/ID (node00000514)\n/Headers [(node00006516)]\n' +
        '<</Limits [(node00000514) (node00006516)]\n/Names [(node00000514) 12 0 R (node00006516) 7 0 R]>>',
      'latin1',
    );
    const fixed = renumberNodeIds(pdf).toString('latin1');
    expect(fixed).toBe(
      '/ID (node00000001)\n/ID (node00000002)\n/Headers [(node00000001)]\n' +
        '<</Limits [(node00000001) (node00000002)]\n/Names [(node00000001) 7 0 R (node00000002) 12 0 R]>>',
    );
    expect(fixed.length).toBe(pdf.length);
  });

  test("returns the same bytes for two prints that differ only in Chromium's numbering", () => {
    const print = (a: string, b: string): Buffer =>
      Buffer.from(
        `/ID (node${a})\n/ID (node${b})\n<</Limits [(node${[a, b].sort()[0]}) (node${[a, b].sort()[1]})]\n/Names [${[
          [a, '3 0 R'],
          [b, '4 0 R'],
        ]
          .sort()
          .map(([k, r]) => `(node${k}) ${r}`)
          .join(' ')}]>>`,
        'latin1',
      );
    expect(renumberNodeIds(print('00000007', '00000001')).equals(renumberNodeIds(print('00000489', '00000492')))).toBe(
      true,
    );
  });

  test('returns a PDF without tags unchanged', () => {
    const pdf = Buffer.from('%PDF-1.4\n%%EOF', 'latin1');
    expect(renumberNodeIds(pdf).equals(pdf)).toBe(true);
  });
});
