import { describe, expect, test } from 'vitest';
import { mdxToMdast } from 'satteri';
import { jsxAttribute, startOf, type JsxElement } from './mdx-jsx.ts';

function firstComponent(mdx: string): JsxElement {
  const root = mdxToMdast(mdx) as { children: { type: string; children?: unknown[] }[] };
  const paragraph = root.children[1] as { children: JsxElement[] };
  return paragraph.children.find((node) => node.type === 'mdxJsxTextElement') as JsxElement;
}

describe('jsxAttribute', () => {
  test('returns a plain attribute, and undefined for one that is absent or only spread in', () => {
    const term = firstComponent('# 제목\n\n도커 <Term id="image" {...{ alt: "x" }}>이미지</Term>');
    expect(jsxAttribute(term, 'id')).toBe('image');
    expect(jsxAttribute(term, 'file')).toBeUndefined();
    expect(jsxAttribute(term, 'alt')).toBeUndefined();
  });
});

describe('startOf', () => {
  test('returns the 1-based line and column a node starts at', () => {
    expect(startOf(firstComponent('# 제목\n\n도커 <Term id="image">이미지</Term>'))).toEqual({ line: 3, column: 4 });
  });

  test('returns 0 and 0 for a node without a position', () => {
    expect(startOf({})).toEqual({ line: 0, column: 0 });
  });
});
