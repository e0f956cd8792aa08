import { describe, expect, test } from 'vitest';
import { parseStat, treeUsage } from './process-tree.ts';

describe('parseStat', () => {
  test('returns pid, ppid, RSS in bytes and CPU seconds, even when the command name holds spaces and parentheses', () => {
    const fields = [
      'S',
      '41',
      ...Array.from({ length: 9 }, () => '0'),
      '300',
      '50',
      '20',
      '30',
      ...Array.from({ length: 6 }, () => '0'),
      '250',
      '0',
    ];
    expect(parseStat(`42 (node (worker) 1) ${fields.join(' ')}`)).toEqual({
      pid: 42,
      ppid: 41,
      rss: 250 * 4096,
      cpu: 4,
    });
  });

  test('returns undefined for text that is not a stat line', () => {
    expect(parseStat('garbage')).toBeUndefined();
  });
});

describe('treeUsage', () => {
  test('returns the RSS and CPU of the root and all its descendants, and nothing else', () => {
    const stats = [
      { pid: 1, ppid: 0, rss: 1000, cpu: 100 },
      { pid: 10, ppid: 1, rss: 5, cpu: 1 },
      { pid: 11, ppid: 10, rss: 7, cpu: 2 },
      { pid: 12, ppid: 11, rss: 11, cpu: 4 },
      { pid: 13, ppid: 1, rss: 100, cpu: 100 },
    ];
    expect(treeUsage(stats, 10)).toEqual({ rss: 23, cpu: 7 });
  });

  test('returns zero usage when the root has exited', () => {
    expect(treeUsage([{ pid: 1, ppid: 0, rss: 9, cpu: 9 }], 99)).toEqual({ rss: 0, cpu: 0 });
  });
});
