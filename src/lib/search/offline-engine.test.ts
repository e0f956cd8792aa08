import { describe, expect, test } from 'vitest';
import { createOfflineEngine, excerpt } from './offline-engine.ts';
import type { OfflineIndex } from './offline-index.ts';

const index: OfflineIndex = {
  glossary: [],
  pages: [
    {
      path: 'lessons/images/index.html',
      title: '이미지 다루기',
      filters: { part: ['명령어'] },
      sections: [{ id: 'rmi', title: '이미지 삭제', text: '이미지를 삭제하려면 docker rmi 를 씁니다.' }],
    },
    {
      path: 'lessons/run/index.html',
      title: '컨테이너 실행',
      filters: { part: ['기초'] },
      sections: [{ id: '', title: '컨테이너 실행', text: '컨테이너를 실행합니다. 이미지가 필요합니다.' }],
    },
  ],
};
const engine = createOfflineEngine(index, 'file:///usb/site/');

describe('createOfflineEngine', () => {
  test('returns pages whose words start with every query word, best first', async () => {
    const response = await engine.search('이미지');
    expect(response.results.map((result) => result.id)).toEqual([
      'lessons/images/index.html',
      'lessons/run/index.html',
    ]);
  });

  test('returns nothing when one query word matches no word of a page', async () => {
    expect((await engine.search('이미지 compose')).results).toEqual([]);
  });

  test('returns a page URL and section URLs under the bundle root', async () => {
    const [first] = (await engine.search('rmi')).results;
    const data = (await first?.data()) as { url: string; sub_results: { url: string }[] };
    expect(data.url).toBe('file:///usb/site/lessons/images/index.html');
    expect(data.sub_results[0]?.url).toBe('file:///usb/site/lessons/images/index.html#rmi');
  });

  test('returns only the pages of the filtered part', async () => {
    const response = await engine.search('이미지', { filters: { part: ['기초'] } });
    expect(response.results.map((result) => result.id)).toEqual(['lessons/run/index.html']);
  });

  test('returns filter counts per part', async () => {
    expect(await engine.filters()).toEqual({ part: { 명령어: 1, 기초: 1 } });
  });
});

describe('excerpt', () => {
  test('returns matched words in <mark>, the rest escaped', () => {
    expect(excerpt(['<b>', '이미지를', '지웁니다'], ['b', '이미지를', '지웁니다'], ['이미지'])).toBe(
      '&lt;b&gt; <mark>이미지를</mark> 지웁니다',
    );
  });
});
