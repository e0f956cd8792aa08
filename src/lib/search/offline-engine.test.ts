import { describe, expect, test } from 'vitest';
import { createOfflineEngine } from './offline-engine.ts';
import { QUESTIONS, toOfflinePage, type Fragment, type OfflineIndex } from './offline-index.ts';
import { pageText } from './score.ts';

const index: OfflineIndex = {
  lexicon: { glossary: [], vocabulary: { terms: [], fillers: [] }, words: [], pages: 2 },
  pages: [
    {
      id: 'ko_images',
      path: 'lessons/images/index.html',
      title: '이미지 다루기',
      filters: { part: ['명령어'] },
      sections: [{ id: 'rmi', title: '이미지 삭제', text: '이미지를 삭제하려면 docker-rmi.sh 를 씁니다.' }],
    },
    {
      id: 'ko_run',
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
    expect(response.results.map((result) => result.id)).toEqual(['ko_images', 'ko_run']);
  });

  test('returns only the pages holding every query word', async () => {
    expect((await engine.search('이미지 컨테이너를')).results.map((result) => result.id)).toEqual(['ko_run']);
  });

  test('leaves out a query word that matches nothing at all, as Pagefind does', async () => {
    expect((await engine.search('이미지 compose')).results).toHaveLength(2);
    expect((await engine.search('compose')).results).toEqual([]);
  });

  test('matches by prefix in NFD, so a stem ending in a vowel finds the syllable that adds a final consonant', async () => {
    expect((await engine.search('실행하')).results.map((result) => result.id)).toEqual(['ko_run']);
    expect((await engine.search('필요하')).results.map((result) => result.id)).toEqual(['ko_run']);
  });

  test('falls back to the longest prefix that is a word of the index, matched exactly', async () => {
    expect((await engine.search('이미지가요')).results.map((result) => result.id)).toEqual(['ko_run']);
  });

  test('matches the parts of a compound word, as Pagefind indexes them', async () => {
    expect((await engine.search('rmi')).results.map((result) => result.id)).toEqual(['ko_images']);
    expect((await engine.search('docker-rmi.sh')).results).toHaveLength(1);
  });

  test('returns the positions of the matched words, as Pagefind does', async () => {
    const [first] = (await engine.search('이미지')).results;
    expect(first?.words).toEqual([0]);
  });

  test('returns a page URL and section URLs under the bundle root', async () => {
    const [first] = (await engine.search('rmi')).results;
    const data = (await first?.data()) as { url: string; sub_results: { url: string }[] };
    expect(data.url).toBe('file:///usb/site/lessons/images/index.html');
    expect(data.sub_results[0]?.url).toBe('file:///usb/site/lessons/images/index.html#rmi');
  });

  test('returns only the pages of the filtered part', async () => {
    const response = await engine.search('이미지', { filters: { part: ['기초'] } });
    expect(response.results.map((result) => result.id)).toEqual(['ko_run']);
  });

  test('returns filter counts per part', async () => {
    expect(await engine.filters()).toEqual({ part: { 명령어: 1, 기초: 1 } });
  });

  test('returns a lesson’s questions list and meta as Pagefind’s fragment holds them, so search reads them alike from file://', async () => {
    const fragment: Fragment = {
      url: '/lessons/run/',
      content: '컨테이너 실행. 어떻게 켜요? 덧붙임 docker start 를 씁니다.',
      meta: { title: '컨테이너 실행', prior: '0.9', [QUESTIONS.meta]: '어떻게 켜요? 덧붙임' },
      anchors: [{ element: 'ul', id: QUESTIONS.id, text: '', location: 2 }],
    };
    const page = toOfflinePage(fragment, '/', 'ko_run');
    expect(page.questions).toEqual([2, 5]);
    const bundle = createOfflineEngine({ ...index, pages: [page] }, '/');
    const [first] = (await bundle.search('docker')).results;
    const data = (await first?.data()) as Fragment;
    expect(pageText(data)).toEqual(pageText(fragment));
    expect(pageText(data).asked).toHaveLength(3);
  });
});
