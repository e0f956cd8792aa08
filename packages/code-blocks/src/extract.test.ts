import { describe, expect, test } from 'vitest';
import { codeBlocks, FenceSyntaxError } from './extract.ts';

describe('codeBlocks', () => {
  test('returns each block with its language, meta, code, kind and first code line', () => {
    const blocks = codeBlocks('# 제목\n\n```console expect-error="이유"\n$ docker ps\n```\n\n~~~bash\necho hi\n~~~\n');
    expect(blocks.map((b) => [b.lang, [...b.meta], b.code, b.kind, b.fenceLine, b.line])).toEqual([
      ['console', [['expect-error', '이유']], '$ docker ps', 'session', 3, 4],
      ['bash', [], 'echo hi', 'script', 7, 8],
    ]);
  });

  test('returns indented fences (list items) with the column each code line starts at', () => {
    const [block] = codeBlocks('1. 설치\n   ```console\n   $ docker ps\n   ```\n');
    expect(block).toMatchObject({ code: '$ docker ps', line: 3, columns: [3] });
  });

  test('returns a fence inside a blockquote, its lines starting after `> `', () => {
    const [block] = codeBlocks('> 참고\n>\n> ```console\n> $ docker ps\n> ```\n');
    expect(block).toMatchObject({ code: '$ docker ps', kind: 'session', line: 4, columns: [2] });
  });

  test('returns a fence inside a component of an MDX file', () => {
    const [block] = codeBlocks('<Callout type="tip">\n```bash\ndocker ps\n```\n</Callout>\n');
    expect(block).toMatchObject({ code: 'docker ps', kind: 'script', line: 3 });
  });

  test('returns a longer fence closed only by a fence as long', () => {
    const [block] = codeBlocks('````md\n```console\n$ x\n```\n````\n');
    expect(block?.code).toBe('```console\n$ x\n```');
  });

  test('returns an unclosed fence running to the end of the file', () => {
    expect(codeBlocks('```sh\nls\n').map((b) => b.code.trimEnd())).toEqual(['ls']);
  });

  test('returns nothing for inline code with three backquotes', () => {
    expect(codeBlocks('``` 기호와 `code` ```')).toEqual([]);
  });

  test('reads a .md file as Markdown, where `<none>` and `{{.ID}}` are text', () => {
    expect(codeBlocks('이름 <none> {{.ID}}\n\n```console\n$ docker ps\n```\n', 'md')).toHaveLength(1);
  });

  test('throws a FenceSyntaxError with the line and column of an MDX syntax error', () => {
    expect(() => codeBlocks('문장 <b>\n\n{oops\n')).toThrow(FenceSyntaxError);
    try {
      codeBlocks('문장 <b>\n\n{oops\n');
    } catch (error) {
      expect(error).toMatchObject({ line: 1, column: 4 });
    }
  });
});
