/** Checks for the Comparison table: every row has a header cell plus one cell per compared thing. */

export interface ComparisonInput {
  caption: unknown;
  columns: unknown;
  rows: unknown;
}

export interface ComparisonTable {
  caption: string;
  columns: string[];
  rows: { header: string; cells: string[] }[];
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/** Validates Comparison props and splits each row into its header and cells, or throws saying what to fix. */
export function comparisonTable({ caption, columns, rows }: ComparisonInput): ComparisonTable {
  if (typeof caption !== 'string' || caption.trim() === '') {
    throw new Error(
      `<Comparison>: caption is required (got ${JSON.stringify(caption)}). Add caption="…" naming what is compared.`,
    );
  }
  if (!isStringArray(columns) || columns.length < 2) {
    throw new Error(
      `<Comparison caption="${caption}">: columns must be at least two strings, e.g. {["항목", "가상 머신(VM)", "컨테이너"]}; got ${JSON.stringify(columns)}.`,
    );
  }
  if (!Array.isArray(rows) || rows.length === 0) {
    throw new Error(`<Comparison caption="${caption}">: rows must be a non-empty array of string arrays.`);
  }
  const table = rows.map((row: unknown, index) => {
    if (!isStringArray(row) || row.length !== columns.length) {
      throw new Error(
        `<Comparison caption="${caption}">: row ${index + 1} must hold ${columns.length} strings (one per column: ${columns.join(', ')}); got ${JSON.stringify(row)}.`,
      );
    }
    const [header = '', ...cells] = row;
    return { header, cells };
  });
  return { caption, columns, rows: table };
}
