import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { CONTENT_SECURITY_POLICY } from './csp.ts';

describe('CONTENT_SECURITY_POLICY', () => {
  test('is the header the README tells hosts to send', () => {
    expect(readFileSync('README.md', 'utf8')).toContain(`Content-Security-Policy: ${CONTENT_SECURITY_POLICY}`);
  });

  test('allows no inline script and nothing from another origin', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*'unsafe-inline'/u);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*/u);
  });
});
