import { describe, expect, test } from 'vitest';
import { FONT_PATH, fontBytes, fontSource, printFontCss, rewriteFaces } from './print-fonts.ts';
import { readWoff } from './woff.ts';

const FONTSOURCE = `/* noto-sans-kr-[0]-400-normal */
@font-face {
  font-family: 'Noto Sans KR';
  font-style: normal;
  font-display: swap;
  font-weight: 400;
  src: url(./files/noto-sans-kr-0-400-normal.woff2) format('woff2'), url(./files/noto-sans-kr-0-400-normal.woff) format('woff');
  unicode-range: U+f9ca-fa0b,U+ff03-ff05;
}`;

describe('rewriteFaces', () => {
  test('returns each face under our family, served from the print font path, blocking until loaded', () => {
    expect(rewriteFaces(FONTSOURCE, { name: 'pkg', family: 'P', patch: false }, 'x.css')).toEqual([
      `@font-face{font-family:'P';font-display:block;src:url(${FONT_PATH}pkg/noto-sans-kr-0-400-normal.woff2) format('woff2');font-style: normal;font-weight: 400;unicode-range: U+f9ca-fa0b,U+ff03-ff05}`,
    ]);
  });

  test('returns a TrueType source for a font the printer patches', () => {
    const [face] = rewriteFaces(FONTSOURCE, { name: 'pkg', family: 'P', patch: true }, 'x.css');
    expect(face).toContain(`src:url(${FONT_PATH}pkg/noto-sans-kr-0-400-normal.ttf) format('truetype')`);
  });

  test('throws naming the stylesheet when it has no faces', () => {
    expect(() => rewriteFaces('body{}', { name: 'pkg', family: 'P', patch: false }, 'x.css')).toThrow(
      'x.css: no @font-face rules found.',
    );
  });
});

describe('fontSource', () => {
  test.each([
    ['@fontsource/noto-sans-kr/noto-sans-kr-korean-400-normal.woff2', /noto-sans-kr-korean-400-normal\.woff2$/u, false],
    [
      '@fontsource/nanum-gothic-coding/nanum-gothic-coding-0-700-normal.ttf',
      /nanum-gothic-coding-0-700-normal\.woff$/u,
      true,
    ],
  ])('returns the package file behind %s', (urlPath, file, patch) => {
    const source = fontSource(urlPath);
    expect(source?.file).toMatch(file);
    expect(source?.patch).toBe(patch);
  });

  test.each(['@fontsource/other/x.woff2', '@fontsource/noto-sans-kr/../../package.json'])(
    'returns undefined for %s',
    (urlPath) => {
      expect(fontSource(urlPath)).toBeUndefined();
    },
  );
});

describe('printFontCss', () => {
  test('returns faces of both fonts at both weights, and the font tokens last', async () => {
    const css = await printFontCss();
    for (const family of ['Course Print Sans', 'Course Print Mono'])
      for (const weight of ['400', '700'])
        expect(css).toMatch(new RegExp(`font-family:'${family}';[^}]*font-weight: ${weight}`, 'u'));
    expect(css.trim().split('\n').at(-1)).toMatch(/^:root:root\{--font-sans:'Course Print Sans';/u);
  });
});

describe('fontBytes', () => {
  test('returns Nanum Gothic Coding as TrueType whose control characters no longer share the space glyph', async () => {
    const source = fontSource('@fontsource/nanum-gothic-coding/nanum-gothic-coding-latin-400-normal.ttf');
    if (!source) throw new Error('no source');
    const font = await fontBytes(source);
    expect(font.readUInt32BE(0)).toBe(0x00010000);
    const original = readWoff(await import('node:fs').then((fs) => fs.readFileSync(source.file))).tables;
    expect(original.find((table) => table.tag === 'cmap')?.data.equals(cmapOf(font))).toBe(false);
  });
});

/** The cmap table of an sfnt file. */
function cmapOf(font: Buffer): Buffer {
  for (let record = 0; record < font.readUInt16BE(4); record += 1) {
    const at = 12 + record * 16;
    if (font.toString('latin1', at, at + 4) === 'cmap')
      return font.subarray(font.readUInt32BE(at + 8), font.readUInt32BE(at + 8) + font.readUInt32BE(at + 12));
  }
  throw new Error('no cmap');
}
