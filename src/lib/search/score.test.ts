import { describe, expect, test } from 'vitest';
import type { Concept } from './analyze.ts';
import { definedWords, pageText, scorePage } from './score.ts';
import { QUESTIONS } from './offline-index.ts';

const concept = (index: number, ...terms: string[]): Concept => ({
  covers: [index],
  terms,
  weights: terms.map(() => 1),
});
const page = (
  title: string,
  content: string,
  anchors: { id: string; text: string; location: number }[] = [],
  meta = {},
) => pageText({ url: '/lessons/x/', content, meta: { title, ...meta }, anchors });

describe('scorePage', () => {
  describe('a lesson’s questions (in the lead, found by their anchor and meta text)', () => {
    const anchors = [
      { element: 'ul', id: QUESTIONS.id, text: '', location: 2 },
      { element: 'h2', id: 'start', text: '컨테이너 시작', location: 5 },
    ];
    const content = '컨테이너 명령. 컨테이너 켜려면? 덧붙임 컨테이너 시작. docker start 로 시작합니다.';
    const asked = page('컨테이너 명령', content, anchors, { [QUESTIONS.meta]: '컨테이너 켜려면? 덧붙임' });
    const none = page('컨테이너 명령', content.replace('켜려면?', '무엇?'), anchors, {
      [QUESTIONS.meta]: '컨테이너 무엇? 덧붙임',
    });
    const lead = page(
      '컨테이너 명령',
      content.replace('컨테이너 명령.', '켜려면 명령.').replace('켜려면?', '무엇?'),
      anchors,
      {
        [QUESTIONS.meta]: '컨테이너 무엇? 덧붙임',
      },
    );
    const on = [concept(0, '켜려면')];

    test('are not part of the lead section, which a result opens at', () => {
      expect(asked.sections[0]?.raw).toEqual(['컨테이너', '명령.']);
      expect(asked.asked).toHaveLength(3);
      expect(scorePage(asked, on, [1]).sections[0]?.section.id).toBe('start');
    });

    test('count for the page, a word in them weighing less in the lead than one the lead says itself', () => {
      const withQuestion = scorePage(asked, on, [1]).score;
      expect(withQuestion).toBeGreaterThan(scorePage(none, on, [1]).score);
      expect(withQuestion).toBeLessThan(scorePage(lead, on, [1]).score);
    });
  });

  test('returns more for the page that keeps writing the command pair than for one that writes it once', () => {
    const pair = [concept(0, 'docker'), concept(1, 'create')];
    const phrases = [[['docker'], ['create']]] as const;
    const practice = page('실습', 'docker create -i -t ubuntu. docker create --name a ubuntu. docker rm a');
    const run = page('실행', 'docker run 은 docker create 와 docker start 를 합친 것. docker run -d nginx');
    expect(scorePage(practice, pair, [0.2, 1], phrases).score).toBeGreaterThan(
      scorePage(run, pair, [0.2, 1], phrases).score,
    );
  });

  test('returns more for the page with the word as typed than for one with only its synonym', () => {
    const daemon = [{ covers: [0], terms: ['dockerd', '데몬', 'daemon'], weights: [1, 1, 1] }];
    const exact = page('구성 요소', '도커 데몬 dockerd 는 요청을 받습니다. 클라이언트는 docker 입니다.');
    const synonym = page('도커란', '도커 데몬 은 요청을 받습니다. 클라이언트는 docker 입니다.');
    expect(scorePage(exact, daemon, [1]).score).toBeGreaterThan(scorePage(synonym, daemon, [1]).score);
  });

  test('does not count the first word of a two-word synonym as the query word (`docker` of `docker hub`)', () => {
    const hub = [{ covers: [0], terms: ['hub.docker.com', 'docker hub'], weights: [1, 0.45] }];
    const many = page('구성 요소', 'docker docker docker docker docker docker 클라이언트 docker 엔진');
    const none = page('실행', '컨테이너 실행');
    expect(scorePage(many, hub, [1]).score).toBe(scorePage(none, hub, [1]).score);
  });
  const query = [concept(0, '로키', 'rocky'), concept(1, '리눅스', 'linux'), concept(2, '설치', 'install')];

  test('returns more for the page with a heading about the query than for one that mentions it in passing', () => {
    const lab = page('실습 환경', '실습 환경. VirtualBox 준비. Rocky Linux 다운로드 및 설치 ISO를 받습니다.', [
      { id: 'rocky', text: 'Rocky Linux 다운로드 및 설치', location: 4 },
    ]);
    const install = page('도커 설치', '도커 설치. Rocky Linux에 도커를 설치합니다.');
    expect(scorePage(lab, query, [1, 1, 1]).score).toBeGreaterThan(scorePage(install, query, [1, 1, 1]).score);
  });

  test('returns more for the page whose title names the query word, even a common one', () => {
    const about = page('컨테이너 명령', '컨테이너 명령. 컨테이너 제거 docker rm', [
      { id: 'rm', text: '컨테이너 제거', location: 2 },
    ]);
    const passing = page('이미지 명령', '이미지 명령. 컨테이너 이미지 삭제 docker rmi', [
      { id: 'rmi', text: '컨테이너 이미지 삭제', location: 2 },
    ]);
    const words = [concept(0, '컨테이너'), { covers: [1], terms: ['삭제', '제거'], weights: [1, 0.95] }];
    expect(scorePage(about, words, [0.15, 1]).score).toBeGreaterThan(scorePage(passing, words, [0.15, 1]).score);
  });

  test('returns the answering section first, and costs a page each query word it lacks', () => {
    const text = page('설치', '설치. 준비. 로키 리눅스 설치 방법', [
      { id: 'how', text: '로키 리눅스 설치', location: 2 },
    ]);
    const scored = scorePage(text, query, [1, 1, 1]);
    expect(scored.sections[0]?.section.id).toBe('how');
    const lacking = scorePage(page('설치', '설치. 리눅스 설치'), query, [1, 1, 1]);
    expect(lacking.score).toBeLessThan(scored.score);
  });

  test('scales a gathering page (its prior meta, or 0.7 outside lessons/) below a lesson with the same words', () => {
    const lesson = scorePage(page('로키 리눅스 설치', '로키 리눅스 설치.'), query, [1, 1, 1]);
    const gathered = scorePage(page('로키 리눅스 설치', '로키 리눅스 설치.', [], { prior: '0.5' }), query, [1, 1, 1]);
    const outside = pageText({ url: '/keypoints/', content: '로키 리눅스 설치.', meta: { title: '로키 리눅스 설치' } });
    expect(gathered.score).toBeCloseTo(lesson.score * 0.5);
    expect(scorePage(outside, query, [1, 1, 1]).score).toBeCloseTo(lesson.score * 0.7);
  });

  test('returns a lacking score for a page without text', () => {
    expect(scorePage(page('', ''), query, [1, 1, 1]).score).toBeLessThan(0);
  });
});

