import { describe, expect, test } from 'vitest';
import { adjacent, sectionFocus } from './focus.ts';

const concepts = [
  { covers: [0], terms: ['로키', 'rocky'] },
  { covers: [1], terms: ['리눅스', 'linux'] },
  { covers: [2], terms: ['설치', 'install'] },
];

describe('sectionFocus', () => {
  test('returns more for the page with a heading about the query than for one that mentions it in passing', () => {
    const lab = {
      url: '/lab/',
      content: '실습 환경. VirtualBox 준비. Rocky Linux 다운로드 및 설치 ISO를 받습니다.',
      meta: { title: '실습 환경' },
      anchors: [{ id: 'rocky', text: 'Rocky Linux 다운로드 및 설치', location: 4 }],
    };
    const install = {
      url: '/install/',
      content: '도커 설치. Rocky Linux에 도커를 설치합니다.',
      meta: { title: '도커 설치' },
      anchors: [],
    };
    expect(sectionFocus(lab, concepts)).toBeGreaterThan(sectionFocus(install, concepts));
  });

  test('returns 0 for a page without text', () => {
    expect(sectionFocus({ url: '/', content: '' }, concepts)).toBe(0);
  });
});

describe('adjacent', () => {
  test('returns the number of query word pairs that stand side by side', () => {
    expect(
      adjacent(
        ['docker', 'images', '명령'],
        [
          ['docker', 'image'],
          ['images', 'docker'],
        ],
      ),
    ).toBe(1);
  });
});
