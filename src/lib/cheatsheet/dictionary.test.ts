import { describe, expect, test } from 'vitest';
import { ALIASES, DICTIONARY, explain } from './dictionary.ts';

describe('explain', () => {
  test("returns the entry under the name the course teaches when given another program's old name", () => {
    expect(explain(['yum install', 'yum'])?.name).toBe('dnf install');
  });

  test('returns the less specific name when the specific one is unknown', () => {
    expect(explain(['usermod docker', 'usermod'])?.name).toBe('usermod');
  });

  test('returns undefined when no name is known', () => {
    expect(explain(['docker frobnicate', 'docker'])).toBeUndefined();
  });
});

describe('DICTIONARY', () => {
  test('explains every alias target', () => {
    const missing = Object.values(ALIASES).filter((target) => !(target in DICTIONARY));
    expect(missing).toEqual([]);
  });

  test('holds one Korean sentence per command', () => {
    const bad = Object.entries(DICTIONARY).filter(
      ([, { ko }]) => !/[가-힣]/u.test(ko) || ko.includes('\n') || ko.length > 60,
    );
    expect(bad).toEqual([]);
  });
});
