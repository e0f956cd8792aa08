import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { lessonImages, pendingScreenshots } from './lesson-images.ts';

let dir: string;
let lesson: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'lesson-'));
  await mkdir(path.join(dir, 'images'));
  await writeFile(path.join(dir, 'images', 'real.png'), '');
  lesson = path.join(dir, 'index.mdx');
});

afterAll(() => rm(dir, { recursive: true, force: true }));

beforeEach(() => pendingScreenshots.clear());

async function run(source: string): Promise<void> {
  await mdxToJs(source, { mdastPlugins: [lessonImages()], fileURL: pathToFileURL(lesson) });
}

describe('lessonImages', () => {
  test('accepts an image whose file exists', async () => {
    await expect(run('![설명](./images/real.png "캡션")')).resolves.toBeUndefined();
  });

  test('throws with lesson:line:column when the image file does not exist', async () => {
    await expect(run('# 제목\n\n![설명](./images/virtualbox001.png)')).rejects.toThrow(
      /index\.mdx:3:1 error missing-image \.\/images\/virtualbox001\.png does not exist/u,
    );
  });

  test('throws with lesson:line:column for a stray percent sign in an image path', async () => {
    await expect(run('문단\n\n![설명](./images/100%.png)')).rejects.toThrow(
      'index.mdx:3:1 error image-path ./images/100%.png: "%.p" is not a percent-escape. Write %25 for a "%" in a file name (./images/100%25.png), or rename the file.',
    );
  });

  test('finds an image whose path is percent-encoded', async () => {
    await expect(run('![설명](./images/re%61l.png)')).resolves.toBeUndefined();
  });

  test('ignores remote images', async () => {
    await expect(run('![x](https://example.org/a.png)')).resolves.toBeUndefined();
  });

  test('finds an image inside a component, with its own line', async () => {
    await expect(run('<Callout>\n\n문단\n\n![설명](./images/gone.png)\n\n</Callout>')).rejects.toThrow(
      /index\.mdx:5:1 error missing-image \.\/images\/gone\.png does not exist/u,
    );
  });

  test('records each PendingScreenshot with its line', async () => {
    await run('para\n\n<PendingScreenshot file="image-4.png" alt="docker info 화면">보일 화면</PendingScreenshot>\n');
    expect([...pendingScreenshots.values()].flat()).toEqual([
      { lesson: path.relative(process.cwd(), lesson), line: 3, file: 'image-4.png', alt: 'docker info 화면' },
    ]);
  });

  test('forgets the screenshots of a lesson that no longer has any', async () => {
    await run('<PendingScreenshot file="image-4.png" alt="화면">보일 화면</PendingScreenshot>\n');
    await run('문단\n');
    expect(pendingScreenshots.size).toBe(0);
  });

  test('throws when a PendingScreenshot has no alt', async () => {
    await expect(run('<PendingScreenshot file="a.png">x</PendingScreenshot>')).rejects.toThrow(
      /index\.mdx:1:1 error pending-screenshot <PendingScreenshot>: alt="…" is required\./u,
    );
  });
});
