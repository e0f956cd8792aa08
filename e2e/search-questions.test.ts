/**
 * The questions the lessons list (`questions:`) as search text, in Node over the built site's
 * Pagefind fragments (the file:// engine, which the browser tests show ranks as Pagefind over HTTP
 * does): typed as written, each lesson's own questions find it. A question may belong to several
 * lessons (`도커를 쓰면 뭐가 좋아요?`), so each lesson must come first for one of its own; the share of all
 * questions is `npm run bench:search -- --accuracy`'s figure.
 */
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { offlineSearch, type Search } from '../scripts/bench-search/accuracy.ts';
import { accepted, lessonQuestions } from '../scripts/bench-search/query-table.ts';
import { DIST } from './support/site.ts';

let search: Search;

beforeAll(async () => {
  search = await offlineSearch(DIST, path.resolve('content'));
});

describe('the questions the lessons answer', () => {
  test('put each lesson first for at least one of its own questions', async () => {
    const rows = lessonQuestions();
    const led = new Set<string>();
    for (const row of rows) if (accepted(row, (await search(row.query))[0])) led.add(row.accept[0] ?? '');
    expect([...new Set(rows.map((row) => row.accept[0]))].filter((lesson) => !led.has(lesson ?? ''))).toEqual([]);
    expect(rows.length).toBeGreaterThan(0);
  });
});
