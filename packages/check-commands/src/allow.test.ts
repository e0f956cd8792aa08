import { describe, expect, test } from 'vitest';
import { applyAllow, parseAllow } from './allow.ts';
import type { Diagnostic } from './diagnostic.ts';

const at = (line: number, severity: Diagnostic['severity'], rule: string, subject?: string): Diagnostic => ({
  file: 'a.mdx',
  line,
  column: 3,
  severity,
  rule,
  message: `${rule} message`,
  ...(subject === undefined ? {} : { subject }),
});
const fence = (rule: string, message: string): Diagnostic => ({ ...at(1, 'error', rule), message });

describe('parseAllow', () => {
  test.each([
    ['deprecated: 노트 원문', { selector: 'deprecated', reason: '노트 원문' }],
    ['end-of-life.centos-7 :  원문 그대로 ', { selector: 'end-of-life.centos-7', reason: '원문 그대로' }],
  ])('returns the selector and reason of %j', (value, allow) => {
    expect(parseAllow(value)).toEqual(allow);
  });

  test.each(['', 'deprecated', 'deprecated:', ': 이유', 'Deprecated: 이유'])('returns nothing for %j', (value) => {
    expect(parseAllow(value)).toBeUndefined();
  });
});

describe('applyAllow', () => {
  const findings = [at(2, 'warning', 'deprecated', 'docker-compose'), at(3, 'info', 'end-of-life', 'centos-7')];

  test('returns the diagnostics unchanged without an allow', () => {
    expect(applyAllow(undefined, findings, fence)).toEqual(findings);
  });

  test('returns the selected finding as info allowed with the reason, the others unchanged', () => {
    const out = applyAllow('deprecated.docker-compose: 노트 원문', findings, fence);
    expect(out[0]).toMatchObject({
      severity: 'info',
      rule: 'allowed',
      subject: 'deprecated',
      message: 'deprecated deprecated message (allowed: 노트 원문)',
      params: { reason: '노트 원문' },
    });
    expect(out[1]).toEqual(findings[1]);
  });

  test('returns an error when the allow has no reason', () => {
    expect(applyAllow('deprecated', findings, fence).at(-1)).toMatchObject({ severity: 'error', rule: 'fence-meta' });
  });

  test('returns an error naming what the block has when the allow matches nothing', () => {
    expect(applyAllow('deprecated.link: 이유', findings, fence).at(-1)?.message).toMatchInlineSnapshot(
      `"allow="deprecated.link: 이유" matches nothing (this block has deprecated.docker-compose, end-of-life.centos-7); remove it or name the rule"`,
    );
  });

  test('never silences an error', () => {
    const out = applyAllow('publish: 이유', [at(2, 'error', 'publish')], fence);
    expect(out.map((d) => d.rule)).toEqual(['publish', 'allow']);
  });
});
