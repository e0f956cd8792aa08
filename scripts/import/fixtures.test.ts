/**
 * The fixture loop: every folder in fixtures/ must import to its `output.mdx` and `report.txt`.
 * `UPDATE=1 npx vitest run scripts/import/fixtures.test.ts` rewrites the expected files.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { readBlocks } from './blocks.ts';
import { toLines } from './normalize.ts';
import { lostLines } from './verify.ts';
import { CASES, FIXTURES, importFixture, reportOf } from './fixtures.ts';

const UPDATE = process.env['UPDATE'] === '1';

function expectFile(file: string, actual: string): void {
  if (UPDATE) writeFileSync(file, actual);
  if (!existsSync(file))
    throw new Error(`${file} is missing; run UPDATE=1 npx vitest run scripts/import/fixtures.test.ts and review it`);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

describe('importNote', () => {
  test.each(CASES)('turns fixtures/%s/input into output.mdx', (name) => {
    const { result } = importFixture(name);
    expectFile(path.join(FIXTURES, name, 'output.mdx'), result.mdx);
    expectFile(path.join(FIXTURES, name, 'report.txt'), reportOf(result));
  });

  test.each(CASES)('writes MDX for fixtures/%s that runs nothing and links nowhere unsafe', (name) => {
    expect(importFixture(name).result.unsafe).toEqual([]);
  });

  test.each(CASES)('loses no line of fixtures/%s', (name) => {
    const { text } = importFixture(name);
    const lines = toLines(text);
    const output = readFileSync(path.join(FIXTURES, name, 'output.mdx'), 'utf8');
    expect(lostLines(lines, readBlocks(lines).markup, output)).toEqual([]);
  });
});
