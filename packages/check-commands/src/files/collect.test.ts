import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, onTestFinished, test } from 'vitest';
import { collectSources } from './collect.ts';

describe('collectSources', () => {
  test('returns the Markdown and MDX files under a folder, sorted, and skips other files', async () => {
    const root = mkdtempSync(join(tmpdir(), 'check-commands-'));
    onTestFinished(() => rmSync(root, { recursive: true, force: true }));
    mkdirSync(join(root, 'lessons', 'b'), { recursive: true });
    writeFileSync(join(root, 'lessons', 'b', 'index.mdx'), 'b');
    writeFileSync(join(root, 'a.md'), 'a');
    writeFileSync(join(root, 'parts.yaml'), 'x');
    const { sources, problems } = await collectSources([root]);
    expect(sources.map((s) => s.file.slice(root.length))).toEqual(['/a.md', '/lessons/b/index.mdx']);
    expect(problems).toEqual([]);
  });

  test('returns an error diagnostic naming a path it cannot read', async () => {
    const { sources, problems } = await collectSources(['/nonexistent/lesson.mdx']);
    expect(sources).toEqual([]);
    expect(problems).toMatchObject([
      { file: '/nonexistent/lesson.mdx', line: 1, column: 1, severity: 'error', rule: 'read' },
    ]);
    expect(problems[0]?.message).toMatch(/^cannot read \/nonexistent\/lesson\.mdx: ENOENT/u);
  });
});
