import { describe, expect, test } from 'vitest';
import { lessonUrl, onlineLinkHtml } from './online-link.ts';

describe('lessonUrl', () => {
  test.each([
    ['https://example.org', '/', 'https://example.org/lessons/a/'],
    ['https://example.org/', '/docker-course/', 'https://example.org/docker-course/lessons/a/'],
  ])('returns the lesson page on %j under base %j', (site, base, expected) => {
    expect(lessonUrl(site, base, 'a')).toBe(expected);
  });
});

describe('onlineLinkHtml', () => {
  test('returns a QR code and the printed address', async () => {
    const html = await onlineLinkHtml('https://example.org/lessons/a/?x=1&y=2');
    expect(html).toMatch(/^<aside class="print-online"/u);
    expect(html).toContain('<svg role="img"');
    expect(html).toContain('<path');
    expect(html).toContain('href="https://example.org/lessons/a/?x=1&#38;y=2"');
  });
});
