import { describe, expect, test } from 'vitest';
import { plainMarkdown } from './plain-mdx.ts';

describe('plainMarkdown', () => {
  test('returns the title as a heading and the body without components, keeping their markdown children', () => {
    const mdx = [
      '---',
      'title: "도커 설치"',
      'part: setup',
      '---',
      '',
      '## 준비',
      '',
      '<Callout type="note" title="참고">',
      '',
      '**중요**한 내용',
      '',
      '</Callout>',
      '',
      '<Comparison caption="비교" columns={["a", "b"]} rows={[["1", "2"]]} />',
      '',
      '<Term id="image">이미지</Term>를 받습니다.',
      '',
      '```console',
      '$ docker ps',
      '```',
      '',
    ].join('\n');
    expect(plainMarkdown(mdx)).toMatchInlineSnapshot(`
      "# 도커 설치

      ## 준비

      **중요**한 내용

      이미지를 받습니다.

      \`\`\`console
      $ docker ps
      \`\`\`
      "
    `);
  });

  test('returns prose braces and angle brackets escaped, so MDX reads them as text', () => {
    expect(plainMarkdown('---\ntitle: a\n---\n\nuse \\{name\\} and &lt;tag&gt;\n')).toContain('\\{name}');
  });
});
