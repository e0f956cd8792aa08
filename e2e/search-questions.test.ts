/**
 * What the course itself says search answers, in Node over the built site's Pagefind fragments (the
 * file:// engine, which the browser tests show ranks as Pagefind over HTTP does): the questions the
 * lessons list (`questions:`) and the messages the 자주 만나는 오류 page lists (search-vocabulary.yaml's
 * `errors:`), each typed or pasted as written. A question may belong to several lessons (`도커를 쓰면
 * 뭐가 좋아요?`), so each lesson must come first for one of its own; the share of all questions is `npm
 * run bench:search -- --accuracy`'s figure. A message belongs to one error: its section comes first.
 */
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { offlineSearch, type Search } from '../scripts/bench-search/accuracy.ts';
import { accepted, lessonQuestions } from '../scripts/bench-search/query-table.ts';
import { readVocabulary } from '../src/lib/search/vocabulary-file.ts';
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

describe('the messages the errors page lists', () => {
  test('each, pasted as written, opens its own error first', async () => {
    const { errors } = await readVocabulary(path.resolve('content'));
    const wrong: string[] = [];
    for (const error of errors) {
      for (const message of error.messages) {
        const first = (await search(message))[0];
        if (first !== `errors#${error.id}`) wrong.push(`${error.id}: ${message} → ${first ?? 'nothing'}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(errors.length).toBeGreaterThan(0);
  });
});
