import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseOptions } from './options.ts';

const NOW = new Date(Date.UTC(2026, 0, 1));
const now = (): Date => NOW;

describe('parseOptions', () => {
  test('returns defaults from the environment', () => {
    const options = parseOptions([], { SITE_URL: 'https://example.org' }, now);
    expect(options).toEqual({
      site: path.resolve('dist'),
      out: path.resolve('dist/handouts'),
      siteUrl: 'https://example.org',
      date: NOW,
      jobs: 2,
      only: undefined,
      cache: path.resolve('node_modules/.cache/handouts'),
    });
  });

  test('returns the options given on the command line over the environment', () => {
    const options = parseOptions(
      ['--site', '/tmp/s', '--out', '/tmp/o', '--jobs', '1', '--only', 'cheatsheet', '--no-cache'],
      { SOURCE_DATE_EPOCH: '86400' },
      now,
    );
    expect(options).toMatchObject({ site: '/tmp/s', out: '/tmp/o', jobs: 1, only: 'cheatsheet', siteUrl: undefined });
    expect(options.cache).toBeUndefined();
    expect(options.date.toISOString()).toBe('1970-01-02T00:00:00.000Z');
  });

  test.each([
    [['--jobs', '0'], {}, '--jobs is "0", expected a whole number of at least 1.'],
    [['--cache', '/c', '--no-cache'], {}, '--cache and --no-cache contradict each other: give one.'],
    [
      [],
      { SOURCE_DATE_EPOCH: 'yesterday' },
      'SOURCE_DATE_EPOCH is "yesterday", expected seconds since 1970 (e.g. 1767225600).',
    ],
  ])('throws on %j %j', (argv, env, message) => {
    expect(() => parseOptions(argv, env, now)).toThrow(message);
  });

  test('throws on an unknown option, such as the --base the site now declares itself', () => {
    expect(() => parseOptions(['--base', '/x/'], {}, now)).toThrow(/Unknown option '--base'/u);
  });
});
