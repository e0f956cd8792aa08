import { describe, expect, test } from 'vitest';
import { formatRows, type NoteRow } from './rows.ts';

const row = (overrides: Partial<NoteRow>): NoteRow => ({
  note: 'a.md',
  slug: 'a',
  title: '제목',
  lines: 200,
  kept: 200,
  errors: [],
  builds: true,
  ...overrides,
});

describe('formatRows', () => {
  test('returns a row per note (a guessed title marked), then every checker and build error in full', () => {
    const text = formatRows([
      row({}),
      row({ note: 'b.md', kept: 199, errors: ['x.mdx:3:5 unknown-flag --cpu (note b.md:9)'] }),
      row({ note: 'c.txt', builds: false, buildError: 'MDX does not compile', titleGuessed: true }),
      row({ note: 'd.md', importError: 'cannot read the note' }),
    ]);
    expect(text).toBe(
      [
        '| note  | imported | builds                     | lines kept        | checker errors | title (slug)     |',
        '| ----- | -------- | -------------------------- | ----------------- | -------------- | ---------------- |',
        '| a.md  | yes      | yes                        | 200/200 (100.0 %) | 0              | 제목 (a)           |',
        '| b.md  | yes      | stops at the command check | 199/200 (99.5 %)  | 1              | 제목 (a)           |',
        '| c.txt | yes      | no: site fails             | 200/200 (100.0 %) | 0              | 제목 [guessed] (a) |',
        '| d.md  | no       | –                          | –                 | 0              | –                |',
        '',
        'b.md: x.mdx:3:5 unknown-flag --cpu (note b.md:9)',
        'c.txt: build failed: MDX does not compile',
        'd.md: import failed: cannot read the note',
      ].join('\n'),
    );
  });
});
