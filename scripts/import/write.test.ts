import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, onTestFinished, test } from 'vitest';
import { writeLesson } from './write.ts';

describe('writeLesson', () => {
  test('returns the written index.mdx and copies images, leaving no temporary file', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'import-write-'));
    onTestFinished(() => rm(root, { recursive: true, force: true }));
    const shot = path.join(root, 'shot.png');
    await writeFile(shot, 'png');
    const dir = path.join(root, 'lessons', 'docker');
    expect(await writeLesson({ dir, mdx: '---\n---\n', images: [{ from: shot, file: 'shot.png' }] }, false)).toBe(
      path.join(dir, 'index.mdx'),
    );
    expect(await readdir(dir)).toEqual(['images', 'index.mdx']);
    expect(await readdir(path.join(dir, 'images'))).toEqual(['shot.png']);
  });

  test('throws and keeps the lesson when it exists and force is false', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'import-write-'));
    onTestFinished(() => rm(dir, { recursive: true, force: true }));
    await writeFile(path.join(dir, 'index.mdx'), 'old');
    await expect(writeLesson({ dir, mdx: 'new', images: [] }, false)).rejects.toThrow(
      `${path.join(dir, 'index.mdx')}:1:1 error lesson-exists the lesson already exists; pass --force to replace it, or --slug <name> to import beside it`,
    );
    expect(await readFile(path.join(dir, 'index.mdx'), 'utf8')).toBe('old');
  });

  test('replaces the lesson when force is true', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'import-write-'));
    onTestFinished(() => rm(dir, { recursive: true, force: true }));
    await writeFile(path.join(dir, 'index.mdx'), 'old');
    await writeLesson({ dir, mdx: 'new', images: [] }, true);
    expect(await readFile(path.join(dir, 'index.mdx'), 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['index.mdx']);
  });
});