describe('definedWords', () => {
  test.each([
    ['Docker란? 개념과 역할', ['Docker']],
    ['Docker Image 란?', ['Docker', 'Image']],
    ['Docker의 개념', ['Docker의']],
    ['리눅스 컨테이너 정의', ['리눅스', '컨테이너']],
    ['Docker Compose 파일이란?', ['Docker', 'Compose', '파일']],
    ['Docker 구성 요소', []],
    ['란', []],
  ])('%s → %j', (title, expected) => {
    expect(definedWords(title)).toEqual(expected);
  });
});

describe('scorePage for a question asking what something is', () => {
  const docker = [concept(0, '도커', 'docker')];
  const defining = page('Docker란? 개념과 역할', 'Docker란? 개념과 역할. 도커는 플랫폼이다.');
  const compose = page('Docker Compose 파일이란?', 'Docker Compose 파일이란? 도커는 플랫폼이다.');

  test('ranks the page that defines the word above one that defines something longer', () => {
    expect(scorePage(defining, docker, [1], [], true).score).toBeGreaterThan(
      scorePage(compose, docker, [1], [], true).score,
    );
  });

  test('adds nothing for a definition when the query does not ask what it is', () => {
    expect(scorePage(defining, docker, [1], [], true).score).toBeGreaterThan(
      scorePage(defining, docker, [1], [], false).score,
    );
    expect(scorePage(compose, docker, [1], [], true).score).toBe(scorePage(compose, docker, [1], [], false).score);
  });
});

describe('scorePage on names of several words and on gathering pages', () => {
  test('counts a name of several words where its words stand side by side', () => {
    const mapping = [concept(0, '포트 매핑', 'port mapping')];
    const often = page('실행', '포트 매핑 은 -p. 포트 매핑 예. port mapping 다시.');
    const once = page('실행', '포트 를 연다. 매핑 은 나중에. 포트 매핑 한 번.');
    expect(scorePage(often, mapping, [1]).score).toBeGreaterThan(scorePage(once, mapping, [1]).score);
  });

  test('counts a word only elsewhere on a gathering page as missing from its answering section', () => {
    const query = [concept(0, 'cmd'), concept(1, 'run'), concept(2, '차이')];
    const text = 'CMD 는 시작할 때, RUN 은 빌드할 때. 다른 강의 차이 설명.';
    const anchors = [{ id: 'b', text: '다른 강의', location: 7 }];
    const lesson = scorePage(page('요점', text, anchors), query, [1, 1, 1]);
    const gathered = pageText({ url: '/keypoints/', content: text, meta: { title: '요점', prior: '1' }, anchors });
    expect(scorePage(gathered, query, [1, 1, 1]).score).toBeLessThan(lesson.score);
  });
});
