import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { VFile } from 'vfile';
import { pendingScreenshots, remarkLessonImages } from './remark-lesson-images.ts';

let lesson: string;

beforeAll(async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'lesson-'));
  await mkdir(path.join(dir, 'images'));
  await writeFile(path.join(dir, 'images', 'real.png'), '');
  lesson = path.join(dir, 'index.mdx');
});

beforeEach(() => pendingScreenshots.clear());

async function run(source: string): Promise<void> {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkLessonImages);
  const file = new VFile({ path: lesson, value: source });
  await processor.run(processor.parse(file), file);
}

describe('remarkLessonImages', () => {
  test('accepts an image whose file exists', async () => {
    await expect(run('![설명](./images/real.png "캡션")')).resolves.toBeUndefined();
  });

  test('throws with lesson:line:column when the image file does not exist', async () => {
    await expect(run('# 제목\n\n![설명](./images/virtualbox001.png)')).rejects.toThrow(
      /index\.mdx:3:1 error missing-image \.\/images\/virtualbox001\.png does not exist/u,
    );
  });

  test('ignores remote images', async () => {
    await expect(run('![x](https://example.org/a.png)')).resolves.toBeUndefined();
  });

  test('records each PendingScreenshot with its line', async () => {
    await run('para\n\n<PendingScreenshot file="image-4.png" alt="docker info 화면">보일 화면</PendingScreenshot>\n');
    expect([...pendingScreenshots.values()].flat()).toEqual([
      { lesson: path.relative(process.cwd(), lesson), line: 3, file: 'image-4.png', alt: 'docker info 화면' },
    ]);
  });

  test('throws when a PendingScreenshot has no alt', async () => {
    await expect(run('<PendingScreenshot file="a.png">x</PendingScreenshot>')).rejects.toThrow(
      /index\.mdx:1:1 error pending-screenshot <PendingScreenshot>: alt="…" is required\./u,
    );
  });
});
