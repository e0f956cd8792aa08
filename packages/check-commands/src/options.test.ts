import { describe, expect, test } from 'vitest';
import { parseOptions } from './options.ts';

describe('parseOptions', () => {
  test.each([
    [[], { format: 'text', paths: ['content'] }],
    [['--format', 'json', 'a.mdx', 'dir'], { format: 'json', paths: ['a.mdx', 'dir'] }],
    [['--format=text', 'x.md'], { format: 'text', paths: ['x.md'] }],
  ])('returns the options of %j', (argv, options) => {
    expect(parseOptions(argv, 'content')).toEqual(options);
  });

  test('throws with the expected values when the format is wrong', () => {
    expect(() => parseOptions(['--format', 'xml'], 'content')).toThrowErrorMatchingInlineSnapshot(
      `[Error: --format expects text or json, got xml]`,
    );
  });

  test('throws with the usage on an unknown option', () => {
    expect(() => parseOptions(['--fix'], 'content')).toThrowErrorMatchingInlineSnapshot(
      `[Error: unknown option --fix; usage: check-commands [--format text|json] [paths…]]`,
    );
  });
});
