import { readFileSync } from 'node:fs';
import { describe, expect, test, vi } from 'vitest';
import { pageWords, searchContext, type LexiconData } from '../../src/lib/search/lexicon-data.ts';
import { createOfflineEngine } from '../../src/lib/search/offline-engine.ts';
import { toOfflinePage, type Fragment } from '../../src/lib/search/offline-index.ts';
import { clientVocabulary, parseVocabulary } from '../../src/lib/search/vocabulary.ts';
import { missKind, missKinds, pageOf } from './miss-kind.ts';

describe('missKind', () => {
  const words = (...positions: number[]) => new Set(positions);

  test('no accepted page has a query word: the vocabulary lacks it', () => {
    expect(missKind(words(0, 1), [words(), words()])).toBe('no-word');
    expect(missKind(words(), [words()])).toBe('no-word');
  });

  test('an accepted page has a word the first result lacks: the ranking weighed it too little', () => {
    expect(missKind(words(0), [words(0, 1)])).toBe('own-word');
    expect(missKind(words(0), [words(0), words(2)])).toBe('own-word');
    expect(missKind(words(), [words(0)])).toBe('own-word');
  });

  test('the accepted pages have only words the first result has too', () => {
    expect(missKind(words(0, 1), [words(0, 1)])).toBe('same-words');
    expect(missKind(words(0, 1, 2), [words(1), words()])).toBe('same-words');
  });
});

test('pageOf keeps the page of a section target', () => {
  expect(pageOf('errors#port-allocated')).toBe('errors');
  expect(pageOf('image-commands')).toBe('image-commands');
});

describe('missKinds on an engine', () => {
  const FILE = 'content/search-vocabulary.yaml';
  const fragment = (lesson: string, text: string): Fragment => ({
    url: `/lessons/${lesson}/`,
    content: text,
    meta: { title: lesson },
    anchors: [],
  });
  const fragments = [
    fragment('image-commands', '이미지 목록과 삭제. docker rmi 로 이미지를 삭제합니다.'),
    fragment('image-basics', '이미지는 컨테이너를 만드는 템플릿입니다.'),
    fragment('volumes', '볼륨에 데이터를 남깁니다.'),
  ];
  const lexicon: LexiconData = {
    glossary: [],
    vocabulary: clientVocabulary(parseVocabulary(readFileSync(FILE, 'utf8'), FILE)),
    words: pageWords(fragments),
    pages: fragments.length,
  };
  const engine = createOfflineEngine({ lexicon, pages: fragments.map((item) => toOfflinePage(item, '/')) }, '/');
  const row = (query: string, accept: string[]) => ({ query, accept, kind: 'test' });

  test('reads the query as search does, synonyms included (지우기 is 삭제)', async () => {
    const kindOf = missKinds(engine, searchContext(lexicon));
    expect(await kindOf({ row: row('이미지 지우기', ['image-commands']), got: ['image-basics'] })).toBe('own-word');
    expect(await kindOf({ row: row('이미지', ['image-commands']), got: ['image-basics'] })).toBe('same-words');
    expect(await kindOf({ row: row('볼륨', ['image-commands']), got: ['volumes'] })).toBe('no-word');
    expect(await kindOf({ row: row('볼륨', ['volumes']), got: [] })).toBe('own-word');
  });

  test('searches each word once across queries', async () => {
    const search = vi.fn(engine.search.bind(engine));
    const kindOf = missKinds({ search }, searchContext(lexicon));
    await kindOf({ row: row('볼륨', ['image-commands']), got: ['volumes'] });
    const calls = search.mock.calls.length;
    expect(calls).toBeGreaterThan(0);
    await kindOf({ row: row('볼륨', ['image-basics']), got: ['volumes'] });
    expect(search.mock.calls.length).toBe(calls);
  });
});
