import { describe, expect, test, vi } from 'vitest';
import { quietWarnings } from './quiet-warnings.ts';

describe('quietWarnings', () => {
  test('drops the head-inject directive warning of content entries', () => {
    const pass = vi.fn();
    quietWarnings(
      {
        code: 'MODULE_LEVEL_DIRECTIVE',
        message:
          'The semantics of the module level directive "use astro:head-inject" in "content/lessons/a/index.mdx?astroPropagatedAssets" may not be preserved when bundling.',
      },
      pass,
    );
    expect(pass).not.toHaveBeenCalled();
  });

  test('passes on other directives and other warnings', () => {
    const pass = vi.fn();
    const other = { code: 'MODULE_LEVEL_DIRECTIVE', message: 'The module level directive "use client" in "x.js"' };
    const unused = { code: 'UNUSED_EXTERNAL_IMPORT', message: '"a" is imported by "b" but never used' };
    quietWarnings(other, pass);
    quietWarnings(unused, pass);
    expect(pass.mock.calls).toEqual([[other], [unused]]);
  });
});
