import { describe, expect, test } from 'vitest';
import { comparisonTable } from './comparison.ts';

const columns = ['항목', '가상 머신(VM)', '컨테이너'];

describe('comparisonTable', () => {
  test('returns rows split into a header and cells when the props are well formed', () => {
    const table = comparisonTable({ caption: 'VM vs 컨테이너', columns, rows: [['크기', '큼', '작음']] });
    expect(table.rows).toEqual([{ header: '크기', cells: ['큼', '작음'] }]);
  });

  test('throws when the caption is missing', () => {
    expect(() => comparisonTable({ caption: '', columns, rows: [['a', 'b', 'c']] })).toThrowErrorMatchingInlineSnapshot(
      `[Error: <Comparison>: caption is required (got ""). Add caption="…" naming what is compared.]`,
    );
  });

  test('throws naming the row when a row has the wrong number of cells', () => {
    expect(() =>
      comparisonTable({
        caption: 'c',
        columns,
        rows: [
          ['a', 'b', 'c'],
          ['d', 'e'],
        ],
      }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[Error: <Comparison caption="c">: row 2 must hold 3 strings (one per column: 항목, 가상 머신(VM), 컨테이너); got ["d","e"].]`,
    );
  });

  test.each([
    [['only one'], 'columns must be at least two strings'],
    ['항목', 'columns must be at least two strings'],
  ])('throws when columns is %j', (bad, message) => {
    expect(() => comparisonTable({ caption: 'c', columns: bad, rows: [['a']] })).toThrow(message);
  });

  test('throws when there are no rows', () => {
    expect(() => comparisonTable({ caption: 'c', columns, rows: [] })).toThrow('rows must be a non-empty array');
  });
});
