import { describe, expect, test } from 'vitest';
import { indexForms, normalize, queryKeys, splitLatinTail, splitNumber, words } from './normalize.ts';

describe('normalize', () => {
  test('returns lower case with punctuation turned into spaces', () => {
    expect(normalize('  Docker   Hub?! (도커)')).toBe('docker hub 도커');
  });

  test('keeps the dashes and dots inside a command word', () => {
    expect(normalize('--name docker-compose.yml')).toBe('name docker-compose.yml');
  });

  test('returns full-width letters as ASCII but keeps lone jamo as typed', () => {
    expect(normalize('ｄｏｃｋｅｒ 애찯ㄱ ㅔㄴ')).toBe('docker 애찯ㄱ ㅔㄴ');
  });

  test('drops a laugh or a sigh typed onto the end of a word', () => {
    expect(normalize('가상화 종류ㅠㅠ 설치ㅋㅋ')).toBe('가상화 종류 설치');
    expect(normalize('도커 설치ㅣ')).toBe('도커 설치');
    expect(normalize('애찯ㄱ')).toBe('애찯ㄱ');
  });
});

describe('words', () => {
  test('returns no words for punctuation only', () => {
    expect(words('?!')).toEqual([]);
  });
});

describe('splitLatinTail', () => {
  test.each([
    ['docker를', { head: 'docker', tail: '를' }],
    ['mysql에서', { head: 'mysql', tail: '에서' }],
    ['도커', undefined],
    ['docker', undefined],
  ])('splits %s', (word, expected) => {
    expect(splitLatinTail(word)).toEqual(expected);
  });
});

describe('splitNumber', () => {
  test.each([
    ['타입2인가요', { head: '타입', number: '2', tail: '인가요' }],
    ['센토스7', { head: '센토스', number: '7', tail: '' }],
    ['centos7', undefined],
    ['4가지', undefined],
    ['타입', undefined],
  ])('splits %s', (word, expected) => {
    expect(splitNumber(word)).toEqual(expected);
  });
});

describe('indexForms', () => {
  test.each([
    ['Docker', ['docker']],
    ['docker-compose.yml', ['dockercomposeyml', 'docker', 'compose', 'yml']],
    ['WSL2', ['wsl2', 'wsl']],
    ['unix:///var/run/docker.sock.', ['unixvarrundockersock', 'unix', 'var', 'run', 'docker', 'sock']],
    ['컨테이너를', ['컨테이너를']],
    ['(dockerd)', ['dockerd']],
    // Pagefind also keeps `start·stop·rm` as a part; for prefix matching it adds nothing to the whole word.
    ['start·stop·rm', ['startstoprm']],
  ])('returns the words Pagefind indexes for %s', (raw, expected) => {
    expect(indexForms(raw)).toEqual(expected);
  });
});

describe('queryKeys', () => {
  test('returns each search word as Pagefind compares it, once', () => {
    expect(queryKeys(['Docker Hub', 'docker', 'hub.docker.com'])).toEqual(['docker', 'hub', 'hubdockercom']);
  });
});
