/**
 * What changes between two prints of the same page: Chromium stamps the PDF with the time, and
 * numbers its tagged-structure elements (`node00000123`) with a counter shared by every page the
 * browser process has laid out. Fixing both makes the same page print to the same bytes.
 */

const DATE_FIELD = /\/(CreationDate|ModDate) \(D:(\d{14})([+-])(\d\d)'(\d\d)'\)/gu;

/** Formats `date` as the 14 digits of a PDF date in the time zone `offsetMinutes` east of UTC. */
export function pdfDigits(date: Date, offsetMinutes: number): string {
  const local = new Date(date.getTime() + offsetMinutes * 60_000);
  const pad = (value: number, width = 2): string => String(value).padStart(width, '0');
  return (
    pad(local.getUTCFullYear(), 4) +
    pad(local.getUTCMonth() + 1) +
    pad(local.getUTCDate()) +
    pad(local.getUTCHours()) +
    pad(local.getUTCMinutes()) +
    pad(local.getUTCSeconds())
  );
}

/** Returns `pdf` with its creation and modification dates set to `date`; byte offsets are unchanged. */
export function fixPdfDates(pdf: Buffer, date: Date): Buffer {
  const text = pdf.toString('latin1');
  const fixed = text.replace(
    DATE_FIELD,
    (_match, field: string, _digits: string, sign: string, hours: string, minutes: string) => {
      const offset = (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes));
      return `/${field} (D:${pdfDigits(date, offset)}${sign}${hours}'${minutes}')`;
    },
  );
  return Buffer.from(fixed, 'latin1');
}

const NODE_ID = /node(\d{8})/gu;
const ID_TREE = /\/Limits \[\(node\d{8}\) \(node\d{8}\)\]\s*\/Names \[((?:\(node\d{8}\) \d+ \d+ R ?)*)\]/u;

/**
 * Returns `pdf` with its structure element ids renumbered 1, 2, 3… in the order the elements
 * appear in the file, and the id tree re-sorted to match; byte offsets are unchanged. Chromium
 * hands the ids out in an order that depends on what the renderer did before, not on the page.
 */
export function renumberNodeIds(pdf: Buffer): Buffer {
  const text = pdf.toString('latin1');
  const tree = ID_TREE.exec(text);
  const outsideTree = tree ? text.slice(0, tree.index) + text.slice(tree.index + tree[0].length) : text;
  const order = [...new Set(Array.from(outsideTree.matchAll(NODE_ID), (match) => match[1] ?? ''))];
  const numbers = new Map(order.map((id, index) => [id, String(index + 1).padStart(8, '0')]));
  const rename = (value: string): string =>
    value.replace(NODE_ID, (found, id: string) => (numbers.has(id) ? `node${numbers.get(id) ?? id}` : found));
  if (!tree) return Buffer.from(rename(text), 'latin1');
  const entries = Array.from((tree[1] ?? '').matchAll(/\((node\d{8})\) (\d+ \d+ R)/gu), (match) => ({
    key: rename(match[1] ?? ''),
    ref: match[2] ?? '',
  }));
  entries.sort((a, b) => a.key.localeCompare(b.key));
  const names = entries.map(({ key, ref }) => `(${key}) ${ref}`).join(' ');
  const limits = `/Limits [(${entries[0]?.key ?? ''}) (${entries.at(-1)?.key ?? ''})]`;
  const rebuilt = `${limits}${tree[0].slice(tree[0].indexOf(']') + 1, tree[0].indexOf('/Names'))}/Names [${names}]`;
  if (rebuilt.length !== tree[0].length) return pdf;
  return Buffer.from(
    rename(text.slice(0, tree.index)) + rebuilt + rename(text.slice(tree.index + tree[0].length)),
    'latin1',
  );
}
