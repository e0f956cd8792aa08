/**
 * Reads a release cycle's date out of an endoflife.date API answer: the v1 API
 * (`/api/v1/products/<product>`: `{ result: { releases: [{ name, eolFrom, eoesFrom }] } }`) or the
 * older one (`/api/<product>.json`: `[{ cycle, eol, extendedSupport }]`). Dates only: `true` without a date is no date.
 */

export type DateField = 'eol' | 'extendedSupport';

const V1_FIELDS: Readonly<Record<DateField, string>> = { eol: 'eolFrom', extendedSupport: 'eoesFrom' };

type Row = Record<string, unknown>;

function isRow(value: unknown): value is Row {
  return typeof value === 'object' && value !== null;
}

/** The releases of either API shape, each as its cycle name and its record. */
function releases(answer: unknown): { cycle: string; row: Row; v1: boolean }[] {
  if (Array.isArray(answer)) {
    return answer.filter(isRow).map((row) => ({ cycle: String(row['cycle']), row, v1: false }));
  }
  const list = isRow(answer) && isRow(answer['result']) ? answer['result']['releases'] : undefined;
  if (!Array.isArray(list)) return [];
  return list.filter(isRow).map((row) => ({ cycle: String(row['name']), row, v1: true }));
}

/** The `YYYY-MM-DD` on which `cycle` reached `field` in `answer`; undefined when the answer has no such cycle or no date. */
export function cycleDate(answer: unknown, cycle: string, field: DateField = 'eol'): string | undefined {
  const release = releases(answer).find((r) => r.cycle === cycle);
  if (!release) return undefined;
  const value = release.row[release.v1 ? V1_FIELDS[field] : field];
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/u.test(value) ? value : undefined;
}
