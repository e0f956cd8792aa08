import { describe, expect, test } from 'vitest';
import { unsafeMdx } from './mdx-safety.ts';

describe('unsafeMdx', () => {
  test('returns nothing for what the importer writes', () => {
    const mdx = [
      '---',
      'title: x',
      '---',
      '',
      '{/* 원문의 주석 { } */}',
      '',
      '[문서](https://docs.docker.com/) [아래](#run) [옆](./a.md) 이미지 제작자<sup>소프트웨어</sup>',
      '',
      '![화면](./images/a.png)',
      '',
      '<Callout type="tip">팁</Callout>',
      '',
      '<Comparison caption={"A vs B"} columns={["항목", "A", "B"]} rows={[',
      '    ["크기", "큼", "작음"],',
      '  ]}',
      '/>',
      '',
      '<PendingScreenshot file="a.png" alt={"x \\u007b"}>',
      '이 자리에 들어갈 화면',
      '</PendingScreenshot>',
      '',
    ].join('\n');
    expect(unsafeMdx(mdx)).toEqual([]);
  });

  test.each([
    ["import fs from 'node:fs'", 1, 'an import or export (ESM) would run'],
    ['{process.exit(1)}', 1, 'the expression {process.exit(1)} would run'],
    ['텍스트\n\n<script>alert(1)</script>', 3, '<script> is not a component lessons use'],
    ['<sup onclick="x()">a</sup>', 1, '<sup> has an attribute it does not take (onclick)'],
    ['<Callout type={x}>a</Callout>', 1, '<Callout> has an attribute it does not take (type)'],
    ['<Comparison rows={[alert(1)]} />', 1, '<Comparison> has an attribute it does not take (rows)'],
    ['[x]( javascript:alert(1))', 1, 'the link target javascript:alert(1) is not http(s), mailto, # or relative'],
    ['[x](//evil.example/)', 1, 'the link target //evil.example/ is not http(s), mailto, # or relative'],
    [
      '![x](data:image/png;base64,AAAA)',
      1,
      'the image target data:image/png;base64,AAAA is not http(s), mailto, # or relative',
    ],
    ['[r]: vbscript:x', 1, 'the definition target vbscript:x is not http(s), mailto, # or relative'],
  ])('returns a problem for %j', (mdx, line, message) => {
    expect(unsafeMdx(mdx)).toEqual([{ line, message }]);
  });

  test('returns one problem for a lesson that does not parse', () => {
    const [found] = unsafeMdx('문장 <b>\n');
    expect(found?.message).toMatch(/^the lesson is not valid MDX: /u);
  });
});
