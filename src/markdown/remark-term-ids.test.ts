import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { VFile } from 'vfile';
import { glossaryIds, remarkTermIds } from './remark-term-ids.ts';

let glossary: string;

beforeAll(async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'glossary-'));
  glossary = path.join(dir, 'glossary.yaml');
  await writeFile(glossary, '- id: image\n  ko: 이미지\n- id: volume\n  ko: 볼륨\n');
});

async function run(source: string): Promise<void> {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkTermIds, glossary);
  const file = new VFile({ path: path.resolve('lesson.mdx'), value: source });
  await processor.run(processor.parse(file), file);
}

describe('glossaryIds', () => {
  test('returns the ids of the entries', () => {
    expect([...glossaryIds('- id: a\n- id: b\n')]).toEqual(['a', 'b']);
  });
});

describe('remarkTermIds', () => {
  test('accepts a Term whose id is in the glossary', async () => {
    await expect(run('도커 <Term id="image">이미지</Term>')).resolves.toBeUndefined();
  });

  test('throws with lesson:line:column and the known ids when the id is unknown', async () => {
    await expect(run('첫 줄\n\n도커 <Term id="imgae">이미지</Term>')).rejects.toThrowErrorMatchingInlineSnapshot(
      `[Error: lesson.mdx:3:4 error unknown-term <Term id="imgae"> is not in glossary.yaml. Use one of: image, volume; or add the term to the glossary.]`,
    );
  });
});
