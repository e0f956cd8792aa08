import { describe, expect, test } from 'vitest';
import type { Block } from './reading.ts';
import {
  describe as describeLesson,
  guessPart,
  nextOrder,
  pickTags,
  plainText,
  renderFrontmatter,
  slugify,
} from './frontmatter.ts';

const paragraph = (text: string): Block => ({ kind: 'paragraph', lines: [text], line: 1 });

describe('describeLesson', () => {
  test('returns the first sentence of the first paragraph long enough to describe the lesson', () => {
    expect(describeLesson([paragraph('짧다'), paragraph('Docker는 플랫폼이다. 두 번째 문장.')], '제목')).toBe(
      'Docker는 플랫폼이다.',
    );
  });

  test('returns at most 160 characters, cut at a space, when the sentence is longer', () => {
    const long = `${'가나다라 '.repeat(60)}끝.`;
    const description = describeLesson([paragraph(long)], '제목');
    expect([...description].length).toBeLessThanOrEqual(160);
    expect(description.endsWith('…')).toBe(true);
  });

  test('returns the fallback when the note has no prose', () => {
    expect(describeLesson([], '도커 설치')).toBe('도커 설치');
  });
});

describe('plainText', () => {
  test('returns text without emphasis, code marks or styling tags', () => {
    expect(plainText('**굵게** `docker ps` <span style="x">Host</span><br>끝')).toBe('굵게 docker ps Host 끝');
  });
});

describe('describe, for notes that open with links or commands', () => {
  test('returns the first sentence, not a link line or a usage line', () => {
    const blocks: Block[] = [
      paragraph('[Docker 교육 사이트] https://dockerlabs.collabnix.com/'),
      paragraph('docker run [OPTIONS] IMAGE[:TAG|@DIGEST] [COMMAND] [ARG...]'),
      paragraph('도커는 컨테이너를 만들고 실행하는 플랫폼이다. 둘째 문장.'),
    ];
    expect(describeLesson(blocks, '제목')).toBe('도커는 컨테이너를 만들고 실행하는 플랫폼이다.');
  });
});

describe('slugify', () => {
  test.each([
    ['Docker Compose와 볼륨', 'note', 'docker-compose'],
    ['Docker', '004_da6226581eb2e6dc', 'docker-004-da6226581eb2e6dc'],
    ['컨테이너 가상화', '002_ea15', '002-ea15'],
    ['가상화', '노트', 'lesson'],
    ['초보자를 위한 Docker 실습', 'sangjinsu-docker-practice', 'sangjinsu-docker-practice'],
  ])('returns an ASCII slug for %j (file %j)', (title, stem, slug) => {
    expect(slugify(title, stem)).toBe(slug);
  });
});

describe('guessPart', () => {
  const parts = ['setup', 'virtualization', 'lab-database', 'compose-volumes'];
  test.each([
    ['MariaDB 컨테이너에 mysql 클라이언트로 접속', 'lab-database'],
    ['docker-compose.yml과 볼륨, volume', 'compose-volumes'],
    ['하이퍼바이저와 가상화', 'virtualization'],
    ['아무 관련 없는 글', 'setup'],
  ])('returns the part whose words %j uses most', (text, part) => {
    expect(guessPart(text, parts)).toBe(part);
  });
});

describe('nextOrder', () => {
  test('returns one more than the highest order in the part', () => {
    const lessons = [
      { part: 'setup', order: 1 },
      { part: 'setup', order: 4 },
      { part: 'commands', order: 9 },
    ];
    expect(nextOrder(lessons, 'setup')).toBe(5);
    expect(nextOrder(lessons, 'virtualization')).toBe(1);
  });
});

describe('pickTags', () => {
  const glossary = [
    { id: 'image', ko: '이미지', en: 'Image', aliases: ['docker image'] },
    { id: 'volume', ko: '볼륨', en: 'Volume', aliases: [] },
    { id: 'swarm', ko: '스웜', en: 'Swarm', aliases: [] },
  ];
  test('returns glossary terms mentioned at least twice, most mentioned first', () => {
    expect(pickTags('볼륨 볼륨 볼륨 Image 이미지 이미지 swarm', glossary)).toEqual(['볼륨', '이미지']);
  });
});

describe('renderFrontmatter', () => {
  test('returns YAML that quotes note text which would otherwise be YAML syntax', () => {
    const yaml = renderFrontmatter({
      title: 'a: b # c',
      description: '{x}',
      part: 'setup',
      order: 1,
      objectives: [],
      sources: ['notes/a.txt'],
      tags: [],
    });
    expect(yaml).toMatchInlineSnapshot(`
      "---
      title: "a: b # c"
      description: "{x}"
      part: setup
      order: 1
      objectives: []
      sources:
        - notes/a.txt
      tags: []
      ---"
    `);
  });
});
