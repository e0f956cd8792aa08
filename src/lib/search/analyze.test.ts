import { describe, expect, test } from 'vitest';
import { analyzeQuery, asksWhatItIs, isNegated, searchTerms, usageCommand, WEIGHT } from './analyze.ts';
import { createLexicon } from './lexicon.ts';

const lexicon = createLexicon(
  [
    { names: ['도커', 'docker'] },
    { names: ['이미지', 'image'] },
    { names: ['컨테이너', 'container'] },
    { names: ['우분투', 'ubuntu'] },
    { names: ['로키', 'rocky'] },
    { names: ['리눅스', 'linux'] },
    { names: ['포트', 'port'] },
    { names: ['충돌', 'conflict'] },
    { names: ['카피 온 라이트', 'copy-on-write'] },
    { names: ['삭제', '제거'], stems: ['지우', '없애'], commands: ['rm', 'rmi'] },
    { names: ['실행'], commands: ['run'] },
    { names: ['다운로드'], stems: ['내려받'], commands: ['pull'] },
  ],
  [{ ko: '도커 허브', en: 'Docker Hub', aliases: ['hub.docker.com'] }],
  ['어떻게', '하는', '법', '해야', '하나요', '방법'],
);
const primaries = (query: string): string[] =>
  analyzeQuery(query, lexicon)
    .filter((concept) => concept.covers.length === 1)
    .map((concept) => concept.terms[0] ?? '');
const weightOf = (query: string, term: string): number | undefined => {
  const concept = analyzeQuery(query, lexicon).find((item) => item.terms.includes(term));
  return concept?.weights[concept.terms.indexOf(term)];
};

describe('isNegated', () => {
  test.each([
    [['만들기만', '하고', '실행은', '안', '하기'], 2, true],
    [['삭제도', '못', '해요'], 0, true],
    [['실행하지', '않고', '만들기'], 0, true],
    [['컨테이너', '안', '파일'], 0, false],
    [['실행은', '안전'], 0, false],
    [['이미지', '삭제'], 0, false],
  ])('%j at %i → %s', (list, index, expected) => {
    expect(isNegated(list, index)).toBe(expected);
  });

  test('weighs a negated word little in the query (`실행은 안 하기`)', () => {
    const concepts = analyzeQuery('컨테이너 실행은 안 하기', lexicon);
    const run = concepts.find((concept) => concept.terms[0] === '실행');
    expect(run?.importance).toBeLessThan(0.5);
    expect(concepts.find((concept) => concept.terms[0] === '컨테이너')?.importance).toBeUndefined();
  });
});

