import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { decodeFragment } from './offline-index.ts';

describe('decodeFragment', () => {
  test('returns the JSON after Pagefind’s signature', () => {
    const bytes = gzipSync(Buffer.from('pagefind_dcd{"url":"/a/","content":"본문"}'));
    expect(decodeFragment(bytes, 'a.pf_fragment')).toEqual({ url: '/a/', content: '본문' });
  });

  test('throws naming the file when the signature is missing', () => {
    expect(() =>
      decodeFragment(gzipSync(Buffer.from('{}')), 'dist/pagefind/fragment/x.pf_fragment'),
    ).toThrowErrorMatchingInlineSnapshot(
      `[Error: dist/pagefind/fragment/x.pf_fragment: not a Pagefind fragment (no "pagefind_dcd" signature); rebuild the site.]`,
    );
  });
});
