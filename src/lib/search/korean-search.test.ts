import { describe, expect, test, vi } from 'vitest';
import { BUILTIN_TERMS } from './builtin-terms.ts';
import { koreanSearch, rarity } from './korean-search.ts';
import { createLexicon } from './lexicon.ts';
import { createOfflineEngine } from './offline-engine.ts';
import type { OfflineIndex } from './offline-index.ts';

const page = (path: string, title: string, text: string) => ({
  path,
  title,
  filters: {},
  sections: [{ id: '', title, text }],
});
const index: OfflineIndex = {
  glossary: [{ ko: '도커 허브', en: 'Docker Hub' }],
  pages: [
    page('remove', '이미지 정리', '필요 없는 이미지는 docker rmi 로 삭제합니다.'),
    page('images', '이미지란', '이미지는 컨테이너를 만드는 템플릿입니다. 이미지 이미지 이미지.'),
    page('hub', '레지스트리', '도커 허브 에서 이미지를 내려받습니다.'),
    page('ubuntu', '실습 VM', 'Ubuntu 를 설치한 가상 머신에서 실습합니다.'),
  ],
};
const lexicon = createLexicon(BUILTIN_TERMS, index.glossary);
const search = koreanSearch(createOfflineEngine(index, 'file:///site/'), lexicon);
const first = async (query: string) => (await search(query))?.results[0]?.id;

describe('koreanSearch', () => {
  test.each([
    ['이미지를 지우는 법', 'remove'],
    ['이미지 삭제하려면 어떻게 해야 하나요', 'remove'],
    ['도커허브', 'hub'],
    ['dockerhub에서', 'hub'],
    ['우분투', 'ubuntu'],
    ['가상머신', 'ubuntu'],
  ])('returns the right page first for %s', async (query, expected) => {
    expect(await first(query)).toBe(expected);
  });

  test('returns no results for a query of filler words only', async () => {
    expect((await search('어떻게 하는 법'))?.results).toEqual([]);
  });

  test('searches each word once however often the query repeats it', async () => {
    const engine = {
      search: vi.fn<(term: string | null) => Promise<{ results: [] }>>(() => Promise.resolve({ results: [] })),
    };
    const wrapped = koreanSearch(engine, lexicon);
    await wrapped('우분투');
    await wrapped('우분투를');
    expect(engine.search.mock.calls.map(([term]) => term)).toEqual(['우분투', 'ubuntu']);
  });
});

describe('rarity', () => {
  test('returns 1 for the rarest query word and less for a word on every page', () => {
    const concepts = [
      { covers: [0], terms: ['도커'] },
      { covers: [1], terms: ['레이어'] },
    ];
    const hits = new Map([
      ['도커', ['a', 'b', 'c', 'd'].map((id) => ({ id, score: 1 }))],
      ['레이어', [{ id: 'a', score: 1 }]],
    ]);
    const [common = 0, rare = 0] = rarity(concepts, hits, 4);
    expect(rare).toBe(1);
    expect(common).toBeLessThan(0.5);
  });
});
