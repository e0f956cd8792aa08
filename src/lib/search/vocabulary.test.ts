import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { analyzeQuery } from './analyze.ts';
import { createLexicon, isFiller, synonyms } from './lexicon.ts';
import { clientVocabulary, parseVocabulary } from './vocabulary.ts';

const FILE = 'content/search-vocabulary.yaml';
const course = parseVocabulary(readFileSync(FILE, 'utf8'), FILE);
const lexicon = createLexicon(course.terms, [], course.fillers);
const termsOf = (query: string) => analyzeQuery(query, lexicon).flatMap((concept) => concept.terms);

describe('the course vocabulary, one entry of each kind', () => {
  test('names: a Korean spelling finds the English name and back', () => {
    expect(synonyms(lexicon, '쿠버네티스')).toEqual(expect.arrayContaining(['kubernetes']));
    expect(synonyms(lexicon, 'attach')).toEqual(expect.arrayContaining(['어태치']));
  });

  test('names with commands: the command is searched for the word, and the command alone finds the name', () => {
    expect(termsOf('로그 보기')).toEqual(expect.arrayContaining(['logs']));
    expect(termsOf('logs')).toEqual(expect.arrayContaining(['로그']));
  });

  test('names with options: an option typed alone finds the name, and the name does not search the option', () => {
    expect(termsOf('-v 뭐예요')).toEqual(expect.arrayContaining(['볼륨', 'volume']));
    expect(termsOf('볼륨')).not.toContain('v');
    expect(termsOf('포트')).not.toContain('publish');
  });

  test('verbs: an everyday verb in any ending finds the lessons’ word and command', () => {
    expect(termsOf('꺼진 컨테이너 다시 켜기')).toEqual(expect.arrayContaining(['중지', 'stop', '시작', 'start']));
    expect(termsOf('도커 깔기')).toEqual(expect.arrayContaining(['설치', 'install']));
  });

  test('fillers: question words are not searched', () => {
    expect(isFiller(lexicon, '어떻게')).toBe(true);
    expect(termsOf('어떻게 하는 법 알려주세요')).toEqual([]);
  });

  test('errors: each has an id, Docker’s messages and where the lessons fix it', () => {
    const daemon = course.errors.find((entry) => entry.id === 'daemon-not-running');
    expect(daemon?.messages[0]).toContain('Is the docker daemon running?');
    expect(daemon?.fixes[0]).toMatchObject({
      lesson: 'install-docker',
      commands: ['systemctl enable', 'systemctl status'],
    });
  });

  test('the browser gets the names, verbs and fillers but not the errors page text', () => {
    expect(Object.keys(clientVocabulary(course))).toEqual(['terms', 'fillers']);
  });
});

describe('parseVocabulary', () => {
  test('returns the empty vocabulary for an empty file', () => {
    expect(parseVocabulary('', 'v.yaml')).toEqual({ terms: [], fillers: [], errors: [] });
  });

  test('reads names as a list or with commands or options, verbs with stems, fillers and errors', () => {
    const vocabulary = parseVocabulary(
      [
        'names:',
        '  - [도커, docker]',
        '  - { names: [로그, log], commands: [logs] }',
        '  - { names: [볼륨], options: [-v, --volume] }',
        'verbs:',
        '  - { words: [삭제], stems: [지우], commands: [rm] }',
        'fillers: [어떻게]',
        'errors:',
        '  - id: port-allocated',
        '    title: 포트',
        '    messages: [port is already allocated]',
        '    cause: 이미 씁니다.',
        '    fixes: [{ lesson: mysql-mariadb, section: 실습, commands: [13306] }]',
      ].join('\n'),
      'v.yaml',
    );
    expect(vocabulary.terms).toEqual([
      { names: ['도커', 'docker'] },
      { names: ['로그', 'log'], commands: ['logs'] },
      { names: ['볼륨'], options: ['-v', '--volume'] },
      { names: ['삭제'], stems: ['지우'], commands: ['rm'] },
    ]);
    expect(vocabulary.fillers).toEqual(['어떻게']);
    expect(vocabulary.errors[0]?.fixes[0]).toEqual({
      lesson: 'mysql-mariadb',
      section: '실습',
      commands: ['13306'],
      line: 13,
    });
  });

  test.each([
    [
      'names:\n  - [도커, docker]\n  - [docker, 도커2]\n',
      'v.yaml:3:5 error search-vocabulary/duplicate-name "docker" is already in the group [도커, docker] (line 2); merge the two groups.',
    ],
    ['names: 3\n', 'v.yaml:1:8 error search-vocabulary/not-a-list "names" must be a list.'],
    [
      'verbs:\n  - { words: [a], stemz: [b] }\n',
      'v.yaml:2:19 error search-vocabulary/unknown-field verbs entry 1 has "stemz"; it takes "words", "stems", "commands".',
    ],
    [
      'names:\n  - [a, ""]\n',
      'v.yaml:2:9 error search-vocabulary/not-a-word names entry 1 item 2 must be a non-empty word; found "".',
    ],
    [
      'errors:\n  - { id: Bad Id, title: t, messages: [m], cause: c, fixes: [{ lesson: x, section: y }] }\n',
      'v.yaml:2:5 error search-vocabulary/bad-id errors entry 1 id "Bad Id" must be lower-case words joined by -, like port-allocated.',
    ],
    [
      'errors:\n  - { id: a, title: t, messages: [m], cause: c }\n',
      'v.yaml:2:5 error search-vocabulary/no-fix errors entry 1 (a) needs "fixes": at least one { lesson, section, commands }.',
    ],
    [
      'names: [\n',
      'v.yaml:2:1 error search-vocabulary/yaml Flow sequence in block collection must be sufficiently indented and end with a ]',
    ],
  ])('throws file:line:col naming the fix for a bad entry (%#)', (source, message) => {
    expect(() => parseVocabulary(source, 'v.yaml')).toThrow(message);
  });
});
