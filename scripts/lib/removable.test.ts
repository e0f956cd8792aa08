import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, onTestFinished, test } from 'vitest';
import { assertRemovable, removableProblem, type Places } from './removable.ts';

const PLACES: Places = {
  project: '/home/teacher/course',
  home: '/home/teacher',
  cwd: '/home/teacher/course',
  temp: '/tmp',
};

describe('removableProblem', () => {
  test.each([
    ['.', 'it is the project itself'],
    ['..', 'it is your home folder'],
    ['../..', 'the current folder is inside it'],
    ['/home/teacher', 'it is your home folder'],
    ['/', 'it is the root of the file system'],
    ['content', 'it holds, or lies in, content, which a build reads'],
    ['content/lessons', 'it holds, or lies in, content, which a build reads'],
    ['src', 'it holds, or lies in, src, which a build reads'],
    ['../notes', 'it lies outside the project (/home/teacher/course) and the temporary folder (/tmp)'],
    ['/tmp', 'it lies outside the project (/home/teacher/course) and the temporary folder (/tmp)'],
  ])('refuses %s: %s', (dir, problem) => {
    expect(removableProblem(dir, PLACES)).toBe(problem);
  });

  test.each(['dist', 'dist-offline', 'node_modules/.cache/course-builds/x/dist', '/tmp/bench-1/dist'])(
    'allows %s',
    (dir) => {
      expect(removableProblem(dir, PLACES)).toBeUndefined();
    },
  );

  test('protects the folders a caller names, such as the site a bundle copies', () => {
    expect(removableProblem('dist', PLACES, ['dist'])).toBe('it holds, or lies in, dist, which a build reads');
  });
});

describe('assertRemovable', () => {
  test('names the variable, the folder, the reason and the fix', () => {
    expect(() => assertRemovable('.', 'OUT_DIR', [], PLACES)).toThrowErrorMatchingInlineSnapshot(
      `[Error: OUT_DIR=.: refusing to use /home/teacher/course as a folder this tool deletes and rewrites: it is the project itself. Nothing was removed. Set OUT_DIR to a new folder inside the project, e.g. OUT_DIR=dist-test.]`,
    );
  });
});

const run = promisify(execFile);
const BUILD = path.resolve('scripts/build.ts');

describe('npm run build with a dangerous OUT_DIR', () => {
  // Run in a scratch project (tmp/a/project) whose children cannot start, so that even a broken guard
  // could only remove scratch folders: the build's own clean-up is what this test watches.
  test.each([
    ['.', 'it is the project itself'],
    ['..', 'the current folder is inside it'],
    ['content', 'it holds, or lies in, content, which a build reads'],
    ['HOME', 'it is your home folder'],
  ])('OUT_DIR=%s stops before building and removes nothing', async (dir, problem) => {
    const scratch = await mkdtemp(path.join(tmpdir(), 'removable-'));
    onTestFinished(() => rm(scratch, { recursive: true, force: true }));
    const project = path.join(scratch, 'a', 'project');
    await mkdir(path.join(project, 'content'), { recursive: true });
    await writeFile(path.join(project, 'content', 'parts.yaml'), '[]\n');
    const home = path.join(scratch, 'home');
    await mkdir(home);
    await writeFile(path.join(home, 'notes.txt'), 'keep me\n');
    const outDir = dir === 'HOME' ? home : dir;
    const result = await run(process.execPath, [BUILD], {
      cwd: project,
      env: { ...process.env, OUT_DIR: outDir, HOME: home, COURSE_CONTENT_DIR: 'content' },
    }).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => error,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`error build/out-dir OUT_DIR=${outDir}: refusing`);
    expect(result.stderr).toContain(problem);
    expect(existsSync(path.join(project, 'content', 'parts.yaml'))).toBe(true);
    expect(existsSync(path.join(home, 'notes.txt'))).toBe(true);
  });
});
