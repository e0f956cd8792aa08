import { describe, expect, test } from 'vitest';
import { flockHolders, parentPid } from './heavy-lock.ts';

const LOCKS = [
  '1: POSIX  ADVISORY  WRITE 300 fe:00:4431923 0 EOF',
  '2: FLOCK  ADVISORY  WRITE 412 fe:00:2149382 0 EOF',
  '2: -> FLOCK  ADVISORY  WRITE 418 fe:00:2149382 0 EOF',
  '3: FLOCK  ADVISORY  WRITE 500 08:01:2149382 0 EOF',
].join('\n');

describe('flockHolders', () => {
  test('returns the holder of a flock on that device and inode, not its waiters, POSIX locks or other devices', () => {
    expect(flockHolders(LOCKS, 0xfe, 0, 2149382)).toEqual([412]);
    expect(flockHolders(LOCKS, 8, 1, 2149382)).toEqual([500]);
    expect(flockHolders(LOCKS, 0xfe, 0, 4431923)).toEqual([]);
  });
});

describe('parentPid', () => {
  test('reads the fourth field, after a command name with spaces and parentheses', () => {
    expect(parentPid('16291 (node) S 16290 16253 1 0 -1')).toBe(16290);
    expect(parentPid('77 (my (odd) name) R 12 77 1')).toBe(12);
    expect(parentPid('1 (init) S 0 1 1')).toBeUndefined();
  });
});
