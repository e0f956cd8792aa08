import { describe, expect, test } from 'vitest';
import {
  alignments,
  columnsFromCaption,
  fitRow,
  isDelimiterRow,
  isRow,
  isRule,
  renderComparison,
  renderMarkdownTable,
  splitRow,
} from './tables.ts';

describe('isRule', () => {
  test.each([
    ['--------------------------------------------', true],
    ['+----+----+', true],
    ['=====', true],
    ['- item', false],
    ['| -- |', false],
  ])('returns %s for %j', (line, expected) => {
    expect(isRule(line)).toBe(expected === true);
  });
});

describe('isDelimiterRow', () => {
  test.each([
    ['| :----: | :---: |', true],
    ['--- | ---', true],
    ['-----', false],
    ['| a | b |', false],
  ])('returns %s for %j', (line, expected) => {
    expect(isDelimiterRow(line)).toBe(expected === true);
  });
});

describe('isRow', () => {
  test('returns false when the only pipe is inside code', () => {
    expect(isRow('`a | b`')).toBe(false);
    expect(isRow('a | b')).toBe(true);
  });
});

describe('splitRow', () => {
  test.each([
    ['|  옵션  |  설명  |', ['옵션', '설명']],
    ['실행 방식   | 하이퍼바이저 | 호스트 OS', ['실행 방식', '하이퍼바이저', '호스트 OS']],
  ])('returns the trimmed cells of %j', (line, cells) => {
    expect(splitRow(line)).toEqual(cells);
  });
});

describe('alignments', () => {
  test('returns each column alignment', () => {
    expect(alignments('| :--- | :---: | ---: | --- |')).toEqual(['left', 'center', 'right', undefined]);
  });
});

describe('columnsFromCaption', () => {
  test('returns 항목 and both sides when the caption compares two things', () => {
    expect(columnsFromCaption('가상 머신(VM) vs 컨테이너(Container)', 3)).toEqual([
      '항목',
      '가상 머신(VM)',
      '컨테이너(Container)',
    ]);
  });

  test('returns undefined when the sides do not match the row width', () => {
    expect(columnsFromCaption('가상 머신 vs 컨테이너', 4)).toBeUndefined();
    expect(columnsFromCaption('도커 명령', 3)).toBeUndefined();
  });
});

describe('fitRow', () => {
  test('returns padded rows and joins extra cells into the last column', () => {
    expect(fitRow(['a'], 3)).toEqual(['a', '', '']);
    expect(fitRow(['a', 'b', 'c'], 2)).toEqual(['a', 'b | c']);
  });
});

describe('renderComparison', () => {
  test('returns a Comparison element whose props are string literals', () => {
    expect(renderComparison('A vs B', ['항목', 'A', 'B'], [['크기', '{큼}', '<작음>']])).toMatchInlineSnapshot(`
      "<Comparison
        caption={"A vs B"}
        columns={["항목", "A", "B"]}
        rows={[
          ["크기", "\\u007b큼\\u007d", "\\u003c작음\\u003e"],
        ]}
      />"
    `);
  });
});

describe('renderMarkdownTable', () => {
  test('returns a GFM table with escaped cells', () => {
    expect(renderMarkdownTable(['옵션', '설명'], ['center'], [['-d', '{x} | y']])).toBe(
      '| 옵션 | 설명 |\n| :---: | --- |\n| -d | \\{x\\} \\| y |',
    );
  });
});
