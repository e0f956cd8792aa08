import { describe, expect, test } from 'vitest';
import type { Concept } from './analyze.ts';
import { indexForms } from './normalize.ts';
import { closeTogether, echo, pairCounts } from './proximity.ts';

const concept = (index: number, ...terms: string[]): Concept => ({
  covers: [index],
  terms,
  weights: terms.map(() => 1),
});
const list = (text: string) => text.split(' ').map(indexForms);

describe('pairCounts', () => {
  test('counts every time each query word pair stands side by side', () => {
    const list = 'docker create a docker create b docker run'.split(' ').map(indexForms);
    expect(
      pairCounts(list, [
        [['docker'], ['create']],
        [['docker'], ['run']],
        [['run'], ['docker']],
      ]),
    ).toEqual([2, 1, 0]);
  });
});

describe('echo', () => {
  const query = [concept(0, '컨테이너'), concept(1, '만들기'), concept(2, '실행')];
  const rarity = [0.5, 1, 0.25];

  test('weighs the longest run of query words a text holds in order, each within two words of the last', () => {
    expect(echo(list('컨테이너를 만들기만 하고 실행하지는 않습니다'), query, rarity)).toBe(1.75);
    expect(echo(list('이미지로 컨테이너를 만들기만 하고 그다음에 실행합니다'), query, rarity)).toBe(0);
  });

  test('does not count words out of order, synonyms, fewer than three words or a word that counts for nothing', () => {
    expect(echo(list('실행 만들기 컨테이너'), query, rarity)).toBe(0);
    const synonym = [concept(0, '컨테이너'), { ...concept(1, '만들기', '생성'), weights: [1, 1] }, concept(2, '실행')];
    expect(echo(list('컨테이너 생성 실행'), synonym, rarity)).toBe(0);
    expect(echo(list('컨테이너 만들기 실행'), synonym, rarity)).toBe(1.75);
    expect(echo(list('컨테이너 만들기'), query, rarity)).toBe(0);
    const negated = [...query.slice(0, 2), { ...concept(2, '실행'), importance: 0 }];
    expect(echo(list('컨테이너 만들기 실행'), negated, rarity)).toBe(0);
  });
});

describe('pairCounts in any spelling', () => {
  test('finds a query word pair side by side in any of its spellings, and not in the other order', () => {
    const list = ['docker', 'images', '명령'].map((word) => indexForms(word));
    expect(
      pairCounts(list, [
        [['docker'], ['image']],
        [['images'], ['docker']],
      ]),
    ).toEqual([1, 0]);
    expect(
      pairCounts(list, [
        [
          ['도커', 'docker'],
          ['이미지', 'images'],
        ],
      ]),
    ).toEqual([1]);
  });
});

describe('closeTogether', () => {
  const query = [concept(0, '포트'), concept(1, '매핑', 'publish'), concept(2, '옵션')];

  test('weighs the query words, synonyms too, that stand within eight words of each other, at best', () => {
    expect(closeTogether(list('포트 를 publish 하는 옵션'), query, [1, 0.5, 0.25])).toBe(1.75);
    expect(closeTogether(list('포트 a b c d e f g h 옵션 매핑'), query, [1, 0.5, 0.25])).toBe(1);
    expect(closeTogether(list('이미지 목록'), query, [1, 0.5, 0.25])).toBe(0);
  });
});
