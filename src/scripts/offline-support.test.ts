import { describe, expect, test } from 'vitest';
import { canStoreOffline, formatBytes, rememberSaved, savedKey, wasSaved } from './offline-support.ts';

describe('canStoreOffline', () => {
  test.each([
    ['https:', true, true, true],
    ['http:', true, true, true], // localhost and 127.0.0.1 are secure contexts
    ['http:', false, false, false], // the classroom server at http://192.168.…
    ['http:', false, true, false],
    ['file:', true, false, false], // the USB bundle
    ['file:', true, true, false],
    ['https:', true, false, false], // a browser without service workers
  ])('returns %s secure=%s worker=%s → %s', (protocol, secure, worker, expected) => {
    expect(canStoreOffline(protocol, secure, worker)).toBe(expected);
  });
});

describe('formatBytes', () => {
  test.each([
    [0, '1 KB'],
    [850_000, '850 KB'],
    [999_499, '999 KB'],
    [1_000_000, '1.0 MB'],
    [1_605_148, '1.6 MB'],
    [123_456_789, '123.5 MB'],
  ])('returns %d bytes as %s', (bytes, expected) => {
    expect(formatBytes(bytes)).toBe(expected);
  });
});

/** A Storage with only the methods the control uses. */
function memory(): Storage {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  } as Storage;
}

describe('wasSaved', () => {
  test('returns true after rememberSaved, for that scope only, and false after forgetting', () => {
    const storage = memory();
    rememberSaved(storage, 'https://a.example/course/', true);
    expect(wasSaved(storage, 'https://a.example/course/')).toBe(true);
    expect(wasSaved(storage, 'https://a.example/')).toBe(false);
    rememberSaved(storage, 'https://a.example/course/', false);
    expect(wasSaved(storage, 'https://a.example/course/')).toBe(false);
  });

  test('returns false when storage is missing or throws', () => {
    const throwing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('SecurityError');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(wasSaved(undefined, 'https://a.example/')).toBe(false);
    expect(wasSaved(throwing, 'https://a.example/')).toBe(false);
    expect(() => rememberSaved(throwing, 'https://a.example/', true)).not.toThrow();
  });

  test('keys the choice by scope', () => {
    expect(savedKey('https://a.example/docker-course/')).toBe('course-offline:https://a.example/docker-course/');
  });
});
