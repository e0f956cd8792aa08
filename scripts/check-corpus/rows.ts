/** One row per note of a corpus, and the table `npm run check:corpus` prints from them. */

export interface NoteRow {
  /** The note's file name. */
  note: string;
  /** Why the note could not be imported, or undefined when it was. */
  importError?: string;
  slug: string;
  title: string;
  /** True when the note has no title of its own and the importer took its first section's heading. */
  titleGuessed?: boolean;
  /** Non-blank lines of the note, and how many of them reached the lesson. */
  lines: number;
  kept: number;
  /** The command check's errors on the lesson, each `lesson:line:col rule message (note:line)`. */
  errors: string[];
  /** Whether the site builds with this lesson (Astro, the link check and the search index), and the first error if not. */
  builds: boolean | undefined;
  buildError?: string;
}

/** `kept/lines (99.5 %)`, or `–` when nothing was imported. */
export function keptText(row: NoteRow): string {
  if (row.importError !== undefined || row.lines === 0) return '–';
  return `${row.kept}/${row.lines} (${((100 * row.kept) / row.lines).toFixed(1)} %)`;
}

/** What happens at `npm run build` with this lesson in the course. */
export function buildText(row: NoteRow): string {
  if (row.importError !== undefined || row.builds === undefined) return '–';
  if (!row.builds) return 'no: site fails';
  return row.errors.length === 0 ? 'yes' : `stops at the command check`;
}

function pad(cells: readonly string[], widths: readonly number[]): string {
  return `| ${cells.map((cell, index) => cell.padEnd(widths[index] ?? 0)).join(' | ')} |`;
}

/** The corpus table (Markdown), then each note's checker errors and build errors in full. */
export function formatRows(rows: readonly NoteRow[]): string {
  const header = ['note', 'imported', 'builds', 'lines kept', 'checker errors', 'title (slug)'];
  const body = rows.map((row) => [
    row.note,
    row.importError === undefined ? 'yes' : 'no',
    buildText(row),
    keptText(row),
    String(row.errors.length),
    row.importError === undefined ? `${row.title}${row.titleGuessed === true ? ' [guessed]' : ''} (${row.slug})` : '–',
  ]);
  const widths = header.map((cell, index) =>
    Math.max([...cell].length, ...body.map((r) => [...(r[index] ?? '')].length)),
  );
  const table = [
    pad(header, widths),
    `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`,
    ...body.map((r) => pad(r, widths)),
  ];
  const details = rows.flatMap((row) => [
    ...(row.importError === undefined ? [] : [`${row.note}: import failed: ${row.importError}`]),
    ...row.errors.map((error) => `${row.note}: ${error}`),
    ...(row.buildError === undefined ? [] : [`${row.note}: build failed: ${row.buildError}`]),
  ]);
  return [...table, ...(details.length > 0 ? ['', ...details] : [])].join('\n');
}
