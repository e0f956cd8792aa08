import { describe, expect, test } from 'vitest';
import { commentStart, quoteAfter } from './quotes.ts';

describe('quoteAfter', () => {
  test.each([
    ['docker ps', '', ''],
    ['echo "FROM httpd:latest', '', '"'],
    ['COPY index.html /usr/local/apache2/htdocs/', '"', '"'],
    ['EXPOSE 80" > Dockerfile', '"', ''],
    ["sh -c 'echo hi", '', "'"],
    ["docker ps # it's running", '', ''],
    ['echo "a # b', '', '"'],
    ['echo \\"not a quote', '', ''],
    ['echo "an \\" escaped quote', '', '"'],
    ["echo 'a \\' b", '', ''],
    ['echo "it\'s"', '', ''],
  ] as const)('returns the quote %j leaves open after %j', (text, open, expected) => {
    expect(quoteAfter(text, open)).toBe(expected);
  });
});

describe('commentStart', () => {
  test.each([
    ['docker cp  # 로컬 파일을', 11],
    ['echo "a # b"', 12],
    ['echo a#b', 8],
    ['# 설명', 0],
  ])('returns where the comment of %j starts', (text, expected) => {
    expect(commentStart(text)).toBe(expected);
  });
});
