import { describe, expect, test } from 'vitest';
import { footerTemplate, headerTemplate } from './templates.ts';

describe('headerTemplate', () => {
  test('returns both titles, HTML-escaped', () => {
    const html = headerTemplate('도커 입문 코스', '실습: <MySQL> & "MariaDB"');
    expect(html).toContain('<span>도커 입문 코스</span>');
    expect(html).toContain('<span>실습: &#60;MySQL&#62; &#38; &#34;MariaDB&#34;</span>');
  });
});

describe('footerTemplate', () => {
  test('returns the slots Chromium fills with page numbers', () => {
    expect(footerTemplate()).toMatch(/class="pageNumber".*class="totalPages"/u);
  });
});
