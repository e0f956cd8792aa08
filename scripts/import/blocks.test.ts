import { describe, expect, test } from 'vitest';
import { readBlocks } from './blocks.ts';
import { RANK } from './reading.ts';

const read = (text: string) => readBlocks(text.split('\n'));

describe('readBlocks', () => {
  test('returns a console block for a root prompt and a heading for a numbered title', () => {
    const { blocks } = read('# 1. 가상 시스템\n\n# docker image ls\n# docker ps -a (축약)');
    expect(blocks).toEqual([
      { kind: 'heading', rank: 1, text: '1. 가상 시스템', line: 1 },
      {
        kind: 'code',
        lang: 'console',
        lines: ['# docker image ls', '# docker ps -a  # 축약'],
        line: 3,
        sources: [3, 4],
      },
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
      {
        kind: 'code',
        lang: 'console',
        lines: ['$ docker --version', 'Docker version 27.3.1, build ce12230'],
        line: 1,
        sources: [1, 2],
      },
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

describe('readBlocks on notes written for GitHub', () => {
  test('returns a session whose quoted text spans lines, with the note line of each line', () => {
    const { blocks } = read('$ echo "FROM httpd\nEXPOSE 80" > Dockerfile\n\n$ docker build .');
    expect(blocks).toEqual([
      {
        kind: 'code',
        lang: 'console',
        lines: ['$ echo "FROM httpd', 'EXPOSE 80" > Dockerfile', '$ docker build .'],
        line: 1,
        sources: [1, 2, 4],
      },
    ]);
  });

  test('returns a synopsis block for a line that only names a command, apart from the session after it', () => {
    const { blocks } = read('docker search\ndocker search nginx');
    expect(blocks.map((block) => (block.kind === 'code' ? [block.lang, block.meta, block.lines] : block.kind))).toEqual(
      [
        ['sh', 'synopsis', ['docker search']],
        ['console', undefined, ['$ docker search nginx']],
      ],
    );
  });

  test('returns a quote whose inner lines are read as a note, at the note lines', () => {
    const { blocks } = read('문장\n\n> 인용 첫 줄\n이어지는 줄\n>\n> docker run -d nginx');
    const quote = blocks[1];
    expect(quote?.kind).toBe('quote');
    expect(quote?.kind === 'quote' && quote.blocks).toEqual([
      { kind: 'paragraph', lines: ['인용 첫 줄', '이어지는 줄'], line: 3 },
      { kind: 'code', lang: 'console', lines: ['$ docker run -d nginx'], line: 6, sources: [6] },
    ]);
  });

  test('returns a Dockerfile and a YAML file pasted without a fence as code blocks', () => {
    const { blocks } = read('# 베이스\nFROM ubuntu:22.04\nRUN apt-get update\n\nservices:\n  web:\n    image: nginx');
    expect(blocks.map((block) => (block.kind === 'code' ? `${block.lang}:${block.lines.length}` : block.kind))).toEqual(
      ['dockerfile:3', 'yaml:3'],
    );
  });

  test('returns a tab-separated table, an MDX comment and badges as links', () => {
    const { blocks } = read(
      '<!-- 옵션 -->\n옵션\t설명\n-d\t백그라운드\n\n<p align="center"><img src="https://img.shields.io/b.svg" alt="빌드"></p>',
    );
    expect(blocks).toEqual([
      { kind: 'comment', text: '옵션', line: 1 },
      { kind: 'table', header: ['옵션', '설명'], align: [], rows: [['-d', '백그라운드']], line: 2 },
      { kind: 'links', links: [{ label: '빌드', target: 'https://img.shields.io/b.svg' }], line: 5 },
    ]);
  });
});

describe('readBlocks on a note that opens with its title', () => {
  test('returns a short first line standing on its own as the note’s title heading', () => {
    const { blocks } = read('도커 네트워크 정리\n\n설명 문장입니다.');
    expect(blocks[0]).toEqual({ kind: 'heading', rank: 1, text: '도커 네트워크 정리', line: 1 });
  });
});
