import { describe, expect, test } from 'vitest';
import { RANK, readBlocks } from './blocks.ts';

const read = (text: string) => readBlocks(text.split('\n'));

describe('readBlocks', () => {
  test('returns a console block for a root prompt and a heading for a numbered title', () => {
    const { blocks } = read('# 1. 가상 시스템\n\n# docker image ls\n# docker ps -a (축약)');
    expect(blocks).toEqual([
      { kind: 'heading', rank: 1, text: '1. 가상 시스템', line: 1 },
      { kind: 'code', lang: 'console', lines: ['# docker image ls', '# docker ps -a  # 축약'], line: 3 },
    ]);
  });

  test('returns a Comparison when an ASCII table sits under an "A vs B" title', () => {
    const { blocks, markup } = read(
      '가상 머신(VM) vs 컨테이너(Container)\n-----\n크기 | 큼 | 작음\n속도 | 느림 | 빠름\n-----',
    );
    expect(blocks).toEqual([
      {
        kind: 'comparison',
        caption: '가상 머신(VM) vs 컨테이너(Container)',
        columns: ['항목', '가상 머신(VM)', '컨테이너(Container)'],
        rows: [
          ['크기', '큼', '작음'],
          ['속도', '느림', '빠름'],
        ],
        line: 1,
      },
    ]);
    expect([...markup].sort()).toEqual([2, 5]);
  });

  test('returns objectives from a [ 학습 목표 ] block and marks its title as layout', () => {
    const { blocks, markup } = read('[ 학습 목표 ]\n• 설명할 수 있다.\n• 실행할 수 있다.\n\n본문');
    expect(blocks[0]).toEqual({ kind: 'objectives', items: ['설명할 수 있다.', '실행할 수 있다.'], line: 1 });
    expect(markup.has(1)).toBe(true);
  });

  test('returns a title heading and the indented commands under it (note 003 style)', () => {
    const { blocks } = read('Docker 컨테이너 중지\n  docker container stop  CONTAINER_NAME');
    expect(blocks.map((block) => block.kind)).toEqual(['heading', 'code']);
    expect(blocks[0]).toMatchObject({ rank: RANK.section });
  });

  test('returns output lines inside the session when a line without Korean follows a command', () => {
    const { blocks } = read('$ docker --version\nDocker version 27.3.1, build ce12230');
    expect(blocks).toEqual([
      { kind: 'code', lang: 'console', lines: ['$ docker --version', 'Docker version 27.3.1, build ce12230'], line: 1 },
    ]);
  });

  test('returns nested list items under a numbered item at the same indentation', () => {
    const { blocks } = read('1. Docker Desktop 설치\n\n- 홈페이지에서 설치\n\n2. 회원가입');
    expect(blocks).toEqual([
      {
        kind: 'list',
        line: 1,
        items: [
          { depth: 0, ordered: true, number: 1, text: 'Docker Desktop 설치', line: 1 },
          { depth: 1, ordered: false, number: 1, text: '홈페이지에서 설치', line: 3 },
          { depth: 0, ordered: true, number: 2, text: '회원가입', line: 5 },
        ],
      },
    ]);
  });

  test.each([
    ['📢 port in use 오류 발생', 'note'],
    ['⚡️ Tag는 버전과 같이 사용됨', 'tip'],
    ['✅ 도커는 마이크로서비스 아키텍처를 구현하는 데 적합한 기술로, 확장성을 높이는 데 기여함.', 'tip'],
  ])('returns a %s callout for %j', (line, type) => {
    expect(read(line).blocks[0]).toMatchObject({ kind: 'callout', type });
  });

  test('returns a heading for a setext title and marks its underline as layout', () => {
    const { blocks, markup } = read('도커 설치\n=====\n\n본문');
    expect(blocks[0]).toEqual({ kind: 'heading', rank: 1, text: '도커 설치', line: 1 });
    expect(markup.has(2)).toBe(true);
  });

  test('returns an unclosed-fence issue when a fence never closes', () => {
    const { blocks, issues } = read('```bash\necho hi');
    expect(blocks).toEqual([{ kind: 'code', lang: 'bash', lines: ['echo hi'], line: 1 }]);
    expect(issues.map((issue) => issue.rule)).toEqual(['unclosed-fence']);
  });
});
