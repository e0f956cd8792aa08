import { describe, expect, test } from 'vitest';
import { outdatedMark } from './outdated.ts';

describe('outdatedMark', () => {
  test.each([
    [
      {
        severity: 'warning',
        rule: 'deprecated',
        subject: 'docker-compose',
        params: { instead: 'docker compose up -d' },
      },
      '예전 명령 · 지금은 docker compose up -d',
    ],
    [
      {
        severity: 'info',
        rule: 'end-of-life',
        params: { image: 'centos:7', since: '2024-06-30', instead: 'rockylinux/rockylinux:9' },
      },
      '지원이 끝난 이미지(2024년 6월 30일) · 지금은 rockylinux/rockylinux:9',
    ],
    [{ severity: 'warning', rule: 'deprecated', subject: 'link', params: { written: '--link' } }, '예전 방식'],
  ] as const)('returns the mark for %j', (finding, mark) => {
    expect(outdatedMark(finding)).toBe(mark);
  });

  test.each([
    { severity: 'warning', rule: 'env', subject: 'key-colon-value' },
    { severity: 'info', rule: 'allowed', subject: 'deprecated', params: { instead: 'docker compose up' } },
    { severity: 'error', rule: 'unknown-flag' },
  ] as const)('returns nothing for %j', (finding) => {
    expect(outdatedMark(finding)).toBeUndefined();
  });
});