describe('analyzeQuery', () => {
  test.each([
    ['이미지를 지우는 법', ['이미지', '지우']],
    ['컨테이너를 실행하려면 어떻게 해야 하나요?', ['컨테이너', '실행']],
    ['Dockerfile을 빌드하는 방법', ['dockerfile', '빌드']],
    ['docker exec', ['docker', 'exec']],
    ['우분투', ['우분투']],
    ['어떻게 하는 법', []],
    ['우분투2인가요', ['우분투', '2']],
    ['컨테이너 여러개를', ['컨테이너', '여러']],
  ])('keeps the subject words of %s', (query, expected) => {
    expect(primaries(query)).toEqual(expected);
  });

  test('finds the group of an English word in the plural (`containers`), but a pair as typed (`docker images`)', () => {
    expect(analyzeQuery('containers', lexicon)[0]?.terms).toEqual(['containers', '컨테이너', 'container']);
    expect(analyzeQuery('docker images', lexicon).filter((concept) => concept.covers.length === 2)).toEqual([]);
  });

  test('in an English question, reads a command word also as a plural and weighs words it does not know less', () => {
    const english = createLexicon(
      [
        { names: ['이미지', 'image'] },
        { names: ['목록', 'list'], commands: ['images'] },
        { names: ['레이어', 'layer'] },
      ],
      [],
      ['why', 'are', 'of'],
    );
    const images = (query: string) => analyzeQuery(query, english).find((concept) => concept.terms[0] === 'images');
    expect(images('why are docker images made of layers')?.terms).toContain('이미지');
    expect(images('docker images -a')?.terms).not.toContain('이미지');
    expect(images('Error: why are docker images made of layers')?.terms).not.toContain('이미지');
    const made = (query: string) => analyzeQuery(query, english).find((concept) => concept.terms[0] === 'made');
    expect(made('why are docker images made of layers')?.importance).toBeLessThan(1);
    expect(made('docker images made layers')?.importance).toBeUndefined();
    // Korean in the query: not a question in English, so an English name the lexicon lacks keeps its weight.
    expect(made('why docker images made of layers 차이')?.importance).toBeUndefined();
  });

  test('drops a filler with a verb ending on it (`뭐고`), not a word that only starts like one', () => {
    const asking = createLexicon([{ names: ['도커', 'docker'] }], [], ['뭐', '왜']);
    const words = (query: string) =>
      analyzeQuery(query, asking)
        .filter((concept) => concept.covers.length === 1)
        .map((concept) => concept.terms[0]);
    expect(words('도커는 뭐고 왜 쓰나요')).toEqual(['도커', '쓰나']);
    expect(words('뭐든지')).toEqual(['뭐든지']);
  });

  test('reads an option the vocabulary names even when its letters are a filler (`-it`), and the filler alone as one', () => {
    const options = createLexicon(
      [{ names: ['터미널 입력', 'interactive'], options: ['-it'] }],
      [],
      ['it', 'what', 'is'],
    );
    expect(analyzeQuery('-it 옵션', options)[0]?.terms).toContain('터미널 입력');
    expect(analyzeQuery('-it을 왜', options)[0]?.terms).toContain('터미널 입력');
    expect(analyzeQuery('what is it', options)).toEqual([]);
  });

  test('weighs a word asking why less beside the thing asked about, not alone', () => {
    const why = createLexicon([{ names: ['이유', '왜', 'why'] }, { names: ['도커', 'docker'] }], [], []);
    expect(analyzeQuery('도커 왜 써요', why).find((concept) => concept.terms[0] === '왜')?.importance).toBe(0.5);
    expect(analyzeQuery('왜', why)[0]?.importance).toBeUndefined();
  });

  test('keeps a one-digit number beside its neighbour but does not search it (`우분투2` → 우분투, 2)', () => {
    const [, digit] = analyzeQuery('우분투2인가요', lexicon);
    expect(digit).toMatchObject({ terms: ['2'], importance: 0 });
    expect(analyzeQuery('mysql 13306', lexicon)[1]?.importance).toBeUndefined();
  });

  test('expands a Korean spelling to the English name and back', () => {
    expect(analyzeQuery('우분투', lexicon)[0]?.terms).toContain('ubuntu');
    expect(analyzeQuery('Ubuntu', lexicon)[0]?.terms).toContain('우분투');
  });

  test('expands an everyday verb to the lessons’ words, commands and longer stems, each weighted', () => {
    const [concept] = analyzeQuery('지우는', lexicon);
    expect(concept?.terms).toEqual(['지우', '지우는', '삭제', '제거', 'rm', 'rmi', '없애']);
    expect(concept?.weights).toEqual([
      WEIGHT.typed,
      WEIGHT.surface,
      WEIGHT.name,
      WEIGHT.name,
      WEIGHT.command,
      WEIGHT.command,
      WEIGHT.stem,
    ]);
  });

  test('returns a command typed alone with the names it stands for, weighted lower', () => {
    expect(analyzeQuery('pull', lexicon)[0]?.terms).toEqual(['pull', '다운로드']);
    expect(weightOf('pull', '다운로드')).toBe(WEIGHT.nameOfCommand);
  });

  test('weighs a literal’s group names lower than the literal (`hub.docker.com`)', () => {
    expect(weightOf('hub.docker.com', 'hub.docker.com')).toBe(WEIGHT.typed);
    expect(weightOf('hub.docker.com', 'docker hub')).toBe(WEIGHT.nameOfLiteral);
  });

  test('joins words that together are one name (`카피 온 라이트`), particles and all', () => {
    expect(analyzeQuery('카피 온 라이트', lexicon)[0]?.terms).toContain('copy-on-write');
    expect(primaries('도커 허브에서 이미지')).toEqual(['도커 허브', '이미지']);
  });

  test('does not join two words a particle sets apart (`도커와 허브`, `도커는 허브가`), but does across `에`', () => {
    expect(primaries('도커와 허브')).toEqual(['도커', '허브']);
    expect(primaries('도커는 허브가')).toEqual(['도커', '허브']);
    expect(primaries('도커에 허브')).toEqual(['도커 허브']);
  });

  test('returns a joined concept for two Hangul words and the spaced form for a compound', () => {
    const joined = analyzeQuery('포트 충돌', lexicon).at(-1);
    expect(joined?.covers).toEqual([0, 1]);
    expect(joined?.terms).toEqual(['포트충돌']);
    expect(analyzeQuery('도커허브', lexicon)[0]?.terms).toContain('도커 허브');
  });

  test('returns the spaced halves of an unknown long Hangul word, in their other spelling first', () => {
    expect(analyzeQuery('로키리눅스', lexicon)[0]?.terms).toEqual([
      '로키리눅스',
      'rocky linux',
      '로키 리눅스',
      '로키리 눅스',
    ]);
  });

  test('keeps a particle-only tail out of a Latin word', () => {
    expect(analyzeQuery('mysql에', lexicon)[0]?.terms[0]).toBe('mysql');
  });

  test('drops container IDs pasted with an error', () => {
    expect(primaries('container 3f1c2a9be0d4 is running')).toEqual(['container', 'is', 'running']);
  });

  test('counts an unknown word that looks like an unstemmed verb form for less', () => {
    expect(analyzeQuery('태그 다는', lexicon)[1]?.importance).toBeLessThan(1);
    expect(analyzeQuery('태그 다는', lexicon)[0]?.importance).toBeUndefined();
  });
});

