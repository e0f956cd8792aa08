import { describe, expect, test } from 'vitest';
import { checkSources } from './check.ts';
import { collectSources } from './files/collect.ts';

const CONTENT = process.env['COURSE_CONTENT_DIR'] ?? 'content';

describe('the course', () => {
  test('has no command errors in any lesson', async () => {
    const { sources, problems } = await collectSources([CONTENT]);
    const diagnostics = [...problems, ...(await checkSources(sources))];
    const errors = diagnostics
      .filter((d) => d.severity === 'error')
      .map((d) => `${d.file}:${d.line}:${d.column} ${d.rule} ${d.message}`);
    expect(sources.length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });
});
