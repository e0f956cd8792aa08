/**
 * Instructors make mistakes: each broken course below must stop `npm run build` with a message
 * that names the file (and the field or line) and leave no output directory behind.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { runFullBuild, type BuildResult } from './support/build.ts';

const FIXTURE = 'e2e/fixtures/course';
const LESSON = 'lessons/boundaries/index.mdx';

/** The broken courses' folders, removed when the file ends. */
const made: string[] = [];
afterAll(() => Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true }))));

/** Copies the fixture course and rewrites one lesson with each of `edits` in turn. */
async function brokenCourse(edits: readonly ((mdx: string) => string)[]): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'bad-course-'));
  made.push(dir);
  await cp(FIXTURE, dir, { recursive: true });
  const file = path.join(dir, LESSON);
  await writeFile(
    file,
    edits.reduce((mdx, edit) => edit(mdx), await readFile(file, 'utf8')),
  );
  return dir;
}

/**
 * The broken courses. Where the build reports every mistake of a kind, one course holds several and
 * each case below proves its own message in that one build: the content schema lists every field
 * of a lesson's frontmatter that does not match, the link check every broken link. Mistakes found at
 * another stage (a missing part is found after the schema, an unclosed tag stops the compiler) each
 * get a course of their own.
 */
const COURSES = {
  tag: [(m: string) => `${m}\n<Callout type="note">\n닫지 않은 상자\n`],
  frontmatter: [
    (m: string) => m.replace(/^description: .*\n/mu, ''),
    (m: string) => m.replace('order: 1', 'order: 첫째'),
  ],
  part: [(m: string) => m.replace('part: basics', 'part: nowhere')],
  order: [(m: string) => m.replace('part: basics', 'part: more')],
  image: [(m: string) => `${m}\n![없는 그림](./images/missing.png)\n`],
  links: [(m: string) => `${m}\n[없는 강의](../nowhere/)\n`, (m: string) => `${m}\n[없는 절](../second/#없는-절)\n`],
  command: [(m: string) => `${m}\n\`\`\`console\n$ docker contianer ls\n\`\`\`\n`],
} as const;

const builds = new Map<keyof typeof COURSES, Promise<BuildResult>>();

/** The build of broken course `name`, run once for every case that reads it. */
function buildOf(name: keyof typeof COURSES): Promise<BuildResult> {
  const build = builds.get(name) ?? brokenCourse(COURSES[name]).then((course) => runFullBuild(course));
  builds.set(name, build);
  return build;
}

describe('a course with a mistake', () => {
  test.each([
    ['an unclosed component tag', 'tag', [/boundaries[/\\]index\.mdx/u, /Callout|closing tag|end of file/iu]],
    ['a missing frontmatter field', 'frontmatter', [/boundaries/u, /description/u]],
    ['a wrongly typed frontmatter field', 'frontmatter', [/boundaries/u, /order/u]],
    ['a part that does not exist', 'part', [/boundaries/u, /nowhere/u]],
    ['a duplicate order in a part', 'order', [/lessons[/\\](?:boundaries|second)[/\\]index\.mdx/u, /order/u]],
    ['an image that does not exist', 'image', [/boundaries[/\\]index\.mdx:\d+/u, /missing\.png/u]],
    ['a link to a lesson that does not exist', 'links', [/boundaries[/\\]index\.mdx/u, /nowhere/u]],
    ['a link to an anchor that does not exist', 'links', [/boundaries[/\\]index\.mdx/u, /없는-절|%EC%97%86/u]],
    [
      'a wrong command',
      'command',
      [/boundaries[/\\]index\.mdx:\d+:\d+/u, /container/u, /build failed at step "command check"/u],
    ],
  ] as const)('stops the build on %s, naming the file, and leaves no site', async (_name, course, patterns) => {
    const { code, output, outDir } = await buildOf(course);
    expect(code, output).not.toBe(0);
    for (const pattern of patterns) expect(output).toMatch(pattern);
    expect(existsSync(outDir)).toBe(false);
  });

  test('builds the unbroken fixture course', async () => {
    const { code, output, outDir } = await runFullBuild(FIXTURE);
    expect(code, output).toBe(0);
    expect(existsSync(path.join(outDir, 'lessons/boundaries/index.html'))).toBe(true);
    // The command check ran beside Astro and its report came through.
    expect(output).toMatch(/check-commands: \d+ files, 0 error\(s\)/u);
    expect(output).toMatch(/^build: command check [\d.]+ s, astro build [\d.]+ s/mu);
  });
});