describe('searchTerms', () => {
  test('returns each search word once', () => {
    const terms = searchTerms(analyzeQuery('이미지 이미지를', lexicon));
    expect(terms.filter((term) => term === '이미지')).toHaveLength(1);
  });
});

describe('asksWhatItIs', () => {
  test.each([
    ['도커가 뭐예요', true],
    ['이미지란?', true],
    ['docker란', true],
    ['Docker Container 란', true],
    ['볼륨 개념', true],
    ['what is docker', true],
    ['도커 이미지 삭제', false],
    ['컨테이너 삭제하는 법', false],
  ])('%s → %s', (query, expected) => {
    expect(asksWhatItIs(query)).toBe(expected);
  });
});

describe('analyzeQuery on how questions are put', () => {
  test('drops a count (`4가지`, `3개`, `세가지`, `한대에`): it is how many things the student recalls', () => {
    expect(primaries('도커의 역할 4가지')).toEqual(['도커', '역할']);
    expect(primaries('이미지 3개 삭제')).toEqual(['이미지', '삭제']);
    expect(primaries('도커 세가지 서버 한대에')).toEqual(['도커', '서버']);
    expect(primaries('네트워크')).toEqual(['네트워크']);
  });

  test('weighs `차이` or `vs` little when two things are compared, fully when it is asked of one', () => {
    const importance = (query: string, word = '차이') =>
      analyzeQuery(query, lexicon).find((concept) => concept.terms[0] === word)?.importance;
    expect(importance('이미지랑 컨테이너 차이')).toBeLessThan(0.5);
    expect(importance('image vs container', 'vs')).toBeLessThan(0.5);
    expect(importance('docker image container difference', 'difference')).toBeLessThan(0.5);
    expect(importance('도커 차이')).toBeUndefined();
  });
});

describe('usageCommand', () => {
  test.each([
    ["docker: 'docker tag' requires 2 arguments", 'docker tag'],
    ["docker: 'docker container rm' requires at least 1 argument", 'docker container rm'],
    ["docker: 'docker version' accepts no arguments", 'docker version'],
    ['"docker tag" requires exactly 2 arguments.', 'docker tag'],
    ['docker: ‘docker tag’ requires 2 arguments', 'docker tag'],
  ])('reads the command of %s', (query, expected) => {
    expect(usageCommand(query)).toBe(expected);
  });

  test('reads nothing from another message or a question', () => {
    expect(usageCommand('Error response from daemon: No such container: mysql')).toBeUndefined();
    expect(usageCommand('docker tag 하는 법')).toBeUndefined();
  });

  test('searches only the command of a usage error', () => {
    expect(primaries("docker: 'docker tag' requires 2 arguments")).toEqual(['docker', 'tag']);
  });
});
