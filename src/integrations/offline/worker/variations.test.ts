import { describe, expect, test } from 'vitest';
import { variations } from './variations.ts';

describe('variations', () => {
  test.each([
    ['https://a.example/lessons/docker-run', ['https://a.example/lessons/docker-run/index.html']],
    ['https://a.example/base/glossary?x=1', ['https://a.example/base/glossary/index.html']],
    ['https://a.example/lessons/docker-run/', []],
    ['https://a.example/', []],
    ['https://a.example/pagefind/pagefind.js', []],
    ['https://a.example/pagefind/pagefind-entry.json', []],
  ])('returns %s as %j', (url, expected) => {
    expect(variations({ url: new URL(url) }).map((found) => found.href)).toEqual(expected);
  });
});
