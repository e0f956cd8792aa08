import { describe, expect, test, vi } from 'vitest';
import { checkBlocks } from '../../packages/check-commands/index.ts';
import { batchedCheck } from './check-batch.ts';

const fence = (command: string): string => `\`\`\`console\n$ ${command}\n\`\`\`\n`;

describe('batchedCheck', () => {
  test('answers calls made together with one checkBlocks call, each with what a call of its own gives', async () => {
    const spy = vi.fn(checkBlocks);
    const check = batchedCheck(spy);
    const a = { file: 'lessons/a/index.mdx', text: fence('docker run centos:7') };
    const b = { file: 'lessons/b/index.mdx', text: fence('docker-compose up') };
    const [fromA, fromB] = await Promise.all([check(a), check(b)]);
    expect(spy).toHaveBeenCalledTimes(1);
    expect(fromA).toEqual((await checkBlocks([a])).blocks);
    expect(fromB).toEqual((await checkBlocks([b])).blocks);
  });

  test('keeps two compiles of the same file apart', async () => {
    const check = batchedCheck();
    const file = 'lessons/a/index.mdx';
    const [before, after] = await Promise.all([
      check({ file, text: fence('docker run centos:7') }),
      check({ file, text: fence('docker ps') }),
    ]);
    expect(before[0]?.diagnostics.map((d) => d.rule)).toEqual(['end-of-life']);
    expect(after[0]?.diagnostics).toEqual([]);
  });

  test('rejects every waiting call when the check fails', async () => {
    const check = batchedCheck(() => Promise.reject(new Error('broken')));
    await expect(check({ file: 'a.mdx', text: '' })).rejects.toThrow('broken');
  });
});
