import { describe, expect, test } from 'vitest';
import type { Block } from './reading.ts';
import { RANK } from './reading.ts';
import { levelHeadings, plainTitle } from './headings.ts';

const heading = (rank: number, text: string): Block => ({ kind: 'heading', rank, text, line: 1 });
const levels = (blocks: Block[]) =>
  levelHeadings(blocks).blocks.map((block) => (block.kind === 'heading' ? block.rank : 0));

describe('levelHeadings', () => {
  test('returns the only top heading as the title and drops it from the body', () => {
    const result = levelHeadings([heading(1, 'Docker'), heading(2, 'Docker 란?')]);
    expect(result.title).toBe('Docker');
    expect(result.blocks).toEqual([{ kind: 'heading', rank: 2, text: 'Docker 란?', line: 1 }]);
  });

  test('returns the heading after a file-name heading as the title, and keeps the file name in the body', () => {
    const result = levelHeadings([
      heading(1, 'docker-practice-for-beginners'),
      heading(RANK.section, '초보자를 위한 실습'),
    ]);
    expect(result.title).toBe('초보자를 위한 실습');
    expect(result.blocks).toHaveLength(2);
    const sections = [heading(2, '개요'), heading(2, '명령어')];
    const withSections = levelHeadings([heading(1, 'docker-notes'), heading(RANK.section, '실습 정리'), ...sections]);
    expect(withSections.guessedAt).toBeUndefined();
  });

  test('returns a Korean comment before the first heading as the title', () => {
    const comment: Block = { kind: 'comment', text: '컨테이너 실행 명령', line: 1 };
    expect(levelHeadings([comment, heading(RANK.section, '컨테이너 중지하기')]).title).toBe('컨테이너 실행 명령');
    expect(levelHeadings([{ ...comment, text: 'omit in toc' }, heading(RANK.section, '중지')]).title).toBe('중지');
  });

  test('returns the heading, not a comment above it, when that heading is the only one at its level', () => {
    const comment: Block = { kind: 'comment', text: '블로그에서 옮긴 글', line: 1 };
    const result = levelHeadings([comment, heading(2, '이미지 빌드하기'), heading(3, '준비'), heading(3, '빌드')]);
    expect(result.title).toBe('이미지 빌드하기');
    expect(result.guessedAt).toBeUndefined();
    expect(result.blocks[0]).toEqual(comment);
  });

  test('returns where a title was guessed when the note has no title of its own, only sections', () => {
    const step: Block = { kind: 'heading', rank: RANK.section, text: '이미지 받기', line: 3 };
    expect(levelHeadings([step, { ...step, text: '컨테이너 실행', line: 7 }]).guessedAt).toBe(3);
    const comment: Block = { kind: 'comment', text: '실행 명령', line: 1 };
    expect(levelHeadings([comment, heading(RANK.section, '중지하기')]).guessedAt).toBe(1);
    expect(levelHeadings([heading(1, 'Docker'), heading(2, '설치'), heading(2, '실행')]).guessedAt).toBeUndefined();
    expect(levelHeadings([heading(1, 'Docker 실습'), heading(1, '부록')]).guessedAt).toBeUndefined();
    expect(levelHeadings([heading(RANK.section, '설치'), heading(RANK.sub, '우분투')]).guessedAt).toBeUndefined();
  });

  test('returns every top heading as h2 when the note has several', () => {
    expect(levels([heading(1, '1. 가상 시스템'), heading(2, '1-1.'), heading(1, '2. Docker')])).toEqual([2, 3, 2]);
  });

  test('returns no skipped level when a sub-heading follows a section directly', () => {
    expect(
      levels([heading(RANK.section, 'a'), heading(RANK.item, 'b'), heading(RANK.item, 'c'), heading(RANK.sub, 'd')]),
    ).toEqual([2, 3, 3, 3]);
  });

  test('returns inferred titles one level under the Markdown heading above them', () => {
    expect(levels([heading(1, 'a'), heading(1, 'b'), heading(2, 'c'), heading(RANK.item, 'd')])).toEqual([2, 2, 3, 4]);
  });
});

describe('plainTitle', () => {
  test.each([
    ['2-1-1. Docker의 개념', 'Docker의 개념'],
    ['1) 가벼움', '가벼움'],
    ['Container <span style="color:red">Image</span>', 'Container Image'],
    ['악성 <script>x</script>', '악성 <script>x</script>'],
    ['1 Docker Volume 이란?', 'Docker Volume 이란?'],
    ['Lab 2. Docker CLI로 컨테이너 운영하기', 'Lab 2. Docker CLI로 컨테이너 운영하기'],
    ['2024년 회고', '2024년 회고'],
  ])('returns %j as %j', (text, expected) => {
    expect(plainTitle(text)).toBe(expected);
  });
});
