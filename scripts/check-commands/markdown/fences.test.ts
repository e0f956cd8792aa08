import { describe, expect, test } from 'vitest';
import { extractBlocks } from './fences.ts';

describe('extractBlocks', () => {
  test('returns each block with its language, meta, code and first code line', () => {
    const blocks = extractBlocks(
      '# 제목\n\n```console expect-error="이유"\n$ docker ps\n```\n\n~~~bash\necho hi\n~~~\n',
    );
    expect(blocks.map((b) => [b.lang, [...b.meta], b.code, b.line])).toEqual([
      ['console', [['expect-error', '이유']], '$ docker ps', 4],
      ['bash', [], 'echo hi', 8],
    ]);
  });

  test('returns indented fences (list items, components) with the indentation removed', () => {
    const [block] = extractBlocks('1. 설치\n   ```console\n   $ docker ps\n   ```\n');
    expect(block).toMatchObject({ code: '$ docker ps', indent: 3, line: 3 });
  });

  test('returns a longer fence closed only by a fence as long', () => {
    const [block] = extractBlocks('````md\n```console\n$ x\n```\n````\n');
    expect(block?.code).toBe('```console\n$ x\n```');
  });

  test('returns an unclosed fence running to the end of the file', () => {
    expect(extractBlocks('```sh\nls\n').map((b) => b.code)).toEqual(['ls\n']);
  });

  test('returns nothing for inline code with three backquotes', () => {
    expect(extractBlocks('``` 기호와 `code` ```')).toEqual([]);
  });
});
