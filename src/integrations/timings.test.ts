import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseTimings, recordTiming, requireStages, since } from './timings.ts';

describe('recordTiming', () => {
  test('appends one JSON line per stage to the file BUILD_TIMINGS names', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'timings-'));
    const file = path.join(dir, 'timings.jsonl');
    recordTiming('links', 0.0912345, { BUILD_TIMINGS: file });
    recordTiming('index', 2, { BUILD_TIMINGS: file });
    const text = await readFile(file, 'utf8');
    await rm(dir, { recursive: true });
    expect(text).toBe('{"stage":"links","seconds":0.091}\n{"stage":"index","seconds":2}\n');
  });

  test('writes nothing when BUILD_TIMINGS is unset', () => {
    expect(() => recordTiming('links', 1, {})).not.toThrow();
  });
});

describe('since', () => {
  test('returns the seconds between two performance.now() readings', () => {
    expect(since(1000, 3500)).toBe(2.5);
  });
});

describe('parseTimings', () => {
  test('returns each stage with its last reported time', () => {
    const timings = parseTimings('{"stage":"check","seconds":1}\n\n{"stage":"check","seconds":1.5}\n', 't');
    expect([...timings]).toEqual([['check', 1.5]]);
  });

  test.each(['took 3 s', '{"stage":"lint","seconds":1}', '{"stage":"pdf","seconds":-1}'])(
    'throws at the line of %j',
    (line) => {
      expect(() => parseTimings(`{"stage":"astro","seconds":1}\n${line}`, 't.jsonl')).toThrow(
        /^t\.jsonl:2:1 error timings\/bad-line /u,
      );
    },
  );
});

describe('requireStages', () => {
  test('returns the seconds of the stages asked for', () => {
    const timings = new Map([
      ['check', 1],
      ['astro', 5],
    ] as const);
    expect(requireStages(timings, ['astro'], 't')).toEqual({ astro: 5 });
  });

  test('throws naming the stages that did not report, never returning 0 s', () => {
    expect(() => requireStages(new Map([['astro', 5]]), ['astro', 'links', 'index'], 't.jsonl')).toThrow(
      't.jsonl: the build reported no time for links, index (it reported astro).',
    );
  });
});
