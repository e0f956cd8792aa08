import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, onTestFinished, test } from 'vitest';
import { readLessons, readParts } from './course.ts';

describe('readParts', () => {
  test('returns the part ids in order', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'import-course-'));
    onTestFinished(() => rm(dir, { recursive: true, force: true }));
    await writeFile(path.join(dir, 'parts.yaml'), '- id: setup\n  title: a\n- id: commands\n  title: b\n');
    expect(await readParts(path.join(dir, 'parts.yaml'))).toEqual(['setup', 'commands']);
  });

  test('throws naming the file when a part has no id', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'import-course-'));
    onTestFinished(() => rm(dir, { recursive: true, force: true }));
    const file = path.join(dir, 'parts.yaml');
    await writeFile(file, '- title: a\n');
    await expect(readParts(file)).rejects.toThrow(
      `${file}: expected a list of parts with an "id" each (e.g. "- id: setup")`,
    );
  });
});

describe('readLessons', () => {
  test('returns slug, part and order of each lesson, and none for a missing folder', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'import-course-'));
    onTestFinished(() => rm(dir, { recursive: true, force: true }));
    await mkdir(path.join(dir, 'install-docker'));
    await writeFile(
      path.join(dir, 'install-docker', 'index.mdx'),
      '---\ntitle: x\npart: setup\norder: 2\n---\n\n본문\n',
    );
    expect(await readLessons(dir)).toEqual([{ slug: 'install-docker', part: 'setup', order: 2 }]);
    expect(await readLessons(path.join(dir, 'missing'))).toEqual([]);
  });
});
