import { describe, expect, test } from 'vitest';
import { findingKey, findingText, isNote, koreanDate } from './finding-text.ts';

describe('koreanDate', () => {
  test.each([
    ['2024-06-30', '2024년 6월 30일'],
    ['2023-10', '2023년 10월'],
    ['2025-04-01', '2025년 4월 1일'],
    ['April 2021', 'April 2021'],
  ])('returns %j as %j', (date, korean) => {
    expect(koreanDate(date)).toBe(korean);
  });
});

describe('isNote', () => {
  test.each([
    ['warning', 'deprecated', true],
    ['info', 'end-of-life', true],
    ['error', 'unknown-flag', false],
    ['info', 'expected-error', false],
    ['info', 'allowed', false],
  ] as const)('returns for a %s %s: %s', (severity, rule, note) => {
    expect(isNote({ severity, rule })).toBe(note);
  });
});

describe('findingKey', () => {
  test.each([
    ['deprecated', 'docker-compose', 'finding.deprecated.docker-compose'],
    ['deprecated', 'memory-swappiness', 'finding.deprecated'],
    ['end-of-life', 'centos-7', 'finding.end-of-life'],
    ['dockerfile', 'casing-instruction', 'finding.dockerfile.casing-instruction'],
    ['dockerfile', 'invalid-port', undefined],
    ['publish', undefined, undefined],
  ])('returns the key for %s %s', (rule, subject, key) => {
    expect(findingKey(rule, subject)).toBe(key);
  });
});

describe('findingText', () => {
  test('returns the end-of-life text with the image, the Korean date and the replacement', () => {
    const text = findingText({
      severity: 'info',
      rule: 'end-of-life',
      subject: 'centos-7',
      params: { image: 'centos:7', since: '2024-06-30', instead: 'rockylinux/rockylinux:9' },
    });
    expect(text).toBe(
      '`centos:7` 이미지는 2024년 6월 30일에 지원이 끝나 더 이상 보안 업데이트가 나오지 않습니다. 위 명령은 노트에 적힌 그대로 두었으니, 새로 따라 할 때는 `rockylinux/rockylinux:9`처럼 지원 중인 이미지를 쓰는 것이 좋습니다.',
    );
  });

  test('returns the docker-compose text naming the same command as docker compose', () => {
    const text = findingText({
      severity: 'warning',
      rule: 'deprecated',
      subject: 'docker-compose',
      params: { instead: 'docker compose up -d', since: '2023-07' },
    });
    expect(text).toContain('2023년 7월에 지원이 끝난 Compose v1');
    expect(text).toContain('`docker compose up -d`처럼 띄어 씁니다');
  });

  test('returns --link advice for user-defined networks', () => {
    const text = findingText({ severity: 'warning', rule: 'deprecated', subject: 'link', params: {} });
    expect(text).toContain('`docker network create`');
    expect(text).toContain('`--network`');
  });

  test('throws naming the rule and the fix when the dictionary has no text', () => {
    expect(() =>
      findingText({ severity: 'warning', rule: 'dockerfile', subject: 'invalid-port' }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[Error: the command checker's finding "dockerfile.invalid-port" has no Korean text for students. Add 'finding.dockerfile.invalid-port' (or 'finding.dockerfile') to src/i18n/ko.ts, or allow="dockerfile: 이유" on the block.]`,
    );
  });

  test('throws naming the slot when the finding lacks a param the text needs', () => {
    expect(() => findingText({ severity: 'info', rule: 'end-of-life', params: { image: 'centos:7' } })).toThrow(
      "'finding.end-of-life' in src/i18n/ko.ts needs {since}",
    );
  });
});
