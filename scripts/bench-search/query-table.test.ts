import { readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { readVocabulary } from '../../src/lib/search/vocabulary-file.ts';
import { accepted, MORE_QUERIES, QUERY_TABLES, queryTable, targetOf, UNTUNED_QUERIES } from './query-table.ts';

const TABLES = [...Object.values(QUERY_TABLES), MORE_QUERIES, UNTUNED_QUERIES];

describe('the query tables', () => {
  // What an `accept` may name, read once for every table: a lesson folder, the errors page, one of its sections.
  const answers = new Set(['errors', ...readdirSync(path.resolve('content/lessons'))]);
  beforeAll(async () => {
    for (const error of (await readVocabulary(path.resolve('content'))).errors) answers.add(`errors#${error.id}`);
  });

  test.each(TABLES)('%s accepts only lessons and errors-page sections that exist', (file) => {
    const rows = queryTable(file);
    const unknown = rows.flatMap((row, index) =>
      row.accept.filter((answer) => !answers.has(answer)).map((answer) => `row ${index + 1}: ${answer}`),
    );
    expect(unknown).toEqual([]);
    expect(rows.length).toBeGreaterThan(0);
  });

  test('no query stands twice, in one table or two (a tuned row in the held-out half would be measured as unseen)', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const file of TABLES) {
      queryTable(file).forEach((row, index) => {
        const key = row.query.replace(/\s+/gu, ' ').trim().toLowerCase();
        const first = seen.get(key);
        // The row's place, not its text: a held-out query printed here would be seen by whoever tunes.
        if (first !== undefined) twice.push(`${file} row ${index + 1} repeats ${first}`);
        else seen.set(key, `${file} row ${index + 1}`);
      });
    }
    expect(twice).toEqual([]);
  });
});

describe('targetOf and accepted', () => {
  test('read a result link the same over HTTP and from file://', () => {
    expect(targetOf('/lessons/docker-run/#옵션')).toBe('docker-run');
    expect(targetOf('../../errors/index.html#port-allocated')).toBe('errors#port-allocated');
    expect(targetOf('/errors/#port-allocated')).toBe('errors#port-allocated');
    expect(targetOf('/keypoints/')).toBe('keypoints');
  });

  test('accept `errors` for any section of the errors page, a lesson only as itself', () => {
    const row = { query: 'q', accept: ['errors', 'docker-run'], kind: 'error' };
    expect(accepted(row, 'errors#port-allocated')).toBe(true);
    expect(accepted(row, 'docker-run')).toBe(true);
    expect(accepted(row, 'docker-compose')).toBe(false);
    expect(accepted(row, undefined)).toBe(false);
  });
});
