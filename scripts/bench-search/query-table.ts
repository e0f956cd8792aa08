/**
 * The search query tables (e2e/search-queries*.yaml) and what a result points to: shared by the
 * browser tests and by the Node accuracy measure of `npm run bench:search`.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { lessonOfPath } from '../../src/lib/paths.ts';
import { readLessons } from '../lib/lesson-sources.ts';

export interface QueryRow {
  query: string;
  /**
   * What a teacher accepts as the first result: lesson ids (content/lessons/<id>/), `errors#<id>`
   * for one section of the 자주 만나는 오류 page, `errors` for any of its sections.
   */
  accept: string[];
  /** What the row exercises: particles, filler, spacing, alias, english, command, typo, … */
  kind: string;
  /**
   * A known miss, written down with why: search does not put an accepted page first yet. The tests
   * then require it among the first three, and the figures count it as the miss it is.
   */
  miss?: string;
}

/** The query tables: the original one, the half search was tuned on, and the held-out half. */
export const QUERY_TABLES = {
  table: 'e2e/search-queries.yaml',
  tuned: 'e2e/search-queries-tuned.yaml',
  heldout: 'e2e/search-queries-heldout.yaml',
} as const;

/** More queries, measured in Node by the benchmark only (no target, not typed in the browser tests). */
export const MORE_QUERIES = 'e2e/search-queries-more.yaml';

/**
 * Queries written to be measured only: the benchmark prints their figures but never a row, so nobody
 * who tunes search sees what they miss (their file says what each batch measured when).
 */
export const UNTUNED_QUERIES = 'e2e/search-queries-untuned.yaml';

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === 'string');
}

/** A query table (`lesson: x` or `accept: [x, y]` per row), checked for shape so a typo fails with its row. */
export function queryTable(file: string = QUERY_TABLES.table): QueryRow[] {
  const rows: unknown = parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(rows)) throw new Error(`${file}: expected a list of { query, lesson | accept, kind } rows`);
  return rows.map((value: unknown, index) => {
    const row = (value ?? {}) as {
      query?: unknown;
      lesson?: unknown;
      accept?: unknown;
      kind?: unknown;
      miss?: unknown;
    };
    const accept = typeof row.lesson === 'string' ? [row.lesson] : row.accept;
    if (
      typeof row.query !== 'string' ||
      typeof row.kind !== 'string' ||
      !isStringList(accept) ||
      (row.miss !== undefined && typeof row.miss !== 'string')
    ) {
      throw new Error(
        `${file}: row ${index + 1} needs a query string, a lesson string or an accept list of strings, a kind string and, for a known miss, a miss string saying why; found ${JSON.stringify(value)}`,
      );
    }
    return { query: row.query, accept, kind: row.kind, ...(typeof row.miss === 'string' ? { miss: row.miss } : {}) };
  });
}

/** The lesson id in a result link (`/lessons/x/`, `../../lessons/x/index.html#y`). */
export function lessonOf(href: string | null): string | undefined {
  return lessonOfPath(href ?? '');
}

/**
 * What a result link points to: a lesson id, or another page by its folder and section
 * (`errors#port-allocated`, `keypoints#lesson-x`; `errors` without one). The same over HTTP
 * (`/errors/#x`) and from file:// (`../../errors/index.html#x`).
 */
export function targetOf(href: string | null): string | undefined {
  const lesson = lessonOf(href);
  if (lesson) return lesson;
  const page = /(?:^|\/)([a-z0-9-]+)\/(?:index\.html)?(?:#(.*))?$/u.exec(href ?? '');
  if (!page?.[1]) return undefined;
  return page[2] ? `${page[1]}#${decodeURIComponent(page[2])}` : page[1];
}

/** True when `target` is one of the row's accepted answers. */
export function accepted(row: QueryRow, target: string | undefined): boolean {
  if (target === undefined) return false;
  return row.accept.some((answer) => answer === target || (answer === 'errors' && target.startsWith('errors')));
}

/** Every question the lessons' frontmatter lists (`questions:`), as a row that accepts its own lesson. */
export function lessonQuestions(lessons = 'content/lessons'): QueryRow[] {
  return readLessons(lessons).flatMap((lesson) =>
    lesson.questions.map((item) => ({ query: item.text, accept: [lesson.slug], kind: 'lesson question' })),
  );
}
