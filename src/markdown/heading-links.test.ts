import { describe, expect, test } from 'vitest';
import { markdownToHtml } from 'satteri';
import { headingLinks } from './heading-links.ts';

async function render(markdown: string): Promise<string> {
  const { html } = await markdownToHtml(markdown, { hastPlugins: [headingLinks()] });
  return html.trim();
}

describe('headingLinks', () => {
  test('gives h2–h4 a GitHub-style id and an empty link to it named after the heading', async () => {
    expect(await render('## 도커 설치\n\n### `docker run` 옵션')).toBe(
      '<h2 id="도커-설치">도커 설치<a class="heading-anchor" href="#도커-설치" aria-label="이 절의 링크: 도커 설치" data-pagefind-ignore=""></a></h2>\n' +
        '<h3 id="docker-run-옵션"><code>docker run</code> 옵션<a class="heading-anchor" href="#docker-run-옵션" aria-label="이 절의 링크: docker run 옵션" data-pagefind-ignore=""></a></h3>',
    );
  });

  test('numbers repeated headings and counts the levels it does not link', async () => {
    const html = await render('# 설치\n\n## 설치\n\n##### 설치');
    expect([...html.matchAll(/ id="([^"]+)"/gu)].map((found) => found[1])).toEqual(['설치', '설치-1', '설치-2']);
    expect(html.match(/heading-anchor/gu)).toHaveLength(1);
  });

  test('starts counting again for each document', async () => {
    await render('## 설치');
    expect(await render('## 설치')).toContain('id="설치"');
  });
});
