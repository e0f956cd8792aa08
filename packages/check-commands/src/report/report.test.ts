import { describe, expect, test } from 'vitest';
import type { Diagnostic } from '../diagnostic.ts';
import { formatJson } from './json.ts';
import { formatText } from './text.ts';

const DIAGNOSTICS: Diagnostic[] = [
  {
    file: 'content/a.mdx',
    line: 3,
    column: 12,
    severity: 'error',
    rule: 'unknown-flag',
    message: 'unknown flag --al; did you mean --all?',
  },
  {
    file: 'content/a.mdx',
    line: 9,
    column: 1,
    severity: 'info',
    rule: 'end-of-life',
    message: 'centos:7 reached end of life',
  },
];

describe('formatText', () => {
  test('returns one editor-jumpable line per diagnostic and a summary', () => {
    expect(formatText(DIAGNOSTICS, 2)).toMatchInlineSnapshot(`
      "content/a.mdx:3:12 error unknown-flag unknown flag --al; did you mean --all?
      content/a.mdx:9:1 info end-of-life centos:7 reached end of life
      check-commands: 2 files, 1 error(s), 0 warning(s), 1 info
      "
    `);
  });
});

describe('formatJson', () => {
  test('returns the diagnostics document', () => {
    expect(JSON.parse(formatJson(DIAGNOSTICS))).toEqual({ diagnostics: DIAGNOSTICS });
  });
});
