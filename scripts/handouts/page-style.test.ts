import { describe, expect, test } from 'vitest';
import { cssString, pageStyle } from './page-style.ts';

describe('cssString', () => {
  test('returns the text quoted, with quotes, backslashes and line breaks made safe', () => {
    expect(cssString('실습: "MariaDB" \\ 1\n2')).toBe('"실습: \\"MariaDB\\" \\\\ 1 2"');
  });
});

describe('pageStyle', () => {
  test('returns both titles in the top margin and the page count in the bottom one', () => {
    const css = pageStyle('도커 입문 코스', '실습: <MySQL>');
    expect(css).toContain('@top-left{content:"도커 입문 코스";');
    expect(css).toContain('@top-right{content:"실습: <MySQL>";');
    expect(css).toContain('@bottom-right{content:counter(page) " / " counter(pages);');
    expect(css).toContain("font-family:'Course Print Sans'");
  });
});
