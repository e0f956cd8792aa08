import { describe, expect, test } from 'vitest';
import { codeBlocks, hasMeta } from './code-blocks.ts';

describe('codeBlocks', () => {
  test('returns fences in source order with language, meta and opening line', () => {
    const mdx = [
      '# 제목',
      '',
      '```console expect-error="틀린 예"',
      '$ docker ps',
      '```',
      '',
      '```yaml',
      'a: 1',
      '```',
    ].join('\n');
    expect(codeBlocks(mdx)).toEqual([
      { lang: 'console', meta: 'expect-error="틀린 예"', value: '$ docker ps', line: 3 },
      { lang: 'yaml', meta: '', value: 'a: 1', line: 7 },
    ]);
  });

  test('returns fences nested in a component', () => {
    const mdx = ['<Callout type="tip">', '', '```console', '$ docker images', '```', '', '</Callout>'].join('\n');
    expect(codeBlocks(mdx).map((block) => block.value)).toEqual(['$ docker images']);
  });

  test('returns file lines when the file has frontmatter with braces', () => {
    const mdx = ['---', 'title: "{중괄호}"', '---', '', '```console', '$ docker ps', '```'].join('\n');
    expect(codeBlocks(mdx)).toEqual([{ lang: 'console', meta: '', value: '$ docker ps', line: 5 }]);
  });

  test('returns nothing for prose that mentions a fence in inline code', () => {
    expect(codeBlocks('`docker ps` 명령과 ``` 기호')).toEqual([]);
  });
});

describe('hasMeta', () => {
  test.each([
    ['expect-error="이유"', 'expect-error', true],
    ['title="a" nocheck', 'nocheck', true],
    ['nocheck="이유"', 'expect-error', false],
    ['not-nocheck', 'nocheck', false],
    ['', 'nocheck', false],
  ])('in %j finds %j: %s', (meta, name, expected) => {
    expect(hasMeta(meta, name)).toBe(expected);
  });
});
