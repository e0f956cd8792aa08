import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { glossaryIds, termIds } from './term-ids.ts';

let dir: string;
let glossary: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'glossary-'));
  glossary = path.join(dir, 'glossary.yaml');
  await writeFile(glossary, '- id: image\n  ko: 이미지\n- id: volume\n  ko: 볼륨\n');
});

afterAll(() => rm(dir, { recursive: true, force: true }));

async function run(source: string): Promise<void> {
  await mdxToJs(source, { mdastPlugins: [termIds(glossary)], fileURL: pathToFileURL(path.resolve('lesson.mdx')) });
}

describe('glossaryIds', () => {
  test('returns the ids of the entries', () => {
    expect([...glossaryIds('- id: a\n- id: b\n')]).toEqual(['a', 'b']);
  });
});

describe('termIds', () => {
  test('accepts a Term whose id is in the glossary', async () => {
    await expect(run('도커 <Term id="image">이미지</Term>')).resolves.toBeUndefined();
  });

  test('throws with lesson:line:column and the known ids when the id is unknown', async () => {
    await expect(run('첫 줄\n\n도커 <Term id="imgae">이미지</Term>')).rejects.toThrowErrorMatchingInlineSnapshot(
      `[Error: lesson.mdx:3:4 error unknown-term <Term id="imgae"> is not in glossary.yaml. Use one of: image, volume; or add the term to the glossary.]`,
    );
  });
});
