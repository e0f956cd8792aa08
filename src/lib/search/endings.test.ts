import { describe, expect, test } from 'vitest';
import {
  beforeEnding,
  beforeParticle,
  isEndingOnly,
  isSpokenVerb,
  stem,
  stripLightVerb,
  stripParticle,
  verbForms,
} from './endings.ts';

describe('stem', () => {
  test.each([
    ['이미지를', '이미지'],
    ['컨테이너에서는', '컨테이너'],
    ['도커의', '도커'],
    ['컨테이너끼리', '컨테이너'],
    ['기능들', '기능'],
    ['실습때', '실습'],
    ['설치할때', '설치'],
    ['그때', '그때'],
    ['처음인데', '처음'],
    ['호스트인거죠', '호스트'],
    ['서비스들을', '서비스'],
    ['만들', '만들'],
    ['볼륨은', '볼륨'],
    ['실행하려면', '실행'],
    ['설치한', '설치'],
    ['삭제했는데', '삭제'],
    ['생성되지', '생성'],
    ['실행시키는', '실행'],
    ['지우는', '지우'],
    ['띄우려면', '띄우'],
    ['이미지', '이미지'],
    ['패키지', '패키지'],
    ['하이퍼바이저', '하이퍼바이저'],
    ['추가', '추가'],
    ['작성법', '작성'],
    ['사용하는법', '사용'],
    ['결과', '결과'],
  ])('returns %s → %s', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });
});

describe('stripParticle', () => {
  test('keeps two syllables when the last one looks like a particle', () => {
    expect(stripParticle('경로')).toBe('경로');
  });
});

describe('stripLightVerb', () => {
  test('returns the word when no light verb follows a two-syllable noun', () => {
    expect(stripLightVerb('하이퍼바이저')).toBe('하이퍼바이저');
  });
});

describe('isEndingOnly', () => {
  test.each([
    ['를', true],
    ['에서는', true],
    ['에만', true],
    ['까지도', true],
    ['하려면', true],
    ['려다가', true],
    ['라는데', true],
    ['아요', true],
    ['었는데', true],
    ['', true],
    ['허브', false],
    ['륨', false],
    ['에지', false],
    ['도로', false],
    ['의도', false],
    ['과도', false],
    ['나이', false],
    ['가도', false],
  ])('returns %s for %s', (tail, expected) => {
    expect(isEndingOnly(tail)).toBe(expected);
  });
});

describe('verbForms', () => {
  test.each([
    ['안켜짐', ['안켜짐', '켜짐', '켜지', '켜']],
    ['이미지', ['이미지']],
    ['지움', ['지움', '지우']],
    ['못지워요', ['못지워요', '지워요']],
    ['안돼', ['안돼']],
    ['껐다', ['껐다', '꺼']],
    ['지웠어요', ['지웠어요', '지워']],
    ['안켰어', ['안켰어', '켰어', '켜']],
    ['지워질', ['지워질', '지워지', '지워']],
    ['켜진', ['켜진', '켜지', '켜']],
    ['켤', ['켤', '켜']],
    ['안지워지', ['안지워지', '지워지', '지워']],
    ['꺼지', ['꺼지', '꺼']],
    ['패키지', ['패키지']],
  ])('%s is looked up as %j', (word, forms) => {
    expect(verbForms(word)).toEqual(forms);
  });
});

describe('beforeEnding', () => {
  test('cuts a verb ending even down to one syllable', () => {
    expect(beforeEnding('뭐고')).toBe('뭐');
    expect(beforeEnding('컨테이너')).toBe('컨테이너');
  });
});

describe('beforeParticle', () => {
  test('cuts a particle even down to one syllable, where stripParticle keeps two', () => {
    expect(beforeParticle('뭐부터')).toBe('뭐');
    expect(stripParticle('뭐부터')).toBe('뭐부터');
    expect(beforeParticle('이미지를')).toBe('이미지');
    expect(beforeParticle('도커')).toBe('도커');
  });
});

describe('isSpokenVerb', () => {
  test.each([
    '보여주세요',
    '받아져요',
    '됐는데',
    '걸려여',
    '설치한다',
    '알려줘',
    '받아서',
    '묶어서',
    '지울라니까',
    '뭐였더라',
  ])('reads %s as a spoken verb', (word) => {
    expect(isSpokenVerb(word)).toBe(true);
  });

  test.each(['컨테이너', '주요긴능', '도커퍄일', '볼룸', '인증서', '설명서', '근거'])('reads %s as no verb', (word) => {
    expect(isSpokenVerb(word)).toBe(false);
  });
});
