import { readFileSync } from 'node:fs';
import { describe, expect, test, vi } from 'vitest';
import { koreanSearch, phrases } from './korean-search.ts';
import { pageWords, searchContext, type LexiconData } from './lexicon-data.ts';
import { createOfflineEngine } from './offline-engine.ts';
import { toOfflinePage, type Fragment } from './offline-index.ts';
import { clientVocabulary, parseVocabulary } from './vocabulary.ts';

const FILE = 'content/search-vocabulary.yaml';
const vocabulary = clientVocabulary(parseVocabulary(readFileSync(FILE, 'utf8'), FILE));
const fragment = (url: string, title: string, text: string, anchors: Fragment['anchors'] = []): Fragment => ({
  url,
  content: `${title}. ${text}`,
  meta: { title },
  anchors,
});
const fragments = [
  fragment('/remove/', '이미지 정리', '필요 없는 이미지는 docker rmi 로 삭제합니다.'),
  fragment('/images/', '이미지란', '이미지는 컨테이너를 만드는 템플릿입니다. 이미지 이미지 이미지.'),
  fragment('/hub/', '레지스트리', '도커 허브 에서 이미지를 내려받습니다.'),
  fragment('/ubuntu/', '실습 VM', 'Ubuntu 를 설치한 가상 머신에서 실습합니다.'),
  fragment('/volume/', '데이터 보존', '볼륨 을 쓰면 컨테이너를 지워도 데이터가 남습니다.'),
  fragment('/commands/', '컨테이너 명령', '시작 전에 읽기. 컨테이너 시작 docker start 컨테이너 중지 docker stop', [
    { element: 'h2', id: 'start', text: '컨테이너 시작', location: 5 },
    { element: 'h2', id: 'stop', text: '컨테이너 중지', location: 8 },
  ]),
];
const lexicon: LexiconData = {
  glossary: [{ ko: '도커 허브', en: 'Docker Hub' }],
  vocabulary,
  words: pageWords(fragments),
  pages: fragments.length,
};
const context = searchContext(lexicon);
const engine = createOfflineEngine({ lexicon, pages: fragments.map((item) => toOfflinePage(item, '/')) }, '/');
const search = koreanSearch(engine, context);
const first = async (query: string) => {
  const [result] = (await search(query))?.results ?? [];
  return ((await result?.data()) as { url: string } | undefined)?.url.replace(/^\//u, '').replace(/#.*$/u, '');
};

/** An engine that finds nothing and records every word it is asked for. */
function countingEngine() {
  return {
    search: vi.fn<(term: string | null) => Promise<{ results: [] }>>(() => Promise.resolve({ results: [] })),
  };
}

describe('koreanSearch', () => {
  test.each([
    ['이미지를 지우는 법', 'remove/index.html'],
    ['이미지 삭제하려면 어떻게 해야 하나요', 'remove/index.html'],
    ['도커허브', 'hub/index.html'],
    ['dockerhub에서', 'hub/index.html'],
    ['우분투', 'ubuntu/index.html'],
    ['가상머신', 'ubuntu/index.html'],
  ])('returns the right page first for %s', async (query, expected) => {
    expect(await first(query)).toBe(expected);
  });

  test.each([
    ['볼룸', 'volume/index.html'],
    ['qhffba', 'volume/index.html'],
  ])('returns the right page first for %s, a slip no page has', async (query, expected) => {
    expect(await first(query)).toBe(expected);
  });

  test('returns no results for a query of filler words only', async () => {
    expect((await search('어떻게 하는 법'))?.results).toEqual([]);
  });

  test('returns the first result opening at its answering section, named in its title', async () => {
    const [result] = (await search('멈춘 컨테이너'))?.results ?? [];
    const data = (await result?.data()) as { url: string; meta: { title: string } };
    expect(data.url).toBe('/commands/index.html#stop');
    expect(data.meta.title).toBe('컨테이너 명령 › 컨테이너 중지');
  });

  test('searches each word once however often the query repeats it', async () => {
    const counting = countingEngine();
    const wrapped = koreanSearch(counting, context);
    await wrapped('우분투');
    await wrapped('우분투를');
    const searched = counting.search.mock.calls.map(([term]) => term);
    expect(searched.filter((term) => term === 'ubuntu')).toHaveLength(1);
  });
});

describe('phrases', () => {
  test('returns neighbouring query words with all their one-word spellings', () => {
    const concepts = [
      { covers: [0], terms: ['docker', '도커'], weights: [1, 1] },
      { covers: [1], terms: ['images', '목록', 'docker hub'], weights: [1, 1, 1] },
    ];
    expect(phrases(concepts)).toEqual([
      [
        ['docker', '도커'],
        ['images', '목록'],
      ],
    ]);
  });
});

describe('koreanSearch with a word no page has', () => {
  test('searches a guessed spelling, and nothing for a word that stays unknown', async () => {
    const counting = countingEngine();
    await koreanSearch(counting, context)('볼룸 zzqqxx');
    const searched = counting.search.mock.calls.map(([term]) => term);
    expect(searched).toContain('볼륨');
    expect(searched).not.toContain('볼룸');
    expect(searched).not.toContain('zzqqxx');
  });

  test('spaces a run typed without spaces into the words the pages know', async () => {
    expect(await first('이미지삭제하려면')).toBe('remove/index.html');
  });
});

describe('koreanSearch with a word that is no slip of a term', () => {
  test.each([
    ['a one-syllable noun and its particle', '일이', ['열이']],
    ['a verb in a polite form', '보여주세요', ['bios', 'bash']],
    ['a verb typed casually', '걸려여', ['걸려요']],
    ['a question word and its particle', '뭐부터', ['empty']],
  ])('guesses no other word for %s (`%s` is not %j)', async (_kind, word, near) => {
    const counting = countingEngine();
    const known = searchContext({ ...lexicon, words: [...lexicon.words, ...near] });
    await koreanSearch(counting, known)(`이미지 ${word}`);
    const searched = counting.search.mock.calls.map(([term]) => term);
    expect(searched).toContain('이미지');
    for (const guess of near) expect(searched).not.toContain(guess);
  });
});
