import { describe, expect, test } from 'vitest';
import { countPages, sitePathOf } from './render.ts';

describe('sitePathOf', () => {
  test.each([
    ['http://127.0.0.1:9/docker-course/_astro/a.css', '_astro/a.css'],
    ['http://127.0.0.1:9/docker-course/lessons/%EB%8F%84%EC%BB%A4/', 'lessons/도커/'],
    ['http://127.0.0.1:9/__print-fonts/@fontsource/noto-sans-kr/x.woff2', undefined],
    ['http://127.0.0.1:9/other/', undefined],
    ['https://example.org/docker-course/x.css', undefined],
  ])('returns the site path of %s', (url, expected) => {
    expect(sitePathOf(url, 'http://127.0.0.1:9/docker-course/')).toBe(expected);
  });
});

describe('countPages', () => {
  test('counts page objects, not the page tree', () => {
    const pdf = Buffer.from('<</Type /Pages /Kids []>> <</Type /Page>> <</Type/Page /Parent 1 0 R>>', 'latin1');
    expect(countPages(pdf)).toBe(2);
  });
});
