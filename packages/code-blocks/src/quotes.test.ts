import { describe, expect, test } from 'vitest';
import { quoteAfter } from './quotes.ts';

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
